/**
 * How many lines inline content takes at a width, broken as Word and LibreOffice break it: greedily, at white space,
 * after a hyphen or dash and at zero-width spaces, a word wider than the line split where it runs out of room.
 * Widths come from the shared font metrics, so the count agrees with the column widths and the PDF's own breaking.
 */
import type { Inline } from '../../render/tree/doctree';
import { fontFor } from '../../fonts/faces';
import { textEm } from '../../fonts/metrics';
import { AFTER_HYPHEN, BREAKABLE_SPACE } from './columnWidths';

/** Marks every run of the content takes, such as the bold of a table header. */
export interface RunMarks {
  bold?: boolean;
  italic?: boolean;
}

const ZERO_WIDTH_SPACE = '\u200B';

/** Lines of `runs` set at `size` points in a line `width` points wide; at least one, as an empty paragraph has one. */
/** Text up to half a twip wider than the line still fits: LibreOffice rounds widths to whole twips. */
const TOLERANCE = 0.025;

export function lineCount(runs: readonly Inline[], width: number, size: number, marks: RunMarks = {}): number {
  const room = (width + TOLERANCE) / size;
  let lines = 1;
  let line = 0;
  /** Width of the spaces since the last word, which count only if another word follows on the line. */
  let pending = 0;
  const place = (piece: number) => {
    if (line > 0 && line + pending + piece > room) {
      lines++;
      line = 0;
      pending = 0;
    }
    if (line === 0 && piece > room) {
      // A piece wider than the line fills whole lines, its rest starting the next.
      lines += Math.ceil(piece / room) - 1;
      line = piece - (Math.ceil(piece / room) - 1) * room;
    } else line += pending + piece;
    pending = 0;
  };
  /** Width of the word being read: a word may run on from one run into the next ("**bold**,"). */
  let word = 0;
  const endWord = () => {
    if (word > 0) place(word);
    word = 0;
  };
  for (const run of runs) {
    if (run.type === 'break') {
      endWord();
      lines++;
      line = 0;
      pending = 0;
      continue;
    }
    const font = fontFor({ bold: marks.bold || run.bold, italic: marks.italic || run.italic, code: run.code });
    for (const part of run.text.split(BREAKABLE_SPACE)) {
      if (part === '') continue;
      if (BREAKABLE_SPACE.test(part)) {
        endWord();
        if (line > 0) pending += textEm(' ', font);
        continue;
      }
      part.split(ZERO_WIDTH_SPACE).forEach((chunk, i) => {
        if (i > 0) endWord();
        chunk.split(AFTER_HYPHEN).forEach((piece, j) => {
          if (j > 0) endWord();
          word += textEm(piece, font);
        });
      });
    }
  }
  endWord();
  return lines;
}
