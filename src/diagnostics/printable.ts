/**
 * Control characters (C0, DEL, C1) and the bidirectional controls that reorder what a terminal shows: a file name,
 * a value or a line of a file quoted in a message could otherwise retitle, clear or recolour the user's terminal,
 * or make a line read other than it is.
 */
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Text safe to print to a terminal: each control character written as an escape (`\x1b`, `\u202e`). */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Characters of a quoted line shown around the column a code frame points at. */
export const FRAME_WIDTH = 100;

/**
 * A line of a file as a code frame shows it: printable, and cut to `FRAME_WIDTH` characters around `col` (1-based),
 * with "…" where it was cut. `caret` is where the column falls in what is shown.
 */
export function frameLine(line: string, col: number): { shown: string; caret: number } {
  const start = Math.max(0, Math.min(col - 1 - FRAME_WIDTH / 2, line.length - FRAME_WIDTH));
  const end = start + FRAME_WIDTH;
  const before = start > 0 ? '…' : '';
  const shown = `${before}${printable(line.slice(start, end))}${end < line.length ? '…' : ''}`;
  return { shown, caret: before.length + printable(line.slice(start, Math.max(start, col - 1))).length };
}
