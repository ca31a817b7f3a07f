import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { conformSections, type ImportedFile, type ImportOptions } from './conformSections';
import { finishDrafts } from './finish';
import { mapOutline } from './map';
import type { Block } from './outline';
import { readDocx } from './readDocx';
import { readMarkdown } from './readMarkdown';
import { readText } from './readText';
import { importReport } from './report';
import { writeImport } from './write';

export { ImportRefused } from './write';

/** Readers by file extension; each gives the outline and a word for the report. */
const READERS: Record<string, (bytes: Uint8Array) => Promise<{ blocks: Block[]; reader: string; assets?: Map<string, Uint8Array> }>> = {
  '.docx': async (bytes) => ({ ...(await readDocx(bytes)), reader: 'Word document, read with mammoth' }),
  '.md': async (bytes) => ({ blocks: readMarkdown(decode(bytes)), reader: 'Markdown' }),
  '.markdown': async (bytes) => ({ blocks: readMarkdown(decode(bytes)), reader: 'Markdown' }),
  '.txt': async (bytes) => ({ blocks: readText(decode(bytes)), reader: 'plain text' }),
  '.text': async (bytes) => ({ blocks: readText(decode(bytes)), reader: 'plain text' }),
};

export const IMPORT_EXTENSIONS = Object.keys(READERS);

/** The file's extension is not one import reads. */
export class UnsupportedImport extends Error {}

export interface ImportResult {
  files: string[];
  sections: number;
  decisions: number;
}

/** Reads a plan document and writes it as a plan folder with IMPORT.md; refuses a non-empty folder. */
export async function importPlan(file: string, dir: string, options: Omit<ImportOptions, 'source'>): Promise<ImportResult> {
  const read = READERS[extname(file).toLowerCase()];
  if (!read) throw new UnsupportedImport(`cannot import "${file}": expected one of ${IMPORT_EXTENSIONS.join(', ')}`);
  const { blocks, reader, assets } = await read(new Uint8Array(await readFile(file)));
  const { files: imported, unmatched } = importBlocks(blocks, { ...options, source: basename(file) });
  const files = await writeImport(dir, imported, importReport(imported, unmatched, basename(file), reader), assets);
  return { files, sections: imported.length - 1, decisions: imported.reduce((n, f) => n + f.decisions.length, 0) };
}

/** The pure part: outline to conformed files (plan.yaml first). */
export function importBlocks(blocks: Block[], options: ImportOptions): { files: ImportedFile[]; unmatched: string[] } {
  const mapped = mapOutline(blocks, options);
  const calendar = finishDrafts(mapped.sections, options);
  return { files: conformSections({ ...mapped, ...calendar }, options), unmatched: mapped.unmatched };
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
}
