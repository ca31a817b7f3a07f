import { createHash } from 'node:crypto';
import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';

/**
 * docx writes things that change from run to run: "now" in docProps/core.xml, the current time on every zip entry,
 * random relationship ids for external links, bookmark numbers from a counter the whole process shares, and a random
 * key for each embedded font. These
 * functions replace each with a value that depends only on the document, so the same tree gives the same bytes.
 */

/** `created` and `modified` become the version's date at midnight UTC. */
export function fixCoreDates(coreXml: string, date: string): string {
  const stamp = `${date}T00:00:00Z`;
  return coreXml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
}

/**
 * Relationship ids that are not docx's sequential `rIdN` (its random hyperlink ids) are renamed `rIdLinkN` in the
 * order the relationships file lists them, in the relationships file and in the part that uses them.
 */
export function fixRelationshipIds(relsXml: string, partXml: string): { rels: string; part: string } {
  const renamed = new Map<string, string>();
  for (const [, id] of relsXml.matchAll(/<Relationship\b[^>]*\bId="([^"]+)"/g)) {
    if (!/^rId\d+$/.test(id) && !renamed.has(id)) renamed.set(id, `rIdLink${renamed.size + 1}`);
  }
  if (renamed.size === 0) return { rels: relsXml, part: partXml };
  const rels = relsXml.replace(/(<Relationship\b[^>]*\bId=")([^"]+)"/g, (whole, head: string, id: string) =>
    renamed.has(id) ? `${head}${renamed.get(id)}"` : whole,
  );
  const part = partXml.replace(/(\br:id=")([^"]+)"/g, (whole, head: string, id: string) => (renamed.has(id) ? `${head}${renamed.get(id)}"` : whole));
  return { rels, part };
}

/**
 * Bookmark ids are numbered 1, 2, ... in the order the bookmarks start, and the table of contents' `_TocN` names in
 * the order they first appear (the TOC's own links come before the headings they point to).
 */
export function fixBookmarks(partXml: string): string {
  const ids = new Map<string, number>();
  for (const [, id] of partXml.matchAll(/<w:bookmarkStart\b[^>]*\bw:id="(\d+)"/g)) if (!ids.has(id)) ids.set(id, ids.size + 1);
  const withIds = partXml.replace(/(<w:bookmark(?:Start|End)\b[^>]*\bw:id=")(\d+)"/g, (whole, head: string, id: string) =>
    ids.has(id) ? `${head}${ids.get(id)}"` : whole,
  );
  const names = new Map<string, number>();
  // Only where a bookmark name can stand, so text that happens to read "_Toc5" is left alone.
  return withIds.replace(/(w:name="|w:anchor="|PAGEREF )_Toc(\d+)\b/g, (_, head: string, n: string) => {
    if (!names.has(n)) names.set(n, names.size + 1);
    return `${head}_Toc${names.get(n)}`;
  });
}

/** Zip entry times are local DOS times: a local-time Date gives the same bytes in every time zone. */
function entryTime(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Math.min(year, 2099), month - 1, date);
}

const relsPathOf = (part: string): string => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/**
 * An embedded font is stored obfuscated: its first 32 bytes XORed with its key, a GUID that `w:fontKey` in the font
 * table gives (its bytes taken from the last hex pair to the first). docx draws the key at random; here each font
 * file gets a key made from a hash of the font itself, and is obfuscated again with it.
 */
export function fixFontKeys(fontTableXml: string, relsXml: string, fonts: ReadonlyMap<string, Uint8Array>): { fontTable: string; fonts: Map<string, Uint8Array> } {
  const targets = new Map([...relsXml.matchAll(/<Relationship\b[^>]*\bId="([^"]+)"[^>]*\bTarget="([^"]+)"/g)].map((m) => [m[1], `word/${m[2]}`]));
  const fixed = new Map<string, Uint8Array>();
  const fontTable = fontTableXml.replace(/<w:embed\w+\b[^>]*>/g, (element) => {
    const id = /\br:id="([^"]+)"/.exec(element)?.[1];
    const key = /\bw:fontKey="\{([0-9A-Fa-f-]{36})\}"/.exec(element)?.[1];
    const path = id === undefined ? undefined : targets.get(id);
    const stored = path === undefined ? undefined : fonts.get(path);
    if (!key || !path || !stored) return element;
    const font = obfuscate(stored, key);
    const digest = createHash('sha256').update(font).digest('hex').toUpperCase();
    const fixedKey = `${digest.slice(0, 8)}-${digest.slice(8, 12)}-${digest.slice(12, 16)}-${digest.slice(16, 20)}-${digest.slice(20, 32)}`;
    fixed.set(path, obfuscate(font, fixedKey));
    return element.replace(key, fixedKey);
  });
  return { fontTable, fonts: fixed };
}

/** XORs the first 32 bytes with the key's bytes, last first: it obfuscates a font and undoes its own obfuscation. */
function obfuscate(font: Uint8Array, key: string): Uint8Array {
  const bytes = key.replace(/-/g, '').match(/../g)!.map((pair) => Number.parseInt(pair, 16)).reverse();
  const out = font.slice();
  for (let i = 0; i < Math.min(32, out.length); i++) out[i] ^= bytes[i % bytes.length];
  return out;
}

/** The day a package is dated at: the version's date, or the zip epoch when that is not a YYYY-MM-DD date. */
const ZIP_EPOCH = '1980-01-01';
const dayOf = (date: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(date) && Number(date.slice(0, 4)) >= 1980 ? date : ZIP_EPOCH);

/** A package's files by path, as docx compiles them: XML parts as text, media as bytes. */
export type PackageFiles = ReadonlyMap<string, string | Uint8Array>;

/** Media is stored as it is: PNG and JPEG are compressed already, and deflating them again gains nothing. */
const STORED = /\.(png|jpe?g)$/i;

/**
 * The package zipped with every run-to-run difference fixed, `[Content_Types].xml` first and fixed times.
 * `editDocument`, when given, also rewrites the main document part in the same pass (what docx has no option for).
 */
export function reproducible(files: PackageFiles, versionDate: string, editDocument?: (documentXml: string) => string): Uint8Array {
  const date = dayOf(versionDate);
  const text = new Map<string, string>();
  const read = (path: string): string => {
    const data = text.get(path) ?? files.get(path)!;
    return typeof data === 'string' ? data : strFromU8(data);
  };
  if (editDocument && files.has('word/document.xml')) text.set('word/document.xml', editDocument(read('word/document.xml')));

  for (const path of [...files.keys()].filter((p) => /^word\/[^/]+\.xml$/.test(p))) {
    let part = fixBookmarks(read(path));
    const relsPath = relsPathOf(path);
    if (files.has(relsPath)) {
      const fixed = fixRelationshipIds(read(relsPath), part);
      text.set(relsPath, fixed.rels);
      part = fixed.part;
    }
    text.set(path, part);
  }
  if (files.has('docProps/core.xml')) text.set('docProps/core.xml', fixCoreDates(read('docProps/core.xml'), date));
  const bytes = new Map<string, Uint8Array>();
  if (files.has('word/fontTable.xml') && files.has('word/_rels/fontTable.xml.rels')) {
    const stored = new Map([...files].filter((entry): entry is [string, Uint8Array] => entry[0].startsWith('word/fonts/') && typeof entry[1] !== 'string'));
    const keyed = fixFontKeys(read('word/fontTable.xml'), read('word/_rels/fontTable.xml.rels'), stored);
    text.set('word/fontTable.xml', keyed.fontTable);
    for (const [path, font] of keyed.fonts) bytes.set(path, font);
  }

  const order = [...files.keys()].sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  const mtime = entryTime(date);
  const zippable: Zippable = {};
  for (const path of order) {
    const data = text.get(path) ?? bytes.get(path) ?? files.get(path)!;
    zippable[path] = [typeof data === 'string' ? strToU8(data) : data, { mtime, level: STORED.test(path) ? 0 : 6 }];
  }
  return zipSync(zippable);
}
