import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { META_FILE, sectionList } from '../../src/content/sections';
import { initPlan, InitRefused } from '../../src/lifecycle/init';
import { checkPlan } from '../../src/pipeline/check';
import { fillPlaceholders } from './fillPlaceholders';
import { scratchDir } from '../fixtures/scratch';

const SECTION_FILES = sectionList.map((s) => `${s.file}.yaml`);
let dir: string;

beforeAll(async () => {
  dir = join(await scratchDir('init'), 'plan');
  await initPlan(dir, { date: '2026-11-20' });
});

describe('plansmith init', () => {
  it('writes plan.yaml, every section file, the editor schemas and a .gitignore for out/', async () => {
    const names = await readdir(dir);
    expect(names).toEqual(expect.arrayContaining([META_FILE, ...SECTION_FILES, 'README.md', 'schemas', '.gitignore']));
    expect(names).toHaveLength(SECTION_FILES.length + 4);
    expect(await readFile(join(dir, '.gitignore'), 'utf8')).toBe('out/\n');
    expect((await readdir(join(dir, 'schemas'))).sort()).toEqual([META_FILE, ...SECTION_FILES].map((f) => f.replace('.yaml', '.schema.json')).sort());
  });

  it('starts every file with a $schema line that points at its schema, then the template guidance as comments', async () => {
    for (const name of [META_FILE, ...SECTION_FILES]) {
      const lines = (await readFile(join(dir, name), 'utf8')).split('\n');
      const schema = `schemas/${name.replace('.yaml', '.schema.json')}`;
      expect(lines[0], name).toBe(`# yaml-language-server: $schema=${schema}`);
      expect((await stat(join(dir, schema))).isFile()).toBe(true);
      expect(lines.filter((l) => l.startsWith('#')).length, `${name} guidance`).toBeGreaterThanOrEqual(4);
    }
    // The CA-PMF instructions themselves, e.g. the Introduction's.
    expect(await readFile(join(dir, 'introduction.yaml'), 'utf8')).toContain('# The Implementation Management Plan describes how the project\'s end result will be installed,');
  });

  it('dates the first version-history entry, a 0.1 draft, with the day the plan was started', async () => {
    const checked = await checkPlan(dir);
    expect(checked.plan!.meta.versions).toEqual([expect.objectContaining({ version: '0.1', date: '2026-11-20' })]);
  });

  it('passes check with warnings only: every file holds placeholders, which --strict refuses', async () => {
    const draft = await checkPlan(dir);
    expect(draft.ok).toBe(true);
    expect(draft.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const placeholders = new Set(draft.diagnostics.filter((d) => d.code === 'placeholder').map((d) => d.file));
    expect([...placeholders].sort()).toEqual([META_FILE, ...SECTION_FILES].sort());

    const strict = await checkPlan(dir, { strict: true });
    expect(strict.ok).toBe(false);
  });

  it('gives a plan that passes check --strict once the placeholders are replaced', async () => {
    const filled = join(await scratchDir('init'), 'plan');
    await initPlan(filled, { date: '2026-11-20' });
    await fillPlaceholders(filled);
    const strict = await checkPlan(filled, { strict: true });
    expect(strict.diagnostics).toEqual([]);
    expect(strict.ok).toBe(true);
  });

  it('fills an empty folder, but refuses one that is not empty, and a file', async () => {
    const parent = await scratchDir('init');
    await mkdir(join(parent, 'empty'));
    await initPlan(join(parent, 'empty'), { date: '2026-11-20' });
    expect(await readdir(join(parent, 'empty'))).toContain(META_FILE);

    await mkdir(join(parent, 'used'));
    await writeFile(join(parent, 'used', 'notes.txt'), 'mine');
    await expect(initPlan(join(parent, 'used'), { date: '2026-11-20' })).rejects.toThrow(InitRefused);
    expect(await readdir(join(parent, 'used'))).toEqual(['notes.txt']);

    await writeFile(join(parent, 'file'), 'x');
    await expect(initPlan(join(parent, 'file'), { date: '2026-11-20' })).rejects.toThrow(/not a folder/);
    // Nothing is left behind beside the destination.
    expect((await readdir(parent)).sort()).toEqual(['empty', 'file', 'used']);
  });
});
