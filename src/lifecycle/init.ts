import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isScalar, parseDocument } from 'yaml';
import { jsonSchemas } from '../content/jsonSchema';
import { META_FILE } from '../content/sections';
import { readPlanFiles, writeFiles, type FileEntry } from './snapshot';

/** The files `init` copies: plan.yaml and every section file, with guidance comments and placeholders. */
export const STARTER_DIR = fileURLToPath(new URL('../../templates/starter/', import.meta.url));

/** `init` was pointed at something it must not touch. */
export class InitRefused extends Error {}

export interface InitOptions {
  /** The day the plan is started (YYYY-MM-DD): the date of its first version-history entry. */
  date: string;
  starterDir?: string;
}

/**
 * Creates a plan folder from the starter: every section file, `schemas/` for editor completion and a
 * `.gitignore` for build outputs. The folder is assembled beside its destination and renamed into place,
 * so an interrupted init leaves nothing half-written. Refuses an existing folder that is not empty.
 */
export async function initPlan(dir: string, options: InitOptions): Promise<{ files: string[] }> {
  const target = resolve(dir);
  const info = await stat(target).catch(() => undefined);
  if (info && !info.isDirectory()) throw new InitRefused(`"${dir}" exists and is not a folder`);
  if (info && (await readdir(target)).length > 0) throw new InitRefused(`"${dir}" is not empty; init only creates a new plan folder or fills an empty one`);

  const files = await starterFiles(options);
  const temp = join(dirname(target), `.${basename(target)}.init-${process.pid}`);
  try {
    await rm(temp, { recursive: true, force: true });
    await mkdir(temp, { recursive: true });
    await writeFiles(temp, files);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  return { files: files.map((f) => f.path) };
}

/** The starter's files with the first history entry dated, plus schemas and .gitignore. */
export async function starterFiles(options: InitOptions): Promise<FileEntry[]> {
  const encode = (text: string) => new TextEncoder().encode(text);
  const starter = await readPlanFiles(options.starterDir ?? STARTER_DIR);
  const dated = starter.map((f) => (f.path === META_FILE ? { path: f.path, bytes: encode(withFirstVersionDate(new TextDecoder().decode(f.bytes), options.date)) } : f));
  const schemas = Object.entries(jsonSchemas()).map(([name, schema]) => ({ path: `schemas/${name}`, bytes: encode(`${JSON.stringify(schema, null, 2)}\n`) }));
  return [...dated, ...schemas, { path: '.gitignore', bytes: encode('out/\n') }];
}

/** Replaces the date of the first version-history entry in place, keeping every other byte. */
export function withFirstVersionDate(text: string, date: string): string {
  const node = parseDocument(text).getIn(['versions', 0, 'date'], true);
  if (!isScalar(node) || !node.range) throw new Error('the starter plan.yaml has no versions[0].date to set');
  return text.slice(0, node.range[0]) + date + text.slice(node.range[1]);
}
