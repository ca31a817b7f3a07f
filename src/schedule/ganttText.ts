/**
 * Text measurement for laying out chart labels without a font engine, so the Gantt layout stays a pure function.
 * The advance widths are DejaVu Sans and DejaVu Sans Bold's (the faces every writer uses for the chart), in
 * thousandths of an em, for printable ASCII (space to tilde). A reader that substitutes a narrower sans-serif only
 * gains room.
 */

const REGULAR = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337,
  838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989,
  685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521,
  392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];

const BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400,
  838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103,
  771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595,
  478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
];

/** Beyond ASCII: accented letters are narrower, symbols and CJK wider; this errs towards the wide side. */
const OTHER = { regular: 800, bold: 880 };
/** Wide characters (CJK, emoji) take a full em or more. */
const WIDE = 1000;

export const ELLIPSIS = '…';
/** DejaVu Sans draws the ellipsis a full em wide. */
const ELLIPSIS_WIDTH = 1000;

function advance(char: string, bold: boolean): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 32 && code <= 126) return (bold ? BOLD : REGULAR)[code - 32];
  if (char === ELLIPSIS) return ELLIPSIS_WIDTH;
  if (code >= 0x1100) return WIDE;
  return bold ? OTHER.bold : OTHER.regular;
}

/** Width in points of `text` set at `size` points. */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const char of text) units += advance(char, bold);
  return (units * size) / 1000;
}

/**
 * `text` if it fits in `maxWidth`, otherwise as much of it as fits followed by an ellipsis (never cutting a
 * surrogate pair); an empty string when not even the ellipsis fits.
 */
export function fitText(text: string, size: number, maxWidth: number, bold = false): string {
  if (textWidth(text, size, bold) <= maxWidth) return text;
  const room = maxWidth - (ELLIPSIS_WIDTH * size) / 1000;
  if (room < 0) return '';
  const chars = Array.from(text);
  let width = 0;
  let kept = 0;
  while (kept < chars.length) {
    const next = (advance(chars[kept], bold) * size) / 1000;
    if (width + next > room) break;
    width += next;
    kept++;
  }
  return `${chars.slice(0, kept).join('').trimEnd()}${ELLIPSIS}`;
}
