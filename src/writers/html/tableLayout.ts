import type { Table } from '../../render/tree/doctree';
import { pageSize, type Theme } from '../../render/templates/theme';
import { sizeTable } from '../shared/columnWidths';

/** Cell padding, left plus right, in ems: the stylesheet's `padding: 0.3em 0.45em`. */
const CELL_PADDING_EM = 0.9;

export interface TableLayout {
  /** Column widths as fractions of the table's width, summing to 1. */
  shares: number[];
  /** Font size in points, below the stylesheet's for such a table. */
  fontSize: number;
}

/**
 * Font size and column widths for a table too tight for its words at the stylesheet's size on the printed page it
 * goes on (a landscape one for a wide table), as the DOCX writer sets it, from the same estimate; undefined for any
 * other table. A browser sizes columns by how much text each holds, and in a tight table it breaks the short ones
 * inside their words: phone numbers after each hyphen, e-mail addresses anywhere.
 */
export function tightTableLayout(table: Table, theme: Theme, wide: boolean): TableLayout | undefined {
  const page = pageSize(theme);
  const across = wide ? page.height : page.width;
  const available = across - theme.margins.left - theme.margins.right;
  const baseSize = wide ? theme.font.small : Math.max(theme.font.small, theme.font.body - 1);
  const { size, widths } = sizeTable(table, { available, unit: 1, padding: (at) => at * CELL_PADDING_EM }, baseSize);
  if (size === baseSize) return undefined;
  return { shares: widths.map((width) => width / available), fontSize: size };
}
