import type { Origin } from '../content/load';
import type { FieldPath } from '../diagnostics/diagnostic';
import type { CrossCheck, Finding } from './finding';

/** Text the CA-PMF template uses as a stand-in, which must be replaced before the plan is handed in. */
const PLACEHOLDERS: { pattern: RegExp; what: string }[] = [
  // "[System Name]", "[Insert Department Name]", "[This section ... ]" but not Markdown links or task boxes.
  // No "[" inside, so a line of many "[" is scanned once, not once from each of them.
  { pattern: /\[(?:[A-Z][^[\]\n]{2,}|[a-z]+ [^[\]\n]{2,})\](?![([:])/g, what: 'bracketed template instruction' },
  { pattern: /\bX{1,2}\/X{1,2}\/X{2,4}\b/gi, what: 'date placeholder' },
  { pattern: /\bx{2,}@x{2,}/gi, what: 'email placeholder' },
  { pattern: /\bx{3}[.-]x{3}[.-]x{4}\b/gi, what: 'phone placeholder' },
  { pattern: /(?:\bVer\.\s*|\bModel\s+|#)X[X.]{2,}\b/gi, what: 'number placeholder' },
  { pattern: /\bX\.XX?\b/g, what: 'version placeholder' },
  { pattern: /^(?:Name|Title|(?:Vendor|Publisher|Company|Department|Manufacturer|Project|System) Name)(?:\s+[–-].*)?$/g, what: 'name placeholder' },
  { pattern: /\b(?:TBD|TODO|lorem ipsum)\b/gi, what: 'unfinished text' },
];

/** Matches wherever any of PLACEHOLDERS may (case aside): one scan rules out the plain text of almost every value. */
const ANY_PLACEHOLDER = new RegExp(PLACEHOLDERS.map(({ pattern }) => `(?:${pattern.source})`).join('|'), 'i');

/** One piece of leftover template text in a string: where it starts, the text itself and its kind. */
export interface Placeholder {
  offset: number;
  text: string;
  what: string;
}

/**
 * Every placeholder in a string, in order of position. Where two kinds cover the same text ("Ver. X.XX" is a
 * number placeholder holding a version placeholder), only the kind listed first in PLACEHOLDERS counts, so
 * one leftover is one placeholder.
 */
export function placeholdersIn(value: string): Placeholder[] {
  if (!ANY_PLACEHOLDER.test(value.trim())) return [];
  // Matched on the trimmed text, since a name placeholder is the whole value; offsets are into `value`.
  const text = value.trim();
  const lead = value.length - value.trimStart().length;
  const found: Placeholder[] = [];
  // Characters already in a placeholder: a lookup per character, not a comparison with every placeholder found.
  const covered = new Uint8Array(text.length);
  for (const { pattern, what } of PLACEHOLDERS) {
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (covered.subarray(match.index, end).includes(1)) continue;
      covered.fill(1, match.index, end);
      found.push({ offset: lead + match.index, text: match[0], what });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/**
 * Calls `found` for each placeholder in every string inside `value`, with its field path. The path is built up on
 * one stack and copied only for a placeholder, as nearly every string holds none.
 */
function eachPlaceholder(value: unknown, path: (string | number)[], found: (path: FieldPath, placeholder: Placeholder) => void): void {
  if (typeof value === 'string') {
    for (const placeholder of placeholdersIn(value)) found([...path], placeholder);
  } else if (value !== null && typeof value === 'object') {
    for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
      path.push(key);
      eachPlaceholder((value as Record<string | number, unknown>)[key], path, found);
      path.pop();
    }
  }
}

/** Leftover template text, each piece at its own place in the value: a warning in drafts, an error with --strict. */
export const noPlaceholders: CrossCheck = (plan) => {
  const findings: Finding[] = [];
  for (const [origin, section] of Object.entries(plan) as [Origin, unknown][]) {
    eachPlaceholder(section, [], (path, placeholder) => findings.push(placeholderFinding(origin, path, placeholder)));
  }
  return findings;
};

function placeholderFinding(origin: Origin, path: FieldPath, { offset, text, what }: Placeholder): Finding {
  return {
    origin,
    path,
    offset,
    severity: 'warning',
    code: 'placeholder',
    message: `leftover template text (${what}): "${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`,
    hint: 'replace it with the plan\'s real content before release',
  };
}
