/**
 * Chart labels measured with the bundled fonts (DejaVu Sans and its bold, the faces every writer draws the chart
 * in), so a label fits its room in every format.
 */
import { textWidth as fontTextWidth } from '../../fonts/metrics';

export const ELLIPSIS = '…';

/** Width in points of `text` set at `size` points. */
export function textWidth(text: string, size: number, bold = false): number {
  return fontTextWidth(text, size, bold ? 'sans-bold' : 'sans');
}

/**
 * `text` if it fits in `maxWidth`, otherwise as much of it as fits followed by an ellipsis (never cutting a
 * surrogate pair); an empty string when not even the ellipsis fits.
 */
export function fitText(text: string, size: number, maxWidth: number, bold = false): string {
  if (textWidth(text, size, bold) <= maxWidth) return text;
  const room = maxWidth - textWidth(ELLIPSIS, size, bold);
  if (room < 0) return '';
  const chars = Array.from(text);
  let width = 0;
  let kept = 0;
  while (kept < chars.length) {
    const next = textWidth(chars[kept], size, bold);
    if (width + next > room) break;
    width += next;
    kept++;
  }
  return `${chars.slice(0, kept).join('').trimEnd()}${ELLIPSIS}`;
}
