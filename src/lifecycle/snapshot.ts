import { lstat, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { listPlanFolder, NOT_CONTENT } from '../content/planFolder';

/** A file held in memory, named by its path relative to some root, with forward slashes. */
export interface FileEntry {
  path: string;
  bytes: Uint8Array;
}

/** A snapshot refused because a file of the plan folder is a symlink leading outside it (or nowhere). */
export class SnapshotRefused extends Error {}

/**
 * Every file of a plan folder that a build may read: the section files, plan.yaml, theme.yaml, the plan's own
 * templates/ and its assets, at any depth. `exclude` names further folders to leave out (an archive kept
 * inside the plan folder). Symlinks are followed by the plan-folder rule (see `listPlanFolder`): one leading
 * outside the folder refuses the whole snapshot, so nothing from outside is ever copied into an archive.
 */
export async function readPlanFiles(dir: string, exclude: readonly string[] = []): Promise<FileEntry[]> {
  const listing = await listPlanFolder(dir, NOT_CONTENT, exclude);
  if (listing.refused.length) {
    const { path, refused } = listing.refused[0];
    throw new SnapshotRefused(`"${path}" is a symbolic link to ${refused === 'outside' ? 'a file outside the plan folder' : 'nothing'}; copy the file into the plan folder instead of linking to it`);
  }
  return Promise.all(listing.files.map(async (file) => ({ path: file.path, bytes: new Uint8Array(await readFile(file.real)) })));
}

/** The built-in template files a build reads (layout, theme, section templates, partials), under `templates/`. */
export async function readTemplateFiles(builtInDir: string): Promise<FileEntry[]> {
  const files: FileEntry[] = [];
  for (const name of ['layout.yaml', 'theme.yaml']) {
    const bytes = await readFile(join(builtInDir, name)).catch(() => undefined);
    if (bytes) files.push({ path: `templates/${name}`, bytes: new Uint8Array(bytes) });
  }
  for (const folder of ['partials', 'sections']) {
    const names = (await readdir(join(builtInDir, folder)).catch(() => [] as string[])).filter((n) => n.endsWith('.hbs')).sort();
    for (const name of names) files.push({ path: `templates/${folder}/${name}`, bytes: new Uint8Array(await readFile(join(builtInDir, folder, name))) });
  }
  return files;
}

/** Writes files under `root`, creating folders as needed. */
export async function writeFiles(root: string, files: readonly FileEntry[]): Promise<void> {
  for (const file of files) {
    const path = join(root, ...file.path.split('/'));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.bytes);
  }
}

/** Every regular file under `root`, as relative paths with forward slashes, sorted. */
export async function listFiles(root: string): Promise<string[]> {
  const paths: string[] = [];
  const visit = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await visit(path);
      else paths.push(toPosix(relative(root, path)));
    }
  };
  await visit(root);
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export async function exists(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => undefined)) !== undefined;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
