import { sections, type Plan, type SectionId } from '../content/sections';
import type { CrossCheck, Finding } from './finding';
import { idCollections } from './ids';
import { proseValues, type FieldValue } from '../content/fieldKinds';
import { placeholdersIn } from './placeholders';

/** Glossary terms are unique, ignoring case: a second definition is an error that names the first. */
export const glossaryTermsUnique: CrossCheck = (plan) => {
  const first = new Map<string, { term: string; index: number }>();
  return (plan.glossary?.terms ?? []).flatMap(({ term }, i): Finding[] => {
    const key = term.toLowerCase();
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, { term, index: i });
      return [];
    }
    return [{
      origin: 'glossary',
      path: ['terms', i, 'term'],
      severity: 'error',
      code: 'duplicate-term',
      message: `glossary term "${term}" is already defined as "${earlier.term}" (item ${earlier.index + 1} of the list)`,
      hint: 'merge the two definitions into one',
    }];
  });
};

/**
 * An abbreviation: two or more capital letters, digits allowed after the first (SQL2, B2B), "&" inside
 * (IV&V), an optional plural "s" (UATs), and hyphenated compounds of such parts (CA-PMF).
 */
const PART = String.raw`[A-Z][A-Z0-9&]*[A-Z][A-Z0-9]*s?`;
const ABBREVIATION = new RegExp(String.raw`(?<![\p{L}\p{N}&-])${PART}(?:-${PART})*(?![\p{L}\p{N}&])`, 'gu');
const ANY_ABBREVIATION = new RegExp(ABBREVIATION.source, 'u');

/**
 * Model numbers ("ZD421", "MX85", "R660"): capitals then at least two digits, perhaps a letter after. They name a
 * product, not words, so they need no glossary entry; SQL2 or B2B, with one digit, stay abbreviations.
 */
const MODEL_NUMBER = /^[A-Z]+[0-9]{2,}[A-Z]?$/;

/** Roman numerals as plans use them to number things (I to XXXIX); C, D, L and M are left out because CD, DC, MD are real abbreviations. */
const ROMAN_NUMERAL = /^X{0,3}(?:IX|IV|V?I{0,3})$/;

/**
 * Abbreviations every reader knows, kept deliberately tiny: times of day (AM, PM), the country (US), "OK",
 * and the legal form that ends company names (LLC), which is part of a name rather than plan vocabulary.
 */
const UNIVERSAL = new Set(['AM', 'PM', 'US', 'OK', 'LLC']);

/**
 * Text in prose that is not words: code, link targets, addresses, and codes such as FRE-FW-01, ISS-003 or
 * WP2.1 (capitals, then a separator before digits), which name things rather than abbreviate words.
 * Masked with spaces so offsets stay put. Long words are masked first (see `MAX_WORD`), so the patterns that
 * backtrack within a word cost a bounded amount per character.
 */
const NOT_WORDS = [
  /```[\s\S]*?```/g,
  /`[^`\n]*`/g,
  /\]\([^)\s]*(?:\s+"[^"]*")?\)/g,
  /<[a-z]+:[^>\s]*>/gi,
  /\bhttps?:\/\/\S+/gi,
  /(?<![\p{L}\p{N}])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*[-.][0-9][\p{L}\p{N}]*(?:[-.][\p{L}\p{N}]+)*/gu,
];

const mask = (text: string, pattern: RegExp) => text.replace(pattern, (m) => ' '.repeat(m.length));

/**
 * Longer than any abbreviation, code or address a reader would look up: such a "word" (a pasted hash, a run of
 * symbols) is masked before anything else, so no pattern ever backtracks over more than this many characters.
 */
const MAX_WORD = 64;
const LONG_WORD = new RegExp(String.raw`(?<!\S)\S{${MAX_WORD + 1},}`, 'g');

/**
 * Addresses (name@host.domain): a word with an "@" after its first character and a "." at least one character
 * after that, before its last. Tested word by word without a pattern: `\S+@\S+\.\S+` backtracks in cubic time.
 */
function maskAddresses(text: string): string {
  if (!text.includes('@')) return text;
  return text.replace(/\S+/g, (word) => {
    const at = word.indexOf('@', 1);
    return at !== -1 && word.lastIndexOf('.', word.length - 2) >= at + 2 ? ' '.repeat(word.length) : word;
  });
}

/**
 * Template placeholders (XX/XX/XXXX, [Insert Name], TBD) blanked, offsets kept: leftover template text is the
 * placeholder check's to report, once, and not an abbreviation ("XXXX") to define.
 */
function maskPlaceholders(text: string): string {
  let masked = '';
  let end = 0;
  for (const { offset, text: placeholder } of placeholdersIn(text)) {
    masked += text.slice(end, offset) + ' '.repeat(placeholder.length);
    end = offset + placeholder.length;
  }
  return masked + text.slice(end);
}

/** Characters an id is written in; an id made only of these is found by looking its token up in a set. */
const ID_CHARS = /^[\p{L}\p{N}._-]+$/u;
const ID_TOKEN = /(?<![\p{L}\p{N}._-])[\p{L}\p{N}._-]+/gu;
const ALPHANUMERIC = /[\p{L}\p{N}]/u;

/**
 * A function that blanks out every whole id the plan defines (WP2.1, AC-03, SAC-HQ) in a text, built once per plan:
 * WP1 is not found inside WP1.1, but is in "see WP1." at the end of a sentence. Ids of the usual characters are
 * looked up token by token, so the cost does not grow with the number of ids; any other id falls back to a pattern.
 */
export function idMask(ids: Iterable<string>): (text: string) => string {
  const plain = new Set<string>();
  const other: string[] = [];
  for (const id of ids) {
    if (ID_CHARS.test(id)) plain.add(id);
    else if (id) other.push(id);
  }
  const pattern = other.length
    ? new RegExp(`(?<![\\p{L}\\p{N}._-])(?:${other.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])`, 'gu')
    : undefined;
  return (text) => {
    let masked = plain.size ? text.replace(ID_TOKEN, (token) => blankLongestId(token, plain)) : text;
    if (pattern) masked = mask(masked, pattern);
    return masked;
  };
}

/** The token with its longest leading id blanked; an id ends where the token does or at a "." not followed by a letter or digit. */
function blankLongestId(token: string, ids: ReadonlySet<string>): string {
  for (let end = token.length; end > 0; end = token.lastIndexOf('.', end - 1)) {
    if (end < token.length && (token[end] !== '.' || ALPHANUMERIC.test(token[end + 1] ?? ''))) continue;
    if (ids.has(token.slice(0, end))) return ' '.repeat(end) + token.slice(end);
  }
  return token;
}

/**
 * The abbreviations of a prose text, with their offsets, leaving out template placeholders and what is not words;
 * `maskIds` (see `idMask`) hides the ids the plan defines.
 */
export function abbreviationsIn(text: string, maskIds: (text: string) => string = (t) => t): { abbreviation: string; offset: number }[] {
  // Masking only turns characters into spaces, around whole words and codes: text with no abbreviation-like word
  // before it has none after, and most prose needs no masking at all.
  if (!ANY_ABBREVIATION.test(text)) return [];
  const words = maskIds(maskAddresses(NOT_WORDS.reduce(mask, mask(maskPlaceholders(text), LONG_WORD))));
  return [...words.matchAll(ABBREVIATION)].map((m) => ({ abbreviation: m[0], offset: m.index }));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Abbreviations a glossary defines: each term, and each abbreviation inside a term ("Extract, Transform, Load (ETL)"). */
export function definedAbbreviations(terms: readonly string[]): Set<string> {
  return new Set(terms.flatMap((term) => [term.trim(), ...abbreviationsIn(term).map((a) => a.abbreviation)]));
}

/** Whether an abbreviation needs no glossary entry of its own. */
export function isDefined(abbreviation: string, defined: ReadonlySet<string>): boolean {
  const known = (word: string) =>
    defined.has(word) || (word.endsWith('s') && defined.has(word.slice(0, -1))) || ROMAN_NUMERAL.test(word) || MODEL_NUMBER.test(word) || UNIVERSAL.has(word);
  return known(abbreviation) || (abbreviation.includes('-') && abbreviation.split('-').every(known));
}

/** The singular form, so "UAT" and "UATs" are one abbreviation. */
const baseForm = (abbreviation: string) => abbreviation.replace(/(?<=[A-Z0-9])s$/, '');

/**
 * Every abbreviation used in prose is defined in the Glossary: a warning, once per abbreviation, at its
 * first use (plan.yaml first, then the sections in template order). Only plans with a glossary are checked.
 */
export const abbreviationsDefined: CrossCheck = (plan: Plan) => {
  if (!plan.glossary) return [];
  const defined = definedAbbreviations(plan.glossary.terms.map((t) => t.term));
  const maskIds = idMask(idCollections(plan).flatMap((c) => c.entries.map((e) => e.id)));
  const uses = new Map<string, { first: FieldValue<string>; abbreviation: string; offset: number; count: number }>();
  for (const value of proseValues(plan)) {
    for (const { abbreviation, offset } of abbreviationsIn(value.value, maskIds)) {
      if (isDefined(abbreviation, defined)) continue;
      const key = baseForm(abbreviation);
      const use = uses.get(key);
      if (use) use.count++;
      else uses.set(key, { first: value, abbreviation, offset, count: 1 });
    }
  }
  const inProse = [...uses.values()].map(({ first, abbreviation, offset, count }): Finding => ({
    origin: first.origin,
    path: first.path,
    offset,
    severity: 'warning' as const,
    code: 'undefined-abbreviation',
    message: `abbreviation "${abbreviation}" is not defined in the Glossary`,
    hint: `add "${baseForm(abbreviation)}" to glossary.yaml, or write it out (used ${count} time${count === 1 ? '' : 's'} in prose)`,
  }));
  return [...inProse, ...templateAbbreviationsUndefined(plan, defined, new Set(uses.keys()))];
};

/** What the built-in templates and layout write for each section outside the plan's own words: headings and column names (a test keeps this in step with templates/). */
export const TEMPLATE_ABBREVIATIONS: Partial<Record<SectionId, readonly string[]>> = {
  hardware: ['ID'],
  implementationSchedule: ['ID'],
  knownIssues: ['ID'],
  personnel: ['FTE'],
  software: ['ID', 'COTS'],
  staffing: ['FTE'],
  systemAcceptance: ['ID'],
};

/**
 * Abbreviations the built-in templates add to the document for the sections the plan has, that its Glossary
 * does not define: one warning each, at the glossary's terms, naming the sections that write it. Those the
 * plan's prose also uses are reported there instead.
 */
function templateAbbreviationsUndefined(plan: Plan, defined: ReadonlySet<string>, reported: ReadonlySet<string>): Finding[] {
  const writers = new Map<string, string[]>();
  for (const [id, abbreviations] of Object.entries(TEMPLATE_ABBREVIATIONS) as [SectionId, string[]][]) {
    if (plan[id] === undefined) continue;
    for (const abbreviation of abbreviations) {
      if (isDefined(abbreviation, defined) || reported.has(abbreviation)) continue;
      writers.set(abbreviation, [...(writers.get(abbreviation) ?? []), sections[id].title]);
    }
  }
  return [...writers].map(([abbreviation, titles]) => ({
    origin: 'glossary',
    path: ['terms'],
    severity: 'warning',
    code: 'undefined-abbreviation',
    message: `abbreviation "${abbreviation}" is written by the document's ${titles.join(', ')} section${titles.length === 1 ? '' : 's'}, but is not defined in the Glossary`,
    hint: `add "${abbreviation}" to glossary.yaml`,
  }));
}
