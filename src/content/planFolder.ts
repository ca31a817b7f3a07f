import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic';

/**
 * The one rule for every file plansmith reads or snapshots from a plan folder: the path is resolved through any
 * symlinks, and it is read only if it really lies inside the plan folder. A symlink that stays inside is followed
 * (by every reader alike); one that leads outside, or nowhere, is refused at its own path and never read.
 */
export type Resolved = { real: string } | { refused: 'outside' | 'missing' };

/** The plan folder's real path: the root every file is checked against. */
export async function planRoot(dir: string): Promise<string> {
  return realpath(dir).catch(() => resolve(dir));
}

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** Where `path` (absolute, or relative to the working folder) really leads, if it is inside `root` (a `planRoot`). */
export async function resolveInside(root: string, path: string): Promise<Resolved> {
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    return { refused: 'missing' };
  }
  return real === root || isInside(root, real) ? { real } : { refused: 'outside' };
}

/** The problem of a refused file, at its path (relative to the plan folder); what the file holds is never read. */
export function refusedFile(file: string, refused: 'outside' | 'missing'): Diagnostic {
  const outside = refused === 'outside';
  return {
    file,
    line: 0,
    col: 0,
    path: [],
    severity: 'error',
    code: outside ? 'link-outside-plan' : 'broken-link',
    message: outside
      ? 'this is a symbolic link to a file outside the plan folder; plansmith reads only files inside it'
      : 'this is a symbolic link to a file that does not exist',
    hint: outside ? 'copy the file into the plan folder instead of linking to it' : 'remove the link, or point it at a file inside the plan folder',
  };
}

/**
 * Folders of a plan folder that are not plan content: build outputs, release archives, editor schemas and
 * installed packages. Hidden entries (.git, .DS_Store, editor swap files) are skipped too.
 */
export const NOT_CONTENT: ReadonlySet<string> = new Set(['out', 'archive', 'schemas', 'node_modules']);

/** Every symlink of the plan folder's content that leads outside it or nowhere, as `check` reports them. */
export async function refusedLinks(dir: string): Promise<Diagnostic[]> {
  return (await listPlanFolder(dir, NOT_CONTENT)).refused.map(({ path, refused }) => refusedFile(path, refused));
}

/** A file of the plan folder: its path relative to the folder (forward slashes) and where it really is. */
export interface PlanFolderFile {
  path: string;
  real: string;
}

export interface PlanFolderListing {
  files: PlanFolderFile[];
  /** Symlinks leading outside the plan folder or nowhere, by relative path. */
  refused: { path: string; refused: 'outside' | 'missing' }[];
}

/** More files than any plan holds: a folder of symlinks that multiply the paths to the same files stops here. */
export const MAX_PLAN_FILES = 10_000;

/**
 * Every file of a plan folder at any depth, in path order, through symlinks that stay inside it (a link to a folder
 * that holds it, a loop, is not followed). Hidden entries and the folders in `skip` at the top level (build outputs,
 * archives) are left out, as are the absolute paths in `exclude`.
 */
export async function listPlanFolder(dir: string, skip: ReadonlySet<string> = new Set(), exclude: readonly string[] = []): Promise<PlanFolderListing> {
  const root = await planRoot(dir);
  const excluded = new Set(await Promise.all(exclude.map((p) => planRoot(p))));
  const listing: PlanFolderListing = { files: [], refused: [] };
  // An explicit stack of folders, not recursion: the depth of a folder tree is the user's to choose.
  const stack: { real: string; rel: string; within: ReadonlySet<string> }[] = [{ real: root, rel: '', within: new Set([root]) }];
  while (stack.length) {
    const folder = stack.pop()!;
    for (const entry of await readdir(folder.real, { withFileTypes: true })) {
      const rel = folder.rel ? `${folder.rel}/${entry.name}` : entry.name;
      if (entry.name.startsWith('.') || (folder.rel === '' && skip.has(entry.name))) continue;
      let real = join(folder.real, entry.name);
      if (entry.isSymbolicLink()) {
        const resolved = await resolveInside(root, real);
        if ('refused' in resolved) {
          listing.refused.push({ path: rel, refused: resolved.refused });
          continue;
        }
        real = resolved.real;
      }
      if (excluded.has(real)) continue;
      const info = entry.isSymbolicLink() ? await stat(real) : entry;
      if (info.isDirectory() && !folder.within.has(real)) stack.push({ real, rel, within: new Set([...folder.within, real]) });
      else if (info.isFile()) listing.files.push({ path: rel, real });
      if (listing.files.length > MAX_PLAN_FILES) throw new Error(`the plan folder holds more than ${MAX_PLAN_FILES} files (counting each path through a symlinked folder)`);
    }
  }
  listing.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  listing.refused.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return listing;
}
