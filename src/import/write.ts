import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Document } from 'yaml';
import { jsonSchemas } from '../content/jsonSchema';
import { writeFiles, type FileEntry } from '../lifecycle/snapshot';
import type { ImportedFile } from './conformSections';

/** `import` was pointed at a folder it must not write into. */
export class ImportRefused extends Error {}

/** One YAML file: the `$schema` line, kept text as comments, then the data. */
export function yamlText(file: ImportedFile): string {
  const doc = new Document(dropUndefined(file.data));
  const lines = [` yaml-language-server: $schema=schemas/${file.schema}`];
  if (file.comment) lines.push('', ' Text of the imported document that has no field here (see IMPORT.md):', ...file.comment.split('\n').map((l) => ` ${l}`));
  doc.commentBefore = lines.join('\n');
  return doc.toString({ lineWidth: 110, minContentWidth: 40, blockQuote: 'literal' });
}

/**
 * Writes the files, the pictures they name (of `assets`, read from the document), schemas/, .gitignore and
 * IMPORT.md into a new or empty folder, all or nothing.
 */
export async function writeImport(dir: string, files: ImportedFile[], report: string, assets = new Map<string, Uint8Array>()): Promise<string[]> {
  const target = resolve(dir);
  const info = await stat(target).catch(() => undefined);
  if (info && !info.isDirectory()) throw new ImportRefused(`"${dir}" exists and is not a folder`);
  if (info && (await readdir(target)).length > 0) throw new ImportRefused(`"${dir}" is not empty; import only writes a new plan folder or fills an empty one`);
  const encode = (text: string) => new TextEncoder().encode(text);
  const texts = files.map((f) => ({ path: f.file, text: yamlText(f) }));
  // A chart plansmith drew (a Gantt chart) is printed again from the schedule: its picture is named nowhere.
  const named = [...assets].filter(([path]) => texts.some((t) => t.text.includes(path)));
  const entries: FileEntry[] = [
    ...texts.map((t) => ({ path: t.path, bytes: encode(t.text) })),
    ...named.map(([path, bytes]) => ({ path, bytes })),
    { path: 'IMPORT.md', bytes: encode(report) },
    ...Object.entries(jsonSchemas()).map(([name, schema]) => ({ path: `schemas/${name}`, bytes: encode(`${JSON.stringify(schema, null, 2)}\n`) })),
    { path: '.gitignore', bytes: encode('out/\n') },
  ];
  const temp = join(dirname(target), `.${basename(target)}.import-${process.pid}`);
  try {
    await rm(temp, { recursive: true, force: true });
    await mkdir(temp, { recursive: true });
    await writeFiles(temp, entries);
    if (info) await rm(target, { recursive: true });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  return entries.map((e) => e.path);
}

function dropUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropUndefined);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, dropUndefined(v)]));
  return value;
}
