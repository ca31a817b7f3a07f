import { spawnSync } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { assertWritableFolder, isRunning, removeStaleTemporaries } from '../../src/output/atomicWrite';
import { runCli } from '../fixtures/cli';
import { scratchDir } from '../fixtures/scratch';

let dir: string;
beforeEach(async () => {
  dir = await scratchDir('leftovers');
});

/** The id of a process that has ended. */
const deadPid = () => spawnSync('true').pid;

describe('temporary files beside an output', () => {
  it('are removed when their writer is gone, and kept while it runs (a concurrent build)', async () => {
    const dead = deadPid();
    expect(isRunning(dead)).toBe(false);
    await writeFile(join(dir, `.plan.docx.tmp-${dead}-0a0b0c0d`), 'killed');
    await writeFile(join(dir, `.plan.docx.tmp-${process.pid}-01020304`), 'live');
    await writeFile(join(dir, '.plan.docx.tmp-notapid'), 'not ours');
    await removeStaleTemporaries(join(dir, 'plan.docx'));
    expect((await readdir(dir)).sort()).toEqual([`.plan.docx.tmp-${process.pid}-01020304`, '.plan.docx.tmp-notapid']);
  });
});

describe('an output folder that cannot be written', () => {
  it('is found before anything is built: a file in the way', async () => {
    await writeFile(join(dir, 'file'), '');
    await expect(assertWritableFolder(join(dir, 'file', 'out'))).rejects.toMatchObject({ code: 'ENOTDIR' });
    await assertWritableFolder(join(dir, 'new', 'out'));
    await mkdir(join(dir, 'existing'));
    await assertWritableFolder(join(dir, 'existing'));
  });

  it('stops `build` before the plan is read (exit 2, even for a plan with content errors)', async () => {
    await writeFile(join(dir, 'file'), '');
    await mkdir(join(dir, 'plan'));
    await writeFile(join(dir, 'plan', 'plan.yaml'), 'title: [unclosed\n');
    const result = await runCli('build', join(dir, 'plan'), '--out', join(dir, 'file', 'out'));
    expect(result.code).toBe(2);
    expect(result.err).toContain('part of the path is a file, not a folder');
    expect(result.err).not.toContain('plan.yaml');
  });
});
