import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * What an author types over the starter's placeholders, one rule per kind of placeholder the starter uses.
 * Applied to the files' text, so comments are kept (the guidance in them may change; it is not content).
 */
const REPLACEMENTS: [RegExp, string][] = [
  // Bracketed template instructions, including those a folded paragraph wraps over two lines.
  [/\[[^\][]+\](?![(:])/g, 'Agreed with the project team'],
  [/XX\/XX\/XXXX/g, 'March 1, 2027'],
  [/xxxx@xxx\.xxxx/g, 'jane.doe@agency.example.gov'],
  [/xxx\.xxx\.xxxx/g, '916-555-0100'],
  [/\bX\.X\b/g, '1.0'],
  // "Name" alone, or "Name – Role" in key staff.
  [/(?<=: )Name$|(?<=- )Name(?= –)/gm, 'Jane Doe'],
];

export function fillText(text: string): string {
  return REPLACEMENTS.reduce((t, [pattern, value]) => t.replace(pattern, value), text);
}

/** Fills every placeholder of a plan folder made by `plansmith init`. */
export async function fillPlaceholders(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.yaml')) continue;
    const path = join(dir, name);
    await writeFile(path, fillText(await readFile(path, 'utf8')));
  }
}
