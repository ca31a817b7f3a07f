import type { Origin } from '../content/load';
import type { FieldPath } from '../diagnostics/diagnostic';
import type { CrossCheck, Finding } from './finding';

/** Text the CA-PMF template uses as a stand-in, which must be replaced before the plan is handed in. */
const PLACEHOLDERS: { pattern: RegExp; what: string }[] = [
  // "[System Name]", "[Insert Department Name]", "[This section ... ]" but not Markdown links or task boxes.
  { pattern: /\[(?:[A-Z][^\]\n]{2,}|[a-z]+ [^\]\n]{2,})\](?![([:])/, what: 'bracketed template instruction' },
  { pattern: /\bX{1,2}\/X{1,2}\/X{2,4}\b/i, what: 'date placeholder' },
  { pattern: /\bx{2,}@x{2,}/i, what: 'email placeholder' },
  { pattern: /\bx{3}[.-]x{3}[.-]x{4}\b/i, what: 'phone placeholder' },
  { pattern: /(?:\bVer\.\s*|\bModel\s+|#)X[X.]{2,}\b/i, what: 'number placeholder' },
  { pattern: /\bX\.XX?\b/, what: 'version placeholder' },
  { pattern: /^(?:Name|Title|(?:Vendor|Publisher|Company|Department|Manufacturer|Project|System) Name)(?:\s+[–-].*)?$/, what: 'name placeholder' },
  { pattern: /\b(?:TBD|TODO|lorem ipsum)\b/i, what: 'unfinished text' },
];

/** Every string value of the plan with the file it comes from and its field path. */
export function* stringValues(value: unknown, origin: Origin, path: FieldPath = []): Generator<{ origin: Origin; path: FieldPath; text: string }> {
  if (typeof value === 'string') yield { origin, path, text: value };
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* stringValues(value[i], origin, [...path, i]);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) yield* stringValues(child, origin, [...path, key]);
  }
}

/** Leftover template text: a warning in drafts, an error with --strict. */
export const noPlaceholders: CrossCheck = (plan) => {
  const findings: Finding[] = [];
  for (const [origin, section] of Object.entries(plan) as [Origin, unknown][]) {
    for (const { path, text } of stringValues(section, origin)) {
      const hit = PLACEHOLDERS.find(({ pattern }) => pattern.test(text.trim()));
      if (!hit) continue;
      const match = hit.pattern.exec(text.trim())![0];
      findings.push({
        origin,
        path,
        severity: 'warning',
        code: 'placeholder',
        message: `leftover template text (${hit.what}): "${match.length > 60 ? `${match.slice(0, 57)}...` : match}"`,
        hint: 'replace it with the plan\'s real content before release',
      });
    }
  }
  return findings;
};
