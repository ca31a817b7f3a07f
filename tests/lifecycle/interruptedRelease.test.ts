import { spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { release, ReleaseRefused } from '../../src/lifecycle/release';
import { scratchDir } from '../fixtures/scratch';

const CONTENT = join(import.meta.dirname, '../../content');

let work: string;
let plan: string;
let archive: string;
let before: string;
let released: string;
const request = () => ({ planDir: plan, archiveDir: archive, bump: 'minor' as const, summary: 'First archived version.', date: '2027-12-01', tool: { name: 'plansmith', version: '0' } });

beforeAll(async () => {
  work = await scratchDir('killed-release');
  plan = join(work, 'plan');
  archive = join(work, 'archive');
  await cp(CONTENT, plan, { recursive: true });
  before = await readFile(join(plan, 'plan.yaml'), 'utf8');
  const result = await release(request());
  expect(result.ok).toBe(true);
  released = await readFile(join(plan, 'plan.yaml'), 'utf8');
  // What `kill -9` between the archive rename and the plan.yaml update leaves: the old plan.yaml.
  await writeFile(join(plan, 'plan.yaml'), before);
}, 180_000);

describe('a release killed between archiving and updating plan.yaml', () => {
  it('is completed by the next release from the archived plan.yaml, which says so and does nothing else', async () => {
    const dead = spawnSync('true').pid;
    await mkdir(join(work, `.archive-1.9.tmp-${dead}`));
    await writeFile(join(work, `.archive-1.9.tmp-${dead}`, 'manifest.json'), '{}');
    await mkdir(join(work, `.archive-1.8.tmp-${process.pid}`));

    const error = await release(request()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReleaseRefused);
    expect((error as Error).message).toMatch(/^the release of version \d+\.\d+ was interrupted after archiving it/);
    expect(await readFile(join(plan, 'plan.yaml'), 'utf8')).toBe(released);
    expect((await readdir(archive)).length).toBe(1);
    // The leftover of a killed release is gone; the folder of a release still running is kept.
    expect((await readdir(work)).filter((n) => n.startsWith('.archive-'))).toEqual([`.archive-1.8.tmp-${process.pid}`]);
  });

  it('is left alone when plan.yaml was edited since in another way', async () => {
    await writeFile(join(plan, 'plan.yaml'), before.replace('title:', 'title: Edited'));
    const error = await release(request()).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^version \d+\.\d+ is already released/);
  });
});
