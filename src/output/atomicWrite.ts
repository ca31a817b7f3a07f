import { randomBytes } from 'node:crypto';
import { access, constants, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Writes a file so that readers see either the old content or the complete new one, never a partial file:
 * the bytes go to a temporary file in the same folder, are flushed to disk, and replace the target by rename.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `${tempPrefix(path)}${process.pid}-${randomBytes(4).toString('hex')}`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

function tempPrefix(path: string): string {
  return `.${basename(path)}.tmp-`;
}

/**
 * Removes temporary files a killed writer left beside `path` (a rename that never happened). Only those of processes
 * that are gone: a concurrent build writing into the same folder keeps its own.
 */
export async function removeStaleTemporaries(path: string): Promise<void> {
  await removeLeftovers(dirname(path), tempPrefix(path));
}

/**
 * Removes the entries of `dir` whose name starts with `prefix` and holds the id of a process no longer running:
 * right after the prefix (`<prefix><pid>-<random>`), or where `pid` finds it.
 */
export async function removeLeftovers(dir: string, prefix: string, pid = /^(\d+)/): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const owner = (name: string) => Number(pid.exec(name.slice(prefix.length))?.[1]);
  const stale = names.filter((n) => n.startsWith(prefix) && pid.test(n.slice(prefix.length)) && !isRunning(owner(n)));
  await Promise.all(stale.map((n) => rm(join(dir, n), { recursive: true, force: true })));
}

/** Whether a process of this id runs (signal 0 only asks); one of another user counts as running. */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Fails, as the file system would, when files cannot be written into `dir` (created if missing): a file in the way,
 * or a read-only or forbidden folder. Run before the work whose results go there, so no build is wasted.
 */
export async function assertWritableFolder(dir: string): Promise<void> {
  let existing = resolve(dir);
  while (!(await stat(existing).catch(() => undefined)) && dirname(existing) !== existing) existing = dirname(existing);
  if (!(await stat(existing)).isDirectory()) {
    // The folder itself is a file: "in the way", as mkdir would say; a file further up: "part of the path".
    const inTheWay = existing === resolve(dir);
    throw Object.assign(new Error(`${existing} is not a folder`), { code: inTheWay ? 'EEXIST' : 'ENOTDIR', path: existing, syscall: inTheWay ? 'mkdir' : 'write into' });
  }
  await access(existing, constants.W_OK).catch((error: { code?: string }) => {
    throw Object.assign(new Error(`cannot write into ${existing}`), { code: error.code, path: existing, syscall: 'write into' });
  });
}
