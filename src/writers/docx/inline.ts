import { ExternalHyperlink, InternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import type { Inline, TextRun as TreeTextRun } from '../../render/tree/doctree';
import { STYLE } from './styles';

/** Formatting every run of a piece of inline content shares, such as bold text in a table header. */
export interface RunBase {
  bold?: boolean;
  italics?: boolean;
  /** Font size in half-points, when it differs from the paragraph style's. */
  size?: number;
}

/** Where inline content is going: the bookmarks links may point to, and the font code keeps inside a link. */
export interface InlineTarget {
  bookmarks: ReadonlyMap<string, string>;
  monoFont: string;
}

/**
 * Words longer than any real word (a pasted hash, a run of one character) get a zero-width space every
 * `LONGEST_WORD` characters: Word can then wrap them, and docx's page estimator, whose cost grows with the square
 * of a word's length, stays fast.
 */
const LONGEST_WORD = 100;
const LONG_WORD = new RegExp(`[^\\s\u200B]{${2 * LONGEST_WORD},}`, 'g');
const WORD_PIECE = new RegExp(`[^]{${LONGEST_WORD}}(?=[^])`, 'gu');

export function breakableWords(text: string): string {
  return text.replace(LONG_WORD, (word) => word.replace(WORD_PIECE, '$&\u200B'));
}

function textRun(run: TreeTextRun, target: InlineTarget, base: RunBase, linked: boolean): TextRun {
  return new TextRun({
    text: breakableWords(run.text),
    bold: run.bold || base.bold || undefined,
    italics: run.italic || base.italics || undefined,
    strike: run.strike || undefined,
    size: base.size,
    // A run takes one character style: a link keeps the Hyperlink look and takes the code font directly.
    style: linked ? STYLE.hyperlink : run.code ? STYLE.inlineCode : undefined,
    font: linked && run.code ? target.monoFont : undefined,
  });
}

/** Runs that follow each other with the same link become one hyperlink, as a reader would select it. */
function groupByLink(runs: readonly Inline[]): { href?: string; runs: Inline[] }[] {
  const groups: { href?: string; runs: Inline[] }[] = [];
  for (const run of runs) {
    const href = run.type === 'text' ? run.href : undefined;
    const last = groups[groups.length - 1];
    if (last && last.href === href) last.runs.push(run);
    else groups.push({ href, runs: [run] });
  }
  return groups;
}

function plainRuns(runs: readonly Inline[], target: InlineTarget, base: RunBase, linked: boolean): TextRun[] {
  return runs.map((run) => (run.type === 'break' ? new TextRun({ break: 1 }) : textRun(run, target, base, linked)));
}

/**
 * Inline content as paragraph children. `#id` links go to the heading's bookmark; a link to an id that is not a
 * heading has nowhere to go in Word, so its text stays plain.
 */
export function inlineChildren(runs: readonly Inline[], target: InlineTarget, base: RunBase = {}): ParagraphChild[] {
  return groupByLink(runs).flatMap(({ href, runs: group }): ParagraphChild[] => {
    if (href === undefined) return plainRuns(group, target, base, false);
    if (href.startsWith('#')) {
      const anchor = target.bookmarks.get(href.slice(1));
      return anchor
        ? [new InternalHyperlink({ anchor, children: plainRuns(group, target, base, true) })]
        : plainRuns(group, target, base, false);
    }
    return [new ExternalHyperlink({ link: href, children: plainRuns(group, target, base, true) })];
  });
}
