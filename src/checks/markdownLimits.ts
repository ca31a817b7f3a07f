import { LIMITS } from '../content/limits';
import { proseValues } from '../content/fieldKinds';
import type { CrossCheck, Finding } from './finding';

/** Where prose goes past a limit of Markdown (see `LIMITS`): its offset, and what to say. */
export interface MarkdownLimit {
  offset: number;
  code: 'too-deep' | 'table-too-long';
  message: string;
  hint: string;
}

/** A code fence, at any indentation (one inside a list item is indented with it). */
const FENCE = /^[ \t]*(?:```|~~~)/;

/**
 * The first place in a Markdown text nested deeper than `LIMITS.markdownDepth` (lists and block quotes), or the row
 * past `LIMITS.tableRows` in a table. Nesting is counted from the start of each line, as an upper bound of what the
 * Markdown parser makes of it: each ">" and list marker is a level, and so is every two spaces of indentation (the
 * least a nested list is indented by). One pass over the text; code fences are skipped.
 */
export function markdownLimit(text: string): MarkdownLimit | undefined {
  let inFence = false;
  let tableRows = 0;
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    // Reported at the line's first character that is not a space: where the finding can be located.
    const offset = start + line.length - line.trimStart().length;
    if (FENCE.test(line)) inFence = !inFence;
    else if (!inFence) {
      const depth = nestingOf(line);
      if (depth > LIMITS.markdownDepth) {
        return { offset, code: 'too-deep', message: `lists and block quotes are nested more than ${LIMITS.markdownDepth} levels deep here`, hint: 'flatten the list: no document nests this deep' };
      }
      tableRows = line.includes('|') ? tableRows + 1 : 0;
      // Two lines more: the header row and the row of dashes below it.
      if (tableRows > LIMITS.tableRows + 2) {
        return { offset, code: 'table-too-long', message: `this table has more than ${LIMITS.tableRows} rows, the most a table may hold`, hint: 'split the table, or summarise it' };
      }
    }
    start = end + 1;
  }
  return undefined;
}

function nestingOf(line: string): number {
  let depth = 0;
  let spaces = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === ' ') spaces++;
    else if (c === '\t') spaces += 4;
    else if (c === '>') depth++;
    else if ((c === '-' || c === '*' || c === '+') && (line[i + 1] === ' ' || line[i + 1] === '\t')) depth++;
    else if (c >= '0' && c <= '9') {
      let j = i;
      while (j < line.length && line[j] >= '0' && line[j] <= '9') j++;
      if ((line[j] !== '.' && line[j] !== ')') || (line[j + 1] !== ' ' && line[j + 1] !== '\t')) break;
      depth++;
      i = j;
    } else break;
  }
  return depth + Math.ceil(spaces / 2);
}

/** Prose nested too deep, or with a table too long, to be laid out: an error at the place. */
export const markdownWithinLimits: CrossCheck = (plan) => {
  const findings: Finding[] = [];
  for (const { origin, path, value } of proseValues(plan)) {
    const limit = markdownLimit(value);
    if (limit) findings.push({ origin, path, offset: limit.offset, severity: 'error', code: limit.code, message: limit.message, hint: limit.hint });
  }
  return findings;
};
