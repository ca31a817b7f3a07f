import type { Table } from '../../render/doctree';
import { pageSize, type Theme } from '../../render/theme';
import { columnWidths, fittingFontSize } from '../docx/columnWidths';

/** Cell padding, left plus right, in ems: the stylesheet's `padding: 0.3em 0.45em`. */
const CELL_PADDING_EM = 0.9;
/** Widths are worked out in hundredths of a point, so shares keep their decimals once apportioned. */
const PRECISION = 100;

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
  const available = Math.round((across - theme.margins.left - theme.margins.right) * PRECISION);
  const baseSize = wide ? theme.font.small : Math.max(theme.font.small, theme.font.body - 1);
  const units = (size: number) => ({ em: size * PRECISION, padding: size * PRECISION * CELL_PADDING_EM });
  const fontSize = fittingFontSize(table, available, baseSize, units);
  if (fontSize === baseSize) return undefined;
  const widths = columnWidths(table, available, units(fontSize).em, units(fontSize).padding, { wholeHeaders: true });
  const total = widths.reduce((sum, width) => sum + width, 0);
  return { shares: widths.map((width) => width / total), fontSize };
}
