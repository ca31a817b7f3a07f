import { lstat, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** A file held in memory, named by its path relative to some root, with forward slashes. */
export interface FileEntry {
  path: string;
  bytes: Uint8Array;
}

/**
 * Folders of a plan folder that are not plan content: build outputs, release archives, editor schemas and
 * installed packages. Hidden entries (.git, .DS_Store, editor swap files) are skipped too.
 */
const NOT_CONTENT = new Set(['out', 'archive', 'schemas', 'node_modules']);

/**
 * Every file of a plan folder that a build may read: the section files, plan.yaml, theme.yaml, the plan's own
 * templates/ and its assets, at any depth. `exclude` names further folders to leave out (an archive kept
 * inside the plan folder). A symlink to a file is read through; a symlinked folder is skipped, so a link
 * loop cannot make the snapshot endless.
 */
export async function readPlanFiles(dir: string, exclude: readonly string[] = []): Promise<FileEntry[]> {
  const root = resolve(dir);
  const excluded = new Set(exclude.map((p) => resolve(p)));
  const files: FileEntry[] = [];
  const visit = async (folder: string, depth: number): Promise<void> => {
    const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.name.startsWith('.') || excluded.has(path) || (depth === 0 && NOT_CONTENT.has(entry.name))) continue;
      if (entry.isDirectory()) await visit(path, depth + 1);
      else if (entry.isFile() || (entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isFile())) {
        files.push({ path: toPosix(relative(root, path)), bytes: new Uint8Array(await readFile(path)) });
      }
    }
  };
  await visit(root, 0);
  return files;
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
