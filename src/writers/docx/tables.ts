import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, type FileChild } from 'docx';
import type { Align, Cell, Table as TreeTable } from '../../render/tree/doctree';
import { lineCount } from '../shared/lineCount';
import { apportion, sizeTable } from '../shared/columnWidths';
import type { RenderContext } from './context';
import type { Theme } from '../../render/templates/theme';
import { halfPoints, twips, type Orientation, type PageGeometry } from './geometry';
import { inlineChildren } from './inline';
import { STYLE } from './styles';

/** Cell padding in twips. */
export const CELL_MARGIN = { top: 40, bottom: 40, left: 80, right: 80 };

const ALIGNMENT = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** Font size in points of the table text style: compact on landscape pages. */
export function tableFontSize(theme: Theme, orientation: Orientation): number {
  return orientation === 'landscape' ? theme.font.small : Math.max(theme.font.small, theme.font.body - 1);
}

const styleFontSize = (ctx: RenderContext): number => tableFontSize(ctx.theme, ctx.page.orientation);

/** Word wraps text that fills a cell to the last twip: a point of slack keeps a line measured to fit on one line. */
const SLACK = 20;

/**
 * Its style's size, or smaller so every word fits its column whole, and the column widths in twips (see `sizeTable`).
 */
export function tableSizing(table: TreeTable, page: PageGeometry, styleSize: number): { size: number; widths: number[] } {
  const frame = { available: page.textWidth, unit: twips(1), padding: () => CELL_MARGIN.left + CELL_MARGIN.right + SLACK };
  const { size, widths } = sizeTable(table, frame, styleSize);
  return { size, widths: apportion(widths, page.textWidth) };
}

/** Rows this many lines tall or taller may break across pages, a few lines on each page; shorter ones stay whole. */
export const SPLITTABLE_LINES = 4;

/** Lines the row's tallest cell takes at `size` points in columns `widths` twips wide, inside the cell padding. */
export function rowLines(cells: readonly Cell[], widths: readonly number[], size: number, header: boolean): number {
  return Math.max(1, ...widths.map((width, column) => lineCount(cells[column] ?? [], (width - CELL_MARGIN.left - CELL_MARGIN.right) / 20, size, { bold: header })));
}

function cell(content: Cell, width: number, align: Align, ctx: RenderContext, header: boolean, size: number | undefined): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [
      new Paragraph({
        style: ctx.tableTextStyle,
        alignment: align ? ALIGNMENT[align] : undefined,
        keepNext: header || undefined,
        // A tall row may break across pages (see tableBlocks): Word then leaves no single line of a cell on either side
        // (LibreOffice splits anywhere, which the page model follows).
        widowControl: true,
        run: size === undefined ? undefined : { size },
        children: inlineChildren(content, ctx, { bold: header, size }),
      }),
    ],
  });
}

/**
 * A table as Word sets it: fixed column widths that fill the text width, a header row that repeats on every page,
 * short rows that never split across pages (tall ones may, so a page is not left part empty), borders and header fill from the table style. The caption goes above the table;
 * the space below is the following block's (see `renderBlocks`).
 */
export function tableBlocks(table: TreeTable, ctx: RenderContext): FileChild[] {
  const { size: fontSize, widths } = tableSizing(table, ctx.page, styleFontSize(ctx));
  // Only a table that had to step down carries its own size; the rest take their paragraph style's.
  const runSize = fontSize === styleFontSize(ctx) ? undefined : halfPoints(fontSize);
  const row = (cells: Cell[], header: boolean) =>
    new TableRow({
      tableHeader: header || undefined,
      cantSplit: header || rowLines(cells, widths, fontSize, false) < SPLITTABLE_LINES,
      children: widths.map((width, column) => cell(cells[column] ?? [], width, table.align[column] ?? null, ctx, header, runSize)),
    });
  const caption = table.caption
    ? [new Paragraph({ style: STYLE.caption, keepNext: true, text: table.caption })]
    : [];
  return [
    ...caption,
    new Table({
      rows: [row(table.header, true), ...table.rows.map((cells) => row(cells, false))],
      columnWidths: widths,
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      margins: CELL_MARGIN,
      style: STYLE.table,
      // Only the header row takes a look of its own from the style; the style defines no other parts.
      tableLook: { firstRow: true },
    }),
  ];
}

/** The empty paragraph Word needs after a table that ends a section or comes before another table. */
export function tableSpacer(): Paragraph {
  return new Paragraph({ style: STYLE.tableSpacer, children: [] });
}
