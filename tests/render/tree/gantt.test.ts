import { describe, expect, it } from 'vitest';
import type { Drawing, LineShape, PolygonShape, RectShape, Shape, TextShape } from '../../../src/render/tree/doctree';
import { dayNumber } from '../../../src/content/calendar';
import { ganttAltText, ganttDrawings, ganttLayout, GANTT_COLORS, type GanttOptions } from '../../../src/render/tree/gantt';
import { criticalPathNote, dependencyTable } from '../../../src/render/tree/ganttBlocks';
import { textWidth } from '../../../src/render/tree/ganttText';
import { scheduleOf, SMALL, type TaskInput } from '../../fixtures/ganttSchedules';

const OPTIONS: GanttOptions = { width: 468, maxHeight: 500, groupNames: { P1: 'Preparation', P2: 'Delivery' }, title: 'Implementation Schedule' };

const texts = (shapes: readonly Shape[]) => shapes.filter((s): s is TextShape => s.type === 'text');
const rects = (shapes: readonly Shape[]) => shapes.filter((s): s is RectShape => s.type === 'rect');
const polygons = (shapes: readonly Shape[]) => shapes.filter((s): s is PolygonShape => s.type === 'polygon');
const lines = (shapes: readonly Shape[]) => shapes.filter((s): s is LineShape => s.type === 'line');

/** The left edge, right edge, top and bottom of a text as it is set (DejaVu metrics, as in the layout). */
function textBox(t: TextShape): { x1: number; x2: number; top: number; bottom: number } {
  const width = textWidth(t.text, t.size, t.bold);
  const x1 = t.anchor === 'start' ? t.x : t.anchor === 'middle' ? t.x - width / 2 : t.x - width;
  return { x1, x2: x1 + width, top: t.y - t.size * 0.76, bottom: t.y + t.size * 0.24 };
}

const overlaps = (a: ReturnType<typeof textBox>, b: ReturnType<typeof textBox>) =>
  a.x1 < b.x2 - 0.01 && b.x1 < a.x2 - 0.01 && a.top < b.bottom - 0.01 && b.top < a.bottom - 0.01;

// ------------------------------------------------------------------------------------------------------------------

describe('the Gantt layout', () => {
  const schedule = scheduleOf(SMALL);
  const layout = ganttLayout(schedule, OPTIONS);
  const [page] = layout.pages;

  it('gives every item one row under its group header, in plan order, rows stacked without overlap', () => {
    expect(layout.pages).toHaveLength(1);
    expect(page.rows.map((r) => (r.kind === 'group' ? `[${r.id}]` : r.id))).toEqual(['[P1]', 'T01', 'T02', 'T03', '[P2]', 'T04', 'T05', 'M1']);
    page.rows.slice(1).forEach((row, i) => expect(row.top).toBeGreaterThanOrEqual(page.rows[i].top + page.rows[i].height));
    expect(page.rows.at(-1)!.top + page.rows.at(-1)!.height).toBeLessThanOrEqual(page.rowsBottom);
    expect(page.height).toBeLessThanOrEqual(OPTIONS.maxHeight);
  });

  it('draws bars from early start to the end of the early finish day, inside the time axis', () => {
    const { scale } = page;
    const perDay = scale.x(scale.firstDay + 1) - scale.x(scale.firstDay);
    for (const row of page.rows.filter((r) => r.kind === 'item')) {
      const item = row.item!;
      expect(row.x1).toBeGreaterThanOrEqual(scale.left);
      expect(row.x2).toBeLessThanOrEqual(scale.right);
      if (item.kind === 'task') {
        expect(row.x1).toBeCloseTo(scale.x(dayNumber(item.earlyStart)), 6);
        expect(row.x2).toBeCloseTo(scale.x(dayNumber(item.earlyFinish)) + perDay, 6);
      }
    }
    // The axis starts on the Monday of the first week and ends on a Monday after the last day.
    expect((scale.firstDay + 3) % 7).toBe(0);
    expect((scale.endDay + 3) % 7).toBe(0);
    expect(scale.firstDay).toBeLessThanOrEqual(dayNumber(schedule.start));
    expect(scale.endDay).toBeGreaterThan(dayNumber(schedule.finish));
  });

  it('shows float after the bar of an item off the critical path, and none on the critical path', () => {
    const byId = new Map(page.rows.map((r) => [r.id, r]));
    expect(schedule.items.find((i) => i.id === 'T03')!.totalFloat).toBeGreaterThan(0);
    expect(byId.get('T03')!.floatTo).toBeGreaterThan(byId.get('T03')!.x2);
    expect(byId.get('T02')!.floatTo).toBeUndefined();
  });

  it('refuses a height that cannot hold the axis, two rows and the legend', () => {
    expect(() => ganttLayout(schedule, { ...OPTIONS, maxHeight: 40 })).toThrow(RangeError);
  });
});

describe('the Gantt drawing', () => {
  const schedule = scheduleOf(SMALL);
  const [drawing] = ganttDrawings(schedule, OPTIONS);
  const layout = ganttLayout(schedule, OPTIONS);
  const rowOf = (id: string) => layout.pages[0].rows.find((r) => r.id === id)!;
  const middle = (id: string) => rowOf(id).top + rowOf(id).height / 2;

  it('is one drawing of the given width with a caption and a text alternative', () => {
    expect(ganttDrawings(schedule, OPTIONS)).toHaveLength(1);
    expect(drawing).toMatchObject({ type: 'drawing', width: 468, caption: 'Gantt chart: Implementation Schedule', alt: ganttAltText(schedule) });
    expect(drawing.height).toBeLessThanOrEqual(OPTIONS.maxHeight);
  });

  it('keeps every shape inside the drawing', () => {
    for (const shape of drawing.shapes) {
      const xs = shape.type === 'rect' ? [shape.x, shape.x + shape.w] : shape.type === 'line' ? [shape.x1, shape.x2] : shape.type === 'polygon' ? shape.points.map((p) => p[0]) : [textBox(shape).x1, textBox(shape).x2];
      const ys = shape.type === 'rect' ? [shape.y, shape.y + shape.h] : shape.type === 'line' ? [shape.y1, shape.y2] : shape.type === 'polygon' ? shape.points.map((p) => p[1]) : [textBox(shape).top, textBox(shape).bottom];
      for (const x of xs) expect(x, JSON.stringify(shape)).toBeGreaterThanOrEqual(-0.01);
      for (const x of xs) expect(x, JSON.stringify(shape)).toBeLessThanOrEqual(drawing.width + 0.01);
      for (const y of ys) expect(y, JSON.stringify(shape)).toBeGreaterThanOrEqual(-0.01);
      for (const y of ys) expect(y, JSON.stringify(shape)).toBeLessThanOrEqual(drawing.height + 0.01);
    }
  });

  it('draws a milestone as a diamond centred on its row', () => {
    const row = rowOf('M1');
    const y = middle('M1');
    const diamond = polygons(drawing.shapes).find((p) => p.points.some(([px, py]) => px === row.x1 && py < y) && p.points.length === 4 && p.points.every(([, py]) => py >= row.top && py <= row.top + row.height));
    expect(diamond).toBeDefined();
    const [top, right, bottom, left] = diamond!.points;
    const half = right[0] - row.x1;
    expect(half).toBeGreaterThan(2);
    expect([top, right, bottom, left]).toEqual([
      [row.x1, y - half],
      [row.x1 + half, y],
      [row.x1, y + half],
      [row.x1 - half, y],
    ]);
    // No bar in the milestone's row.
    expect(rects(drawing.shapes).filter((r) => r.y > row.top && r.y + r.h < row.top + row.height && r.w < drawing.width)).toEqual([]);
  });

  it('highlights the critical path in its own colour and says so in the legend', () => {
    const barOf = (id: string) => rects(drawing.shapes).find((r) => r.x === rowOf(id).x1 && r.y > rowOf(id).top && r.y < rowOf(id).top + rowOf(id).height);
    for (const item of schedule.items.filter((i) => i.kind === 'task')) {
      expect(barOf(item.id)?.fill, item.id).toBe(item.critical ? GANTT_COLORS.critical : GANTT_COLORS.task);
    }
    expect(schedule.items.some((i) => i.critical) && schedule.items.some((i) => !i.critical && i.kind === 'task')).toBe(true);
    const legend = texts(drawing.shapes).filter((t) => t.y > layout.pages[0].rowsBottom).map((t) => t.text);
    expect(legend).toEqual(['Task', 'Critical path', 'Milestone', 'Phase', 'Total float', 'Dependency']);
  });

  it('tells critical work by a pattern as well as its colour: white stripes inside every critical bar, none elsewhere', () => {
    for (const row of layout.pages[0].rows.filter((r) => r.kind === 'item' && r.item!.kind === 'task')) {
      const inBar = (l: LineShape) => [l.x1, l.x2].every((x) => x >= row.x1 - 0.01 && x <= row.x2 + 0.01) && [l.y1, l.y2].every((y) => y >= row.top && y <= row.top + row.height);
      const stripes = lines(drawing.shapes).filter((l) => l.stroke === GANTT_COLORS.criticalStripe && inBar(l));
      if (row.item!.critical) expect(stripes.length, row.id).toBeGreaterThan(0);
      else expect(stripes, row.id).toEqual([]);
    }
    const critical = ganttDrawings(scheduleOf(SMALL), OPTIONS)[0].shapes;
    expect(lines(critical).filter((l) => l.stroke === GANTT_COLORS.criticalStripe).every((l) => Math.abs(l.x2 - l.x1 - (l.y1 - l.y2)) < 0.01)).toBe(true);
  });

  it('sets every bar and milestone at 3:1 or more against each background it can sit on (WCAG 1.4.11)', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    const C = GANTT_COLORS;
    for (const fill of [C.task, C.critical, C.milestone]) {
      for (const background of ['#FFFFFF', C.zebra, C.nonWorking]) expect(contrast(fill, background), `${fill} on ${background}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('draws each dependency as an arrow ending at the successor', () => {
    const arrows = lines(drawing.shapes).filter((l) => l.arrow === 'end' && l.y2 < layout.pages[0].rowsBottom);
    const links = schedule.items.flatMap((i) => i.dependsOn.map((d) => [d.id, i.id, d.type] as const));
    expect(arrows).toHaveLength(links.length);
    // Finish-to-start and start-to-start arrive at the start of the successor's bar, finish-to-finish at its end.
    const ends = arrows.map((a) => [Number(a.x2.toFixed(3)), Number(a.y2.toFixed(3))]);
    for (const [, to, type] of links) {
      const row = rowOf(to);
      const x = row.item!.kind === 'milestone' ? row.x1 - 4.5 : type === 'FF' ? row.x2 : row.x1;
      expect(ends, `${to} (${type})`).toContainEqual([Number(x.toFixed(3)), Number(middle(to).toFixed(3))]);
    }
    // Arrows between critical items are critical too.
    const critical = arrows.filter((a) => a.stroke === GANTT_COLORS.critical);
    expect(critical.length).toBeGreaterThan(0);
    expect(critical.length).toBeLessThan(arrows.length);
  });

  it('labels rows with the id and the whole name, wrapped over as many lines of a taller row as it needs', () => {
    const labels = texts(drawing.shapes).filter((t) => t.y > 26 && t.y < layout.pages[0].rowsBottom);
    expect(labels.filter((t) => t.bold).map((t) => t.text)).toEqual(['P1: Preparation', 'T01', 'T02', 'T03', 'P2: Delivery', 'T04', 'T05', 'M1']);
    const t02 = layout.pages[0].rows.find((r) => r.id === 'T02')!;
    const nameLines = labels.filter((t) => !t.bold && t.y > t02.top && t.y < t02.top + t02.height);
    expect(nameLines.length).toBeGreaterThan(1);
    expect(nameLines.map((t) => t.text).join(' ')).toBe(SMALL[1].task);
    expect(t02.height).toBeGreaterThan(layout.pages[0].rows.find((r) => r.id === 'T01')!.height);
    for (const label of labels) {
      expect(textBox(label).x2).toBeLessThanOrEqual(layout.labelWidth);
      expect(label.text).not.toContain('…');
    }
  });

  it('sets no text smaller than 8 pt', () => {
    expect(Math.min(...texts(drawing.shapes).map((t) => t.size))).toBeGreaterThanOrEqual(8);
  });

  it('shortens with an ellipsis only a name longer than the lines a row may take', () => {
    const long = ['Coordinate', ...Array.from({ length: 80 }, (_, i) => `step${i}`)].join(' ');
    const schedule = scheduleOf([{ id: 'T01', task: long, duration: '2 days' }]);
    const row = ganttLayout(schedule, OPTIONS).pages[0].rows.find((r) => r.id === 'T01')!;
    expect(row.nameLines).toHaveLength(6);
    expect(row.nameLines!.at(-1)!.endsWith('…')).toBe(true);
    expect(texts(ganttDrawings(schedule, OPTIONS)[0].shapes).map((t) => t.text)).toEqual(expect.arrayContaining(row.nameLines!));
  });

  it('labels the axis with months and the Mondays of each week, without overlapping labels', () => {
    const axis = texts(drawing.shapes).filter((t) => t.y <= 24);
    const words = axis.map((t) => t.text);
    expect(words).toContain('January 2027');
    expect(words).toEqual(expect.arrayContaining(['4', '11', '18', '25']));
    axis.forEach((a, i) => axis.slice(i + 1).forEach((b) => expect(overlaps(textBox(a), textBox(b)), `${a.text} / ${b.text}`).toBe(false)));
  });

  it('draws a today line only when the date falls on the chart', () => {
    const todayLines = (d: Drawing) => lines(d.shapes).filter((l) => l.stroke === GANTT_COLORS.today && l.y1 < 24);
    const [withToday] = ganttDrawings(schedule, { ...OPTIONS, today: '2027-01-13' });
    const x = ganttLayout(schedule, { ...OPTIONS, today: '2027-01-13' }).pages[0].scale.x(dayNumber('2027-01-13'));
    expect(todayLines(withToday)).toEqual([expect.objectContaining({ x1: x, x2: x, dash: [3, 2] })]);
    expect(texts(withToday.shapes).map((t) => t.text)).toContain('Status date');
    expect(todayLines(drawing)).toEqual([]);
    expect(todayLines(ganttDrawings(schedule, { ...OPTIONS, today: '2031-01-01' })[0])).toEqual([]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(ganttDrawings(scheduleOf(SMALL), OPTIONS))).toBe(JSON.stringify(ganttDrawings(schedule, OPTIONS)));
  });

  it('draws nothing for an empty schedule', () => {
    expect(ganttDrawings({ ...schedule, items: [], criticalPaths: [] }, OPTIONS)).toEqual([]);
  });
});

describe('a Gantt chart of 1,000 tasks', () => {
  /** Ten parallel chains through ten phases, with cross links every fifth task: spans about a year and a half. */
  const id = (i: number) => `T${String(i + 1).padStart(4, '0')}`;
  const tasks: TaskInput[] = Array.from({ length: 1000 }, (_, i) => ({
    id: id(i),
    task: `Work item number ${i + 1} of the large schedule`,
    phase: `P${Math.floor(i / 100) + 1}`,
    duration: `${(i % 7) + 1} days`,
    dependsOn: [...(i >= 10 ? [id(i - 10)] : []), ...(i >= 25 && i % 5 === 0 ? [id(i - 25)] : [])],
  }));
  const schedule = scheduleOf(tasks);
  const options: GanttOptions = { width: 468, maxHeight: 505 };
  const drawings = ganttDrawings(schedule, options);
  const layout = ganttLayout(schedule, options);

  it('splits into several drawings, none taller than the maximum', () => {
    expect(drawings.length).toBeGreaterThan(20);
    expect(layout.pages).toHaveLength(drawings.length);
    for (const d of drawings) expect(d.height).toBeLessThanOrEqual(options.maxHeight);
    expect(drawings.map((d) => d.caption)).toEqual(drawings.map((_, i) => `Gantt chart (part ${i + 1} of ${drawings.length})`));
  });

  it('shows every task exactly once, rows never overlapping', () => {
    const ids = layout.pages.flatMap((p) => p.rows.filter((r) => r.kind === 'item').map((r) => r.id));
    expect(ids).toEqual(schedule.items.map((i) => i.id));
    const labelled = drawings.flatMap((d) => texts(d.shapes).filter((t) => /^T\d{4}$/.test(t.text)).map((t) => t.text));
    expect(labelled.sort()).toEqual(schedule.items.map((i) => i.id).sort());
    for (const page of layout.pages) {
      page.rows.slice(1).forEach((row, i) => expect(row.top).toBeGreaterThanOrEqual(page.rows[i].top + page.rows[i].height));
    }
  });

  it('gives every part an axis over its own window, and repeats the group header where a part starts inside a group', () => {
    for (const [i, page] of layout.pages.entries()) {
      const items = page.rows.filter((r) => r.kind === 'item').map((r) => r.item!);
      const first = Math.min(...items.map((item) => dayNumber(item.earlyStart)));
      const last = Math.max(...items.map((item) => dayNumber(item.lateFinish)));
      // The window holds the part's rows and not much more: a week either side at most.
      expect(page.scale.firstDay, `part ${i + 1}`).toBeLessThanOrEqual(first);
      expect(page.scale.firstDay).toBeGreaterThan(first - 7);
      expect(page.scale.endDay).toBeGreaterThan(last);
      expect(page.scale.endDay).toBeLessThanOrEqual(last + 8);
      // Weekend bands and grid lines stay on the part's axis.
      for (const shape of rects(drawings[i].shapes).filter((r) => r.fill === GANTT_COLORS.nonWorking)) {
        expect(shape.x).toBeGreaterThanOrEqual(page.scale.left - 0.01);
        expect(shape.x + shape.w).toBeLessThanOrEqual(page.scale.right + 0.01);
      }
    }
    const spans = layout.pages.map((p) => p.scale.endDay - p.scale.firstDay);
    expect(Math.max(...spans)).toBeLessThan(layout.pages.at(-1)!.scale.endDay - layout.pages[0].scale.firstDay);
    for (const page of layout.pages) expect(page.rows[0].kind).toBe('group');
    expect(layout.pages.filter((p) => p.rows[0].continued).length).toBeGreaterThan(0);
    // A group header never ends a part.
    for (const page of layout.pages) expect(page.rows.at(-1)!.kind).toBe('item');
  });

  it('labels the axis of every part without overlapping labels', () => {
    for (const drawing of drawings) {
      const axis = texts(drawing.shapes).filter((t) => t.y <= 26);
      expect(axis.map((t) => t.text).join(' ')).toMatch(/2027|2028/);
      axis.forEach((a, i) => axis.slice(i + 1).forEach((b) => expect(overlaps(textBox(a), textBox(b)), `${a.text} / ${b.text}`).toBe(false)));
    }
  });

  it('draws every dependency in the part of its successor, one from an earlier part entering at the top edge', () => {
    drawings.forEach((drawing, i) => {
      const successors = layout.pages[i].rows.filter((row) => row.kind === 'item');
      const links = successors.flatMap((row) => row.item!.dependsOn.map((dep) => [dep.id, row.id]));
      const arrows = lines(drawing.shapes).filter((l) => l.arrow === 'end' && l.y2 < layout.pages[i].rowsBottom); // not the legend's
      expect(arrows, `part ${i + 1}`).toHaveLength(links.length);
    });
    // Part 2's first task follows one of part 1: its arrow starts on the top edge of the rows, at that task's finish.
    const rowsTop = layout.pages[1].rows[0].top;
    const fromAbove = lines(drawings[1].shapes).filter((l) => Math.abs(l.y1 - rowsTop) < 0.01 && l.stroke !== GANTT_COLORS.grid);
    expect(fromAbove.length).toBeGreaterThan(0);
  });

  it('says which part each drawing is in its text alternative', () => {
    expect(drawings[1].alt).toContain(`Part 2 of ${drawings.length}:`);
    expect(drawings[0].alt.startsWith(ganttAltText(schedule))).toBe(true);
  });
});

describe('what accompanies the chart for readers who cannot see it', () => {
  const schedule = scheduleOf(SMALL);

  it('the text alternative gives the number of tasks and milestones, the span and the critical path', () => {
    expect(ganttAltText(schedule)).toBe(
      `Gantt chart of 5 tasks and 1 milestone from January 4, 2027 to ${formatLong(schedule.finish)} (${schedule.workingDays} working days). ` +
        `Critical path: ${schedule.criticalPaths[0].join(' → ')}.`,
    );
  });

  it('the critical path note names the path and the computed end', () => {
    const note = criticalPathNote(schedule);
    expect(note.style).toBe('note');
    expect(note.runs).toEqual([{ type: 'text', text: `Critical path: ${schedule.criticalPaths[0].join(' → ')}. Computed end: ${formatLong(schedule.finish)}.` }]);
  });

  it('the dependency table lists every item with its dates, links and float', () => {
    const table = dependencyTable(schedule);
    const cellText = (cell: (typeof table.rows)[number][number]) => cell.map((r) => (r.type === 'text' ? r.text : '\n')).join('');
    expect(table.header.map(cellText)).toEqual(['ID', 'Task', 'Start', 'Finish', 'Depends on', 'Float']);
    expect(table.rows.map((row) => row[0]).map(cellText)).toEqual(schedule.items.map((i) => i.id));
    const t05 = table.rows[4].map(cellText);
    expect(t05[4]).toBe('T02\nT04 (FF)');
    const t04 = table.rows[3].map(cellText);
    expect(t04[4]).toBe('T03 (SS, lag 1 working day)');
    expect(table.rows[5].map(cellText)[1]).toBe('Go-live (milestone)');
    expect(table.rows.map((row) => cellText(row[5]))).toContain('critical');
  });
});

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function formatLong(iso: string): string {
  return `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;
}
