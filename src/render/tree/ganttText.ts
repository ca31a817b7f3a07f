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

/**
 * `text` broken into lines no wider than `maxWidth`, at spaces (a word wider than a line is broken where it must);
 * at most `maxLines`, the last shortened with an ellipsis when the text goes on.
 */
export function wrapText(text: string, size: number, maxWidth: number, bold = false, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A word too long for a line of its own fills lines until the rest fits.
    while (textWidth(line, size, bold) > maxWidth) {
      const head = fitText(line, size, maxWidth, bold).slice(0, -ELLIPSIS.length) || Array.from(line)[0];
      lines.push(head);
      line = line.slice(head.length);
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitText(`${kept[maxLines - 1]} ${lines[maxLines]}`, size, maxWidth, bold);
  if (!kept[maxLines - 1].endsWith(ELLIPSIS)) kept[maxLines - 1] = fitText(`${kept[maxLines - 1]}${ELLIPSIS}`, size, maxWidth, bold);
  return kept;
}
