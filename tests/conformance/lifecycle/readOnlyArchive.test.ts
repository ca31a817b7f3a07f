/**
 * A release into an archive on a read-only file system: a real read-only bind mount (as root), since permission bits
 * mean nothing to root. Skipped where the machine allows no mount.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../fixtures/cli';
import { scratchDir } from '../../fixtures/scratch';

const CONTENT = join(import.meta.dirname, '../../../content');

function readOnlyMount(dir: string): boolean {
  try {
    execFileSync('mount', ['--bind', dir, dir], { stdio: 'ignore' });
    execFileSync('mount', ['-o', 'remount,bind,ro', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const mounted: string[] = [];

afterAll(() => {
  for (const dir of mounted) execFileSync('umount', [dir], { stdio: 'ignore' });
});

describe('release into a read-only archive', async () => {
  const root = await scratchDir('ro-archive');
  const archive = join(root, 'archive');
  await mkdir(archive);
  const canMount = readOnlyMount(archive);
  if (canMount) mounted.push(archive);

  it.skipIf(!canMount)('says the file system is read-only, exits 2, and leaves the plan and archive as they were', async () => {
    const plan = join(root, 'plan');
    await cp(CONTENT, plan, { recursive: true });
    const before = await readFile(join(plan, 'plan.yaml'), 'utf8');
    const { code, err } = await runCli('release', plan, '--minor', '--summary', 'Contacts updated.', '--archive', archive, '--date', '2027-01-10');
    expect(code).toBe(2);
    expect(err).toContain(`cannot write into "${archive}": the file system is read-only`);
    expect(err).toContain('nothing was released');
    expect(await readFile(join(plan, 'plan.yaml'), 'utf8')).toBe(before);
    expect(await readdir(archive)).toEqual([]);
    expect((await readdir(root)).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });
});
