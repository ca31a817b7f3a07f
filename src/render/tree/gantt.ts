/**
 * The Gantt chart of a computed schedule, as document-tree drawings: a time axis (weeks under month labels, or
 * months and quarters for long schedules), one row per item under a header row per group (phase), bars from early
 * start to early finish, milestones as diamonds, total float as a thin line after the bar, dependency arrows from
 * predecessor to successor, the critical path in its own colour, and an optional "today" line. Names are shown
 * whole, wrapped over as many lines of their row as they need. A schedule too long for one drawing is split into
 * several parts, each with an axis over its own window of time (what its rows span), so a part costs what it shows.
 *
 * Layout (`ganttLayout`, plain numbers a test can check) and painting (`ganttDrawings`, shapes) are separate steps.
 * Pure and deterministic: the same schedule and options give the same shapes.
 */
import type { Drawing, Shape } from './doctree';
import { formatDate } from '../markdown/text';
import { dayNumber, isoDate, WEEKDAYS } from '../../content/calendar';
import { fitText, textWidth, wrapText } from './ganttText';
import type { ComputedSchedule, ScheduledDependency, ScheduledItem } from '../../derive/types';

export interface GanttOptions {
  /** Width of every drawing in points: the text width it is set at. */
  width: number;
  /** Height no drawing may exceed, in points; longer schedules are split. */
  maxHeight: number;
  /** ISO date of the "today" line; no line when it falls outside the chart. */
  today?: string;
  /** Names of groups for their header rows ("P1" -> "Preparation and Setup"). */
  groupNames?: Readonly<Record<string, string>>;
  /** What the chart shows, for captions ("Implementation Schedule"). */
  title?: string;
}

// --- geometry (points) -----------------------------------------------------------------------------------------

/** No text under 8 pt: the chart is set at its size on the page, so these are the printed sizes. */
const FONT = { label: 8, axis: 8, legend: 8 } as const;
const ROW = 14;
/** Distance between the lines of a wrapped name, and the most lines a name takes (longer ones end in an ellipsis). */
const LINE = 9.5;
const MAX_LINES = 6;
const BAR = 8;
const SUMMARY = 3.5;
const DIAMOND = 4.5;
const AXIS_ROW = 12;
const AXIS_BOTTOM = 2 * AXIS_ROW;
const ROWS_TOP = AXIS_BOTTOM + 2;
const LEGEND_GAP = 8;
const LEGEND_ROW = 12;
const PAD = 3;
const RIGHT_PAD = 6;
/** How far a dependency line leaves a bar before it turns, and how far before the bar it arrives. */
const STUB = 4;
/** Shortest bar drawn, so a zero-length task still shows. */
const MIN_BAR = 1.5;

export const GANTT_COLORS = {
  text: '#1A1A1A',
  muted: '#595959',
  grid: '#DDDDDD',
  axisLine: '#8C8C8C',
  zebra: '#F5F7FB',
  groupRow: '#E6ECF5',
  nonWorking: '#F0F0F0',
  // Every bar stands out at 3:1 or more against the white, zebra and non-working backgrounds (WCAG 1.4.11).
  task: '#5B7FBF',
  taskStroke: '#2E74B5',
  critical: '#C00000',
  criticalStroke: '#7A0000',
  /** Stripes across critical bars: the critical path reads without its colour (WCAG 1.4.1). */
  criticalStripe: '#FFFFFF',
  milestone: '#1F3864',
  group: '#1F3864',
  float: '#7F7F7F',
  arrow: '#6E6E6E',
  today: '#E36C09',
} as const;

// --- layout ----------------------------------------------------------------------------------------------------

export interface GanttRow {
  kind: 'group' | 'item';
  /** The item's id, or the group's. */
  id: string;
  /** The item, for item rows. */
  item?: ScheduledItem;
  /** A group header repeated at the top of a later part. */
  continued?: boolean;
  top: number;
  height: number;
  /** Bar from x1 to x2 (tasks and group summaries); a milestone's diamond is centred on x1 = x2. */
  x1: number;
  x2: number;
  /** End of the float line (late finish), for items with float. */
  floatTo?: number;
  /** An item's name as drawn, one entry per line. */
  nameLines?: string[];
}

export interface GanttPage {
  /** The part's own time axis: the window its rows span. */
  scale: TimeScale;
  /** x of the today line, when it falls on this part's axis. */
  todayX?: number;
  rows: GanttRow[];
  /** Top of the legend, just under the last row. */
  rowsBottom: number;
  height: number;
}

export interface TimeScale {
  /** Day numbers (days since 1970-01-01): the Monday the axis starts on, and the day after it ends (exclusive). */
  firstDay: number;
  endDay: number;
  /** The chart area, right of the label column. */
  left: number;
  right: number;
  x(day: number): number;
}

export interface GanttLayout {
  width: number;
  labelWidth: number;
  idWidth: number;
  pages: GanttPage[];
  legend: LegendEntry[];
  legendHeight: number;
  /** The part each item is drawn in, by id. */
  partOf: ReadonlyMap<string, number>;
  /** Every item by id, for dependencies on items of other parts. */
  itemById: ReadonlyMap<string, ScheduledItem>;
}

type LegendKey = 'task' | 'critical' | 'milestone' | 'group' | 'float' | 'dependency' | 'today';

interface LegendEntry {
  key: LegendKey;
  label: string;
  /** Position of the swatch's left edge and the line's middle, relative to the legend's top-left. */
  x: number;
  y: number;
}

export function ganttLayout(schedule: ComputedSchedule, options: GanttOptions): GanttLayout {
  const { width } = options;
  const labelWidth = Math.round(Math.min(Math.max(width * 0.4, 110), 260));
  const [left, right] = [labelWidth + 6, width - RIGHT_PAD];
  const idWidth = Math.min(
    schedule.items.reduce((most, item) => Math.max(most, textWidth(item.id, FONT.label, true)), -Infinity) + 5,
    labelWidth * 0.4,
  );
  const today = options.today === undefined ? undefined : dayNumber(options.today);
  const wholeScale = timeScale(schedule.items, left, right, [dayNumber(schedule.start), dayNumber(schedule.finish)]);
  const { entries: legend, height: legendHeight } = legendLayout(schedule, width, today !== undefined && withinAxis(wholeScale, today));
  const room = options.maxHeight - ROWS_TOP - LEGEND_GAP - legendHeight;
  if (room < 2 * ROW) throw new RangeError(`a Gantt chart needs at least ${ROWS_TOP + LEGEND_GAP + legendHeight + 2 * ROW} points of height, got ${options.maxHeight}`);
  // A name may take as many lines as leave room for its group's header above it.
  const maxLines = Math.max(1, Math.min(MAX_LINES, Math.floor((room - ROW - (ROW - LINE)) / LINE)));
  const nameRoom = labelWidth - PAD - idWidth - PAD;
  const parts = paginate(chartRows(schedule, (name) => wrapText(name, FONT.label, nameRoom, false, maxLines)), room);
  const pages = parts.map((rows) => {
    // One part spans the schedule (the dates it gives included); each of several spans what its own rows show.
    const scale = parts.length === 1 ? wholeScale : timeScale(rows.flatMap((row) => (row.kind === 'item' ? [row.item] : [])), left, right);
    return placeRows(rows, scale, legendHeight, today);
  });
  const partOf = new Map(pages.flatMap((page, i) => page.rows.flatMap((row) => (row.kind === 'item' ? [[row.id, i] as const] : []))));
  return { width, labelWidth, idWidth, pages, legend, legendHeight, partOf, itemById: new Map(schedule.items.map((item) => [item.id, item])) };
}

function withinAxis(scale: TimeScale, day: number): boolean {
  return day >= scale.firstDay && day <= scale.endDay;
}

const weekdayIndex = (day: number): number => (((day + 3) % 7) + 7) % 7;

/** Calendar days on a linear axis from the Monday on or before the items' start to the Monday after their finish. */
function timeScale(items: readonly ScheduledItem[], left: number, right: number, alsoDays: readonly number[] = []): TimeScale {
  let start = Math.min(...alsoDays);
  let finish = Math.max(...alsoDays);
  for (const item of items) {
    start = Math.min(start, dayNumber(item.earlyStart), dayNumber(item.earlyFinish), dayNumber(item.lateFinish));
    finish = Math.max(finish, dayNumber(item.earlyStart), dayNumber(item.earlyFinish), dayNumber(item.lateFinish));
  }
  const firstDay = start - weekdayIndex(start);
  const afterFinish = finish + 1;
  const endDay = afterFinish + ((7 - weekdayIndex(afterFinish)) % 7);
  const perDay = (right - left) / Math.max(7, endDay - firstDay);
  return { firstDay, endDay, left, right, x: (day) => left + (day - firstDay) * perDay };
}

type PlannedRow = { kind: 'group'; id: string; continued?: boolean } | { kind: 'item'; item: ScheduledItem; group?: string; nameLines: string[] };

/** A row's height: one line, or as many as its name is wrapped into. */
function rowHeight(row: PlannedRow): number {
  return row.kind === 'item' && row.nameLines.length > 1 ? ROW + (row.nameLines.length - 1) * LINE : ROW;
}

/** Items in plan order, gathered under their groups in the order each group first appears; names wrapped by `wrap`. */
function chartRows(schedule: ComputedSchedule, wrap: (name: string) => string[]): PlannedRow[] {
  const groups = new Map<string, ScheduledItem[]>();
  for (const item of schedule.items) {
    const key = item.group ?? '';
    const members = groups.get(key);
    if (members) members.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].flatMap(([group, items]): PlannedRow[] => [
    ...(group === '' ? [] : [{ kind: 'group' as const, id: group }]),
    ...items.map((item) => ({ kind: 'item' as const, item, group: group === '' ? undefined : group, nameLines: wrap(item.name) })),
  ]);
}

/**
 * Rows into parts of at most `room` points of rows. A group header never ends a part; a part that starts inside a
 * group repeats its header, marked as continued.
 */
function paginate(rows: readonly PlannedRow[], room: number): PlannedRow[][] {
  const parts: PlannedRow[][] = [];
  let part: PlannedRow[] = [];
  let used = 0;
  const flush = () => {
    if (part.length > 0) parts.push(part);
    part = [];
    used = 0;
  };
  rows.forEach((row, i) => {
    const height = rowHeight(row);
    const needed = row.kind === 'group' && rows[i + 1] ? height + rowHeight(rows[i + 1]) : height;
    if (used + needed > room) flush();
    if (part.length === 0 && row.kind === 'item' && row.group !== undefined) {
      part.push({ kind: 'group', id: row.group, continued: true });
      used += ROW;
    }
    part.push(row);
    used += height;
  });
  flush();
  return parts;
}

function placeRows(rows: readonly PlannedRow[], scale: TimeScale, legendHeight: number, today: number | undefined): GanttPage {
  let top = ROWS_TOP;
  const placed = rows.map((row): GanttRow => {
    const height = rowHeight(row);
    const at = top;
    top += height;
    if (row.kind === 'group') return { kind: 'group', id: row.id, continued: row.continued, top: at, height, x1: 0, x2: 0 };
    return { kind: 'item', id: row.item.id, item: row.item, top: at, height, nameLines: row.nameLines, ...itemExtent(row.item, scale) };
  });
  const todayX = today !== undefined && withinAxis(scale, today) ? scale.x(today) : undefined;
  return { scale, todayX, rows: placed, rowsBottom: top, height: top + LEGEND_GAP + legendHeight };
}

/**
 * A milestone is reached at the end of its day when something leads to it (a dependency or a date the plan gives),
 * and at the start of its day when nothing does (it marks the start of the work).
 */
function milestoneDay(item: ScheduledItem): number {
  const reached = item.dependsOn.length > 0 || item.given !== undefined;
  return dayNumber(item.earlyFinish) + (reached ? 1 : 0);
}

function itemExtent(item: ScheduledItem, scale: TimeScale): Pick<GanttRow, 'x1' | 'x2' | 'floatTo'> {
  const floatTo = item.totalFloat > 0 ? scale.x(dayNumber(item.lateFinish) + 1) : undefined;
  if (item.kind === 'milestone') {
    const x = scale.x(milestoneDay(item));
    return { x1: x, x2: x, floatTo: floatTo !== undefined && floatTo > x ? floatTo : undefined };
  }
  const x1 = scale.x(dayNumber(item.earlyStart));
  const x2 = Math.max(scale.x(dayNumber(item.earlyFinish) + 1), x1 + MIN_BAR);
  return { x1, x2, floatTo: floatTo !== undefined && floatTo > x2 ? floatTo : undefined };
}

function legendLayout(schedule: ComputedSchedule, width: number, today: boolean): { entries: LegendEntry[]; height: number } {
  const items = schedule.items;
  const wanted: [LegendKey, string, boolean][] = [
    ['task', schedule.network === 'workPackages' ? 'Work package' : 'Task', items.some((i) => i.kind === 'task' && !i.critical)],
    ['critical', 'Critical path', items.some((i) => i.critical)],
    ['milestone', 'Milestone', items.some((i) => i.kind === 'milestone')],
    ['group', 'Phase', items.some((i) => i.group !== undefined)],
    ['float', 'Total float', items.some((i) => i.totalFloat > 0)],
    ['dependency', 'Dependency', items.some((i) => i.dependsOn.length > 0)],
    ['today', 'Status date', today],
  ];
  const entries: LegendEntry[] = [];
  let x = 0;
  let line = 0;
  for (const [key, label, shown] of wanted) {
    if (!shown) continue;
    const entryWidth = SWATCH + 3 + textWidth(label, FONT.legend);
    if (x > 0 && x + entryWidth > width) {
      x = 0;
      line++;
    }
    entries.push({ key, label, x, y: line * LEGEND_ROW + LEGEND_ROW / 2 });
    x += entryWidth + 12;
  }
  return { entries, height: (line + 1) * LEGEND_ROW };
}

const SWATCH = 12;

// --- painting --------------------------------------------------------------------------------------------------

/** The chart as one drawing per part, each no taller than `options.maxHeight`; none for an empty schedule. */
export function ganttDrawings(schedule: ComputedSchedule, options: GanttOptions): Drawing[] {
  if (schedule.items.length === 0) return [];
  const layout = ganttLayout(schedule, options);
  const summary = ganttAltText(schedule);
  const groupSpans = groupDays(schedule);
  const count = layout.pages.length;
  return layout.pages.map((page, i): Drawing => {
    const items = page.rows.filter((row) => row.kind === 'item');
    const part = count > 1 ? ` Part ${i + 1} of ${count}: ${items[0]?.id} to ${items[items.length - 1]?.id}.` : '';
    const caption = `Gantt chart${options.title ? `: ${options.title}` : ''}${count > 1 ? ` (part ${i + 1} of ${count})` : ''}`;
    return {
      type: 'drawing',
      width: layout.width,
      height: page.height,
      alt: `${summary}${part}`,
      caption,
      shapes: paintPage(schedule, layout, i, groupSpans, options),
    };
  });
}

interface Span {
  from: number;
  to: number;
}

/** Each group's span in days, from its first item's start to the end of its last (what its summary bar covers). */
function groupDays(schedule: ComputedSchedule): Map<string, Span> {
  const spans = new Map<string, Span>();
  for (const item of schedule.items) {
    if (item.group === undefined) continue;
    const from = item.kind === 'milestone' ? milestoneDay(item) : dayNumber(item.earlyStart);
    const to = item.kind === 'milestone' ? milestoneDay(item) : dayNumber(item.earlyFinish) + 1;
    const span = spans.get(item.group);
    spans.set(item.group, span ? { from: Math.min(span.from, from), to: Math.max(span.to, to) } : { from, to });
  }
  return spans;
}

/** `x` kept on the part's axis: a group or a predecessor may reach beyond the part's window. */
const onAxis = (scale: TimeScale, x: number): number => Math.min(Math.max(x, scale.left), scale.right);

function paintPage(schedule: ComputedSchedule, layout: GanttLayout, part: number, groupSpans: ReadonlyMap<string, Span>, options: GanttOptions): Shape[] {
  const shapes: Shape[] = [];
  const { width, labelWidth } = layout;
  const page = layout.pages[part];
  const { scale } = page;
  const C = GANTT_COLORS;

  // Row backgrounds, non-working days and the grid, under everything else.
  page.rows.forEach((row, i) => {
    if (row.kind === 'group') shapes.push({ type: 'rect', x: 0, y: row.top, w: width, h: row.height, fill: C.groupRow });
    else if (i % 2 === 1) shapes.push({ type: 'rect', x: 0, y: row.top, w: width, h: row.height, fill: C.zebra });
  });
  const axis = axisMarks(scale, schedule);
  for (const band of axis.nonWorking) {
    shapes.push({ type: 'rect', x: band.x1, y: ROWS_TOP, w: band.x2 - band.x1, h: page.rowsBottom - ROWS_TOP, fill: C.nonWorking });
  }
  for (const x of axis.grid) shapes.push({ type: 'line', x1: x, y1: AXIS_ROW, x2: x, y2: page.rowsBottom, stroke: C.grid, strokeWidth: 0.5 });
  for (const x of axis.majorTicks) shapes.push({ type: 'line', x1: x, y1: 0, x2: x, y2: AXIS_BOTTOM, stroke: C.axisLine, strokeWidth: 0.5 });
  shapes.push(...axisText(axis));
  shapes.push({ type: 'line', x1: 0, y1: AXIS_BOTTOM, x2: width, y2: AXIS_BOTTOM, stroke: C.axisLine, strokeWidth: 0.75 });
  shapes.push({ type: 'line', x1: 0, y1: page.rowsBottom, x2: width, y2: page.rowsBottom, stroke: C.axisLine, strokeWidth: 0.75 });
  shapes.push({ type: 'line', x1: labelWidth, y1: 0, x2: labelWidth, y2: page.rowsBottom, stroke: C.axisLine, strokeWidth: 0.5 });
  const header = schedule.network === 'workPackages' ? 'Work package' : 'Task';
  shapes.push(text(PAD, AXIS_BOTTOM - 4, 'ID', FONT.axis, C.muted, 'start', true));
  shapes.push(text(PAD + layout.idWidth, AXIS_BOTTOM - 4, header, FONT.axis, C.muted, 'start', true));

  // Float lines and dependency arrows under the bars they join.
  for (const row of page.rows) {
    if (row.floatTo === undefined) continue;
    const y = middle(row);
    const from = row.item?.kind === 'milestone' ? row.x1 + DIAMOND : row.x2;
    shapes.push({ type: 'line', x1: from, y1: y, x2: row.floatTo, y2: y, stroke: C.float, strokeWidth: 0.75 });
    shapes.push({ type: 'line', x1: row.floatTo, y1: y - 2.5, x2: row.floatTo, y2: y + 2.5, stroke: C.float, strokeWidth: 0.75 });
  }
  shapes.push(...dependencyArrows(layout, part));

  for (const row of page.rows) {
    const y = middle(row);
    if (row.kind === 'group') {
      const span = groupSpans.get(row.id);
      if (span) {
        const [x1, x2] = [onAxis(scale, scale.x(span.from)), onAxis(scale, scale.x(span.to))];
        shapes.push(...summaryBar(x1, Math.max(x2, x1 + MIN_BAR), y));
      }
      const name = options.groupNames?.[row.id];
      const label = name ? `${row.id}: ${name}` : row.id;
      const suffix = row.continued ? ' (continued)' : '';
      const room = labelWidth - 2 * PAD - textWidth(suffix, FONT.label, true);
      shapes.push(text(PAD, baseline(row), `${fitText(label, FONT.label, room, true)}${suffix}`, FONT.label, C.group, 'start', true));
      continue;
    }
    const item = row.item!;
    if (item.kind === 'milestone') {
      shapes.push({ type: 'polygon', points: diamond(row.x1, y), fill: item.critical ? C.critical : C.milestone, stroke: item.critical ? C.criticalStroke : C.milestone });
      // A critical milestone carries a white core, as a critical bar carries stripes.
      if (item.critical) shapes.push({ type: 'polygon', points: diamond(row.x1, y, DIAMOND / 2.5), fill: C.criticalStripe });
    } else {
      shapes.push(...bar(row.x1, y - BAR / 2, row.x2 - row.x1, BAR, item.critical));
    }
    const first = baseline(row) - ((row.nameLines?.length ?? 1) - 1) * (LINE / 2);
    shapes.push(text(PAD, first, fitText(item.id, FONT.label, layout.idWidth - 4, true), FONT.label, C.text, 'start', true));
    (row.nameLines ?? []).forEach((line, j) => shapes.push(text(PAD + layout.idWidth, first + j * LINE, line, FONT.label, C.text, 'start')));
  }

  if (page.todayX !== undefined) {
    shapes.push({ type: 'line', x1: page.todayX, y1: AXIS_ROW, x2: page.todayX, y2: page.rowsBottom, stroke: C.today, strokeWidth: 1, dash: [3, 2] });
  }
  shapes.push(...legendShapes(layout.legend, page.rowsBottom + LEGEND_GAP));
  return shapes;
}

const middle = (row: GanttRow): number => row.top + row.height / 2;
const baseline = (row: GanttRow): number => row.top + row.height / 2 + FONT.label * 0.36;

function text(x: number, y: number, value: string, size: number, color: string, anchor: 'start' | 'middle' | 'end', bold = false): Shape {
  return { type: 'text', x, y, text: value, size, color, anchor, ...(bold ? { bold: true } : {}) };
}

/** Gap between the stripes of a critical bar, along the bar. */
const STRIPE_GAP = 3;

/** A task bar; a critical one striped with white lines at 45°, cut to the bar. */
export function bar(x: number, y: number, w: number, h: number, critical: boolean): Shape[] {
  const C = GANTT_COLORS;
  const box: Shape = { type: 'rect', x, y, w, h, fill: critical ? C.critical : C.task, stroke: critical ? C.criticalStroke : C.taskStroke, strokeWidth: 0.5 };
  if (!critical) return [box];
  const stripes: Shape[] = [];
  // Each stripe rises from (x + t, bottom) to (x + t + h, top); the parts left or right of the bar are cut off.
  for (let t = STRIPE_GAP / 2 - h; t < w; t += STRIPE_GAP) {
    const cutLeft = Math.max(0, -t);
    const cutRight = Math.max(0, t + h - w);
    if (cutLeft + cutRight >= h) continue;
    stripes.push({ type: 'line', x1: x + t + cutLeft, y1: y + h - cutLeft, x2: x + t + h - cutRight, y2: y + cutRight, stroke: C.criticalStripe, strokeWidth: 0.6 });
  }
  return [box, ...stripes];
}

function diamond(x: number, y: number, half = DIAMOND): [number, number][] {
  return [
    [x, y - half],
    [x + half, y],
    [x, y + half],
    [x - half, y],
  ];
}

/** A thin bar with a downward point at each end: the usual mark for a summary (phase) span. */
function summaryBar(x1: number, x2: number, y: number): Shape[] {
  const top = y - SUMMARY / 2 - 1;
  const bottom = top + SUMMARY;
  const point = 3;
  return [
    { type: 'rect', x: x1, y: top, w: Math.max(x2 - x1, MIN_BAR), h: SUMMARY, fill: GANTT_COLORS.group },
    { type: 'polygon', points: [[x1, bottom], [x1 + point, bottom], [x1, bottom + point]], fill: GANTT_COLORS.group },
    { type: 'polygon', points: [[x2, bottom], [x2 - point, bottom], [x2, bottom + point]], fill: GANTT_COLORS.group },
  ];
}

// --- dependencies ----------------------------------------------------------------------------------------------

interface Anchor {
  x: number;
  y: number;
}

function startAnchor(row: GanttRow): Anchor {
  return { x: row.item?.kind === 'milestone' ? row.x1 - DIAMOND : row.x1, y: middle(row) };
}

function finishAnchor(row: GanttRow): Anchor {
  return { x: row.item?.kind === 'milestone' ? row.x2 + DIAMOND : row.x2, y: middle(row) };
}

/**
 * Arrows between the items of a part. A dependency on an item drawn in another part of a split chart comes in at the
 * part's top edge (from an earlier part) or bottom edge (a later one), at the predecessor's own dates where this part's
 * window shows them, else at the window's edge; the dependency table names it.
 */
function dependencyArrows(layout: GanttLayout, part: number): Shape[] {
  const page = layout.pages[part];
  const rowById = new Map<string, GanttRow>();
  for (const row of page.rows) if (row.kind === 'item' && !rowById.has(row.id)) rowById.set(row.id, row);
  const { scale } = page;
  const edgeRow = (id: string): GanttRow | undefined => {
    const item = layout.itemById.get(id);
    const itsPart = layout.partOf.get(id);
    if (!item || itsPart === undefined) return undefined;
    const edge = itsPart < part ? ROWS_TOP : page.rowsBottom;
    const extent = itemExtent(item, scale);
    return { kind: 'item', id, item, top: edge - ROW / 2, height: ROW, x1: onAxis(scale, extent.x1), x2: onAxis(scale, extent.x2) };
  };
  const shapes: Shape[] = [];
  for (const row of page.rows) {
    for (const dep of row.item?.dependsOn ?? []) {
      const from = rowById.get(dep.id) ?? edgeRow(dep.id);
      if (!from || from === row) continue;
      const critical = from.item!.critical && row.item!.critical && dep.lagDays >= 0;
      shapes.push(...route(dependencyPath(dep, from, row), critical ? GANTT_COLORS.critical : GANTT_COLORS.arrow));
    }
  }
  return shapes;
}

/**
 * The elbowed path of a dependency: out of the predecessor's finish (start for start-to-start) and into the
 * successor's start (finish for finish-to-finish), turning between the rows where a straight drop would run back
 * through the bars.
 */
function dependencyPath(dep: ScheduledDependency, from: GanttRow, to: GanttRow): [number, number][] {
  if (dep.type === 'SS') {
    const s = startAnchor(from);
    const t = startAnchor(to);
    const x = Math.min(s.x, t.x) - STUB;
    return [[s.x, s.y], [x, s.y], [x, t.y], [t.x, t.y]];
  }
  if (dep.type === 'FF') {
    const s = finishAnchor(from);
    const t = finishAnchor(to);
    const x = Math.max(s.x, t.x) + STUB;
    return [[s.x, s.y], [x, s.y], [x, t.y], [t.x, t.y]];
  }
  const s = finishAnchor(from);
  const t = startAnchor(to);
  const out = s.x + STUB;
  if (t.x - out >= STUB) return [[s.x, s.y], [out, s.y], [out, t.y], [t.x, t.y]];
  // The successor starts at or before the predecessor ends: go round, along the boundary next to the successor row.
  const turnY = t.y > s.y ? to.top : to.top + to.height;
  const into = t.x - STUB * 1.5;
  return [[s.x, s.y], [out, s.y], [out, turnY], [into, turnY], [into, t.y], [t.x, t.y]];
}

function route(points: readonly [number, number][], color: string): Shape[] {
  const segments: Shape[] = [];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i - 1];
    const [x2, y2] = points[i];
    if (Math.abs(x2 - x1) < 0.01 && Math.abs(y2 - y1) < 0.01) continue;
    segments.push({ type: 'line', x1, y1, x2, y2, stroke: color, strokeWidth: 0.6 });
  }
  const last = segments[segments.length - 1];
  if (last?.type === 'line') last.arrow = 'end';
  return segments;
}

// --- the time axis ---------------------------------------------------------------------------------------------

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface AxisSegment {
  from: number;
  to: number;
  /** Candidate labels, longest first; the first that fits is shown. */
  labels: string[];
}

interface AxisMarks {
  scale: TimeScale;
  top: AxisSegment[];
  bottom: AxisSegment[];
  /** Where the lower axis row's units start: the grid through the rows. */
  grid: number[];
  /** Boundaries of the upper axis row's units. */
  majorTicks: number[];
  /** Runs of non-working days, when days are wide enough to show. */
  nonWorking: { x1: number; x2: number }[];
}

const monthStart = (year: number, month: number): number => dayNumber(`${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-01`);

/** Consecutive calendar units (months, quarters, years) covering [first, end). */
function units(first: number, end: number, monthsPerUnit: number, label: (year: number, month: number) => string[]): AxisSegment[] {
  const date = isoDate(first);
  let year = Number(date.slice(0, 4));
  let month = Math.floor((Number(date.slice(5, 7)) - 1) / monthsPerUnit) * monthsPerUnit;
  const segments: AxisSegment[] = [];
  for (;;) {
    const from = monthStart(year, month);
    if (from >= end) break;
    const nextMonth = month + monthsPerUnit;
    const to = monthStart(year + Math.floor(nextMonth / 12), nextMonth % 12);
    segments.push({ from: Math.max(from, first), to: Math.min(to, end), labels: label(year, month) });
    year += Math.floor(nextMonth / 12);
    month = nextMonth % 12;
  }
  return segments;
}

function axisMarks(scale: TimeScale, schedule: ComputedSchedule): AxisMarks {
  const { firstDay, endDay } = scale;
  const perDay = scale.x(firstDay + 1) - scale.x(firstDay);
  const years = units(firstDay, endDay, 12, (y) => [String(y)]);
  let top: AxisSegment[];
  let bottom: AxisSegment[];
  if (perDay * 7 >= 12) {
    top = units(firstDay, endDay, 1, (y, m) => [`${MONTH_NAMES[m]} ${y}`, `${MONTHS[m]} ${y}`, MONTHS[m], MONTHS[m][0]]);
    bottom = [];
    for (let day = firstDay; day < endDay; day += 7) bottom.push({ from: day, to: day + 7, labels: [String(Number(isoDate(day).slice(8, 10)))] });
  } else if (perDay * 30 >= 14) {
    top = years;
    bottom = units(firstDay, endDay, 1, (_, m) => [MONTHS[m], MONTHS[m][0]]);
  } else {
    top = years;
    bottom = units(firstDay, endDay, 3, (_, m) => [`Q${m / 3 + 1}`]);
  }
  return {
    scale,
    top,
    bottom,
    grid: bottom.map((s) => scale.x(s.from)),
    majorTicks: top.slice(1).map((s) => scale.x(s.from)),
    nonWorking: perDay >= 1.5 ? nonWorkingBands(scale, schedule) : [],
  };
}

function nonWorkingBands(scale: TimeScale, schedule: ComputedSchedule): { x1: number; x2: number }[] {
  const workweek = new Set<string>(schedule.calendar?.workweek ?? ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);
  const holidays = new Set((schedule.calendar?.holidays ?? []).map((h) => dayNumber(h.date)));
  const bands: { x1: number; x2: number }[] = [];
  let runStart: number | undefined;
  for (let day = scale.firstDay; day <= scale.endDay; day++) {
    const off = day < scale.endDay && (!workweek.has(WEEKDAYS[weekdayIndex(day)]) || holidays.has(day));
    if (off && runStart === undefined) runStart = day;
    if (!off && runStart !== undefined) {
      bands.push({ x1: scale.x(runStart), x2: scale.x(day) });
      runStart = undefined;
    }
  }
  return bands;
}

function axisText(axis: AxisMarks): Shape[] {
  const { scale } = axis;
  const shapes: Shape[] = [];
  for (const segment of axis.top) {
    const x1 = scale.x(segment.from);
    const room = scale.x(segment.to) - x1 - 4;
    // Set in bold, so measured in bold.
    const label = segment.labels.find((l) => textWidth(l, FONT.axis, true) <= room);
    if (label) shapes.push(text(x1 + 2, AXIS_ROW - 3, label, FONT.axis, GANTT_COLORS.text, 'start', true));
  }
  for (const segment of axis.bottom) {
    const x1 = scale.x(segment.from);
    const x2 = scale.x(segment.to);
    const label = segment.labels.find((l) => textWidth(l, FONT.axis) <= x2 - x1 - 2);
    if (label) shapes.push(text((x1 + x2) / 2, AXIS_BOTTOM - 3, label, FONT.axis, GANTT_COLORS.muted, 'middle'));
  }
  return shapes;
}

// --- legend ----------------------------------------------------------------------------------------------------

function legendShapes(entries: readonly LegendEntry[], top: number): Shape[] {
  const C = GANTT_COLORS;
  return entries.flatMap(({ key, label, x, y: dy }): Shape[] => {
    const y = top + dy;
    const swatch: Shape[] = (() => {
      switch (key) {
        case 'task':
          return bar(x, y - 3.5, SWATCH, 7, false);
        case 'critical':
          return bar(x, y - 3.5, SWATCH, 7, true);
        case 'milestone':
          return [{ type: 'polygon', points: diamond(x + SWATCH / 2, y, 4), fill: C.milestone, stroke: C.milestone }];
        case 'group':
          return summaryBar(x, x + SWATCH, y);
        case 'float':
          return [
            { type: 'line', x1: x, y1: y, x2: x + SWATCH, y2: y, stroke: C.float, strokeWidth: 0.75 },
            { type: 'line', x1: x + SWATCH, y1: y - 2.5, x2: x + SWATCH, y2: y + 2.5, stroke: C.float, strokeWidth: 0.75 },
          ];
        case 'dependency':
          return [{ type: 'line', x1: x, y1: y, x2: x + SWATCH, y2: y, stroke: C.arrow, strokeWidth: 0.6, arrow: 'end' }];
        case 'today':
          return [{ type: 'line', x1: x + SWATCH / 2, y1: y - 5, x2: x + SWATCH / 2, y2: y + 5, stroke: C.today, strokeWidth: 1, dash: [3, 2] }];
      }
    })();
    return [...swatch, text(x + SWATCH + 3, y + FONT.legend * 0.36, label, FONT.legend, C.text, 'start')];
  });
}

// --- text alternative ------------------------------------------------------------------------------------------

/** A chain of ids as "A → B → C", shortened in the middle when long. */
export function pathText(ids: readonly string[], max = 12): string {
  if (ids.length <= max) return ids.join(' → ');
  return `${ids.slice(0, 5).join(' → ')} → … → ${ids.slice(-3).join(' → ')} (${ids.length} items)`;
}

function counted(n: number, one: string, many: string): string {
  const digits = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${digits} ${n === 1 ? one : many}`;
}

/**
 * What the chart shows, in words: how many items over which span, and the critical path. The alt text of every
 * drawing, and the same for every reader who cannot see the chart.
 */
export function ganttAltText(schedule: ComputedSchedule): string {
  const milestones = schedule.items.filter((i) => i.kind === 'milestone').length;
  const tasks = schedule.items.length - milestones;
  const what = schedule.network === 'workPackages' ? counted(tasks, 'work package', 'work packages') : counted(tasks, 'task', 'tasks');
  const withMilestones = milestones > 0 ? `${what} and ${counted(milestones, 'milestone', 'milestones')}` : what;
  const span = `from ${formatDate(schedule.start)} to ${formatDate(schedule.finish)} (${counted(schedule.workingDays, 'working day', 'working days')})`;
  const [first, ...others] = schedule.criticalPaths;
  const more = others.length > 0 || schedule.criticalPathsTruncated ? `; ${schedule.criticalPathsTruncated ? 'more than ' : ''}${counted(others.length, 'other critical path', 'other critical paths')}` : '';
  const critical = first ? ` Critical path: ${pathText(first)}${more}.` : '';
  return `Gantt chart of ${withMilestones} ${span}.${critical}`;
}
