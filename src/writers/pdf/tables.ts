import { hasRowLabels, type Align, type Cell, type Table } from '../../render/tree/doctree';
import { isWideTable } from '../shared/pagination';
import { sizeTable } from '../shared/columnWidths';
import type { LayoutContext } from './context';
import { layoutLines, type InlineOptions, type Line, type Measure } from './inline';
import { alignOffset, paintLine, renderLines, type LineAlign } from './paint';
import type { TextStyle } from './styles';

interface RowPlan {
  cells: Line[][];
  lineCount: number;
  height: number;
}

export interface TablePlan {
  style: TextStyle;
  headStyle: TextStyle;
  widths: number[];
  align: Align[];
  header: RowPlan;
  rows: RowPlan[];
  padX: number;
  padY: number;
}


function planRow(cells: readonly Cell[], widths: number[], style: TextStyle, padX: number, padY: number, measure: Measure, inline: InlineOptions): RowPlan {
  const lines = widths.map((w, c) => layoutLines(cells[c] ?? [], style, w - 2 * padX, measure, inline));
  const lineCount = Math.max(1, ...lines.map((l) => l.length));
  return { cells: lines, lineCount, height: lineCount * style.lineHeight + 2 * padY };
}

/** Cell padding, left or right, at a font size. */
const padXAt = (size: number) => Math.max(2.5, size * 0.4);

/**
 * Sizes a table for `available` points: the body size (the small size for wide tables), stepping down until every
 * word fits its column whole (see `sizeTable`), columns sized as browsers size automatic tables.
 */
export function planTable(ctx: LayoutContext, table: Table, available: number): TablePlan {
  const { styles, measure, inline } = ctx;
  const wide = isWideTable(table, ctx.theme);
  const { size, widths } = sizeTable(table, { available, unit: 1, padding: (at) => 2 * padXAt(at) }, wide ? styles.note.size : styles.body.size);
  const style: TextStyle = { ...styles.body, size, lineHeight: size * 1.25 };
  const headStyle: TextStyle = { ...style, bold: true, color: styles.colors.heading };
  const padX = padXAt(size);
  const padY = size * 0.3;
  return {
    style,
    headStyle,
    widths,
    align: widths.map((_, c) => table.align[c] ?? null),
    header: planRow(table.header, widths, headStyle, padX, padY, measure, inline),
    rows: table.rows.map((row) => planRow(row, widths, style, padX, padY, measure, inline)),
    padX,
    padY,
  };
}

/** How a table's caption is set: small print on the left for body tables; the title page centres a label. */
export interface CaptionLook {
  style: TextStyle;
  align: LineAlign;
}

function captionLook(ctx: LayoutContext, look?: CaptionLook): CaptionLook {
  return look ?? { style: ctx.styles.note, align: 'left' };
}

function captionLines(ctx: LayoutContext, table: Table, look: CaptionLook): Line[] {
  return table.caption ? layoutLines([{ type: 'text', text: table.caption }], look.style, ctx.flow.width, ctx.measure, ctx.inline) : [];
}

/** Lines of a row (with its padding) that fit in `room` points. */
function linesFitting(room: number, plan: TablePlan): number {
  return Math.floor((room - 2 * plan.padY + 0.01) / plan.style.lineHeight);
}

/** Lines a split row leaves on either page, at the least. */
const MIN_SPLIT_LINES = 2;

/** Whether a row that does not fit the rest of the page is split there: when both parts get a few lines of it. */
function splitsHere(room: number, lineCount: number, plan: TablePlan): boolean {
  return lineCount >= 2 * MIN_SPLIT_LINES && linesFitting(room, plan) >= MIN_SPLIT_LINES;
}

/**
 * Height of what must stay together at the start of a table: caption, header and first row, or only the first lines
 * of a first row tall enough to be split (see `splitsHere`).
 */
export function tableLeadHeight(ctx: LayoutContext, table: Table, plan: TablePlan, caption?: CaptionLook): number {
  const first = plan.rows[0];
  const firstLines = !first ? 0 : first.lineCount >= 2 * MIN_SPLIT_LINES ? MIN_SPLIT_LINES : first.lineCount;
  const firstRow = first ? firstLines * plan.style.lineHeight + 2 * plan.padY : 0;
  const look = captionLook(ctx, caption);
  return captionLines(ctx, table, look).length * look.style.lineHeight + plan.header.height + firstRow;
}

type RowRole = 'header' | 'repeatedHeader' | 'body';

/** Draws lines [from, from + count) of every cell of a row at the cursor, with fill and borders. */
function drawRowSlice(ctx: LayoutContext, plan: TablePlan, row: RowPlan, from: number, count: number, role: RowRole, cellElements: PDFKit.PDFStructureElement[]): void {
  const { doc, flow, tags, styles } = ctx;
  const y = flow.y;
  const height = count * plan.style.lineHeight + 2 * plan.padY;
  const xs = plan.widths.map((_, c) => flow.left + plan.widths.slice(0, c).reduce((a, b) => a + b, 0));
  tags.artifact(() => {
    doc.save().lineWidth(0.5);
    plan.widths.forEach((w, c) => {
      if (role === 'body') doc.rect(xs[c], y, w, height).stroke(styles.colors.tableBorder);
      else doc.rect(xs[c], y, w, height).fillAndStroke(styles.colors.tableHeaderFill, styles.colors.tableBorder);
    });
    doc.restore();
  });
  const lineStyle = role === 'body' ? plan.style : plan.headStyle;
  plan.widths.forEach((w, c) => {
    row.cells[c].slice(from, from + count).forEach((line, i) => {
      const x = xs[c] + plan.padX + alignOffset(plan.align[c] ?? 'left', w - 2 * plan.padX, line.width);
      // A repeated header is page furniture: the structure tree holds the header row once.
      const element = role === 'repeatedHeader' ? 'artifact' : cellElements[c];
      paintLine(ctx, line, x, y + plan.padY + i * lineStyle.lineHeight, lineStyle.lineHeight, element);
    });
  });
  flow.y = y + height;
}

/**
 * Draws a table: header row repeated at the top of every page the table reaches. A row goes on the page when it
 * fits; one that does not is split when a few of its lines fit and a few are left (it continues, lines intact, under
 * the repeated header), and moves whole to the next page otherwise.
 */
export function renderTable(ctx: LayoutContext, table: Table, parent: PDFKit.PDFStructureElement, options: { landscape: boolean; caption?: CaptionLook } = { landscape: true }): void {
  const { flow, styles, tags } = ctx;
  if (options.landscape && isWideTable(table, ctx.theme)) flow.ensureOrientation('landscape');
  const plan = planTable(ctx, table, flow.width);
  const element = tags.element('Table', parent);
  flow.place(Math.min(tableLeadHeight(ctx, table, plan, options.caption), flow.pageCapacity));
  const look = captionLook(ctx, options.caption);
  const caption = captionLines(ctx, table, look);
  if (caption.length > 0) renderLines(ctx, caption, look.style, tags.element('Caption', element), look.align);

  const headerRow = tags.element('TR', element);
  const headerCells = plan.header.cells.map(() => tags.element('TH', headerRow, { scope: 'Column' }));
  flow.place(plan.header.height);
  drawRowSlice(ctx, plan, plan.header, 0, plan.header.lineCount, 'header', headerCells);
  const lineHeight = plan.style.lineHeight;
  // A header too tall to leave room for a line under it on a fresh page is not repeated (nothing would fit).
  const repeatHeader = plan.header.height + lineHeight + 2 * plan.padY <= flow.pageCapacity;
  const continueOnNewPage = () => {
    flow.breakPage();
    flow.place(repeatHeader ? plan.header.height : lineHeight);
    if (repeatHeader) drawRowSlice(ctx, plan, plan.header, 0, plan.header.lineCount, 'repeatedHeader', []);
  };

  const rowLabels = hasRowLabels(table);
  plan.rows.forEach((row) => {
    const tr = tags.element('TR', element);
    const cells = row.cells.map((_, c) => (rowLabels && c === 0 ? tags.element('TH', tr, { scope: 'Row' }) : tags.element('TD', tr)));
    if (!flow.fits(row.height) && !splitsHere(flow.bottom - flow.y, row.lineCount, plan)) continueOnNewPage();
    for (let from = 0; from < row.lineCount; ) {
      const room = linesFitting(flow.bottom - flow.y, plan);
      if (room < 1 && !flow.atTop) {
        continueOnNewPage();
        continue;
      }
      const left = row.lineCount - from;
      // A row split here leaves at least its last lines for the next page, as a paragraph leaves no widow.
      const count = Math.max(1, room >= left ? left : Math.min(room, left - MIN_SPLIT_LINES));
      flow.place(count * lineHeight + 2 * plan.padY);
      drawRowSlice(ctx, plan, row, from, count, 'body', cells);
      from += count;
    }
  });
  flow.gap(styles.blockGap);
}
