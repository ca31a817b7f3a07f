/**
 * How names, roles and organisations are compared when one field refers to another: the way people type
 * them, not byte for byte. Case, spacing, Unicode composition (NFC vs the NFD that macOS writes) and a
 * plural ("Site Coordinators" for "Site Coordinator") make no difference. Invisible characters do: they are
 * removed for the comparison, and the check says where they are, because they are rarely intended.
 */

/** Unicode format characters (category Cf): direction marks, zero-width spaces and joiners, BOM, soft hyphen. */
const INVISIBLE = /\p{Cf}/gu;

const INVISIBLE_NAMES: [RegExp, string][] = [
  [/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/u, 'an invisible direction mark'],
  [/\u200B/u, 'a zero-width space'],
  [/[\u200C\u200D]/u, 'an invisible joiner'],
  [/\uFEFF/u, 'a byte order mark (zero-width no-break space)'],
  [/\u00AD/u, 'a soft hyphen'],
  [/\u2060/u, 'a word joiner'],
];

/** The invisible characters of a text, each as "U+202C, an invisible direction mark", in order, once each. */
export function invisibleCharacters(text: string): string[] {
  const found = [...new Set(text.match(INVISIBLE) ?? [])];
  return found.map((char) => {
    const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    const name = INVISIBLE_NAMES.find(([pattern]) => pattern.test(char))?.[1] ?? 'an invisible formatting character';
    return `${code}, ${name}`;
  });
}

/** The text without its invisible characters, composed (NFC). */
export function visibleText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '');
}

/** English plural to singular, for the last word of a role: "coordinators" -> "coordinator", "parties" -> "party". */
function singular(key: string): string {
  if (/[^aeiou]ies$/.test(key)) return `${key.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(key)) return key.slice(0, -2);
  if (/[^su]s$/.test(key)) return key.slice(0, -1);
  return key;
}

/** The form two references are compared in: visible text, NFC, single spaces, lower case, singular. */
export function nameKey(text: string): string {
  return singular(visibleText(text).trim().replace(/\s+/g, ' ').toLowerCase());
}

/** Whether two references name the same person, role or organisation. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}
