import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { mondayOnOrAfter } from '../../src/cli/import';
import { runCli } from '../fixtures/cli';
import { scratchDir } from '../fixtures/scratch';

const TEMPLATE = new URL('../fixtures/seeds/capmf-template.txt', import.meta.url).pathname;
const ROADMAP = new URL('../fixtures/seeds/roadmap-plan.txt', import.meta.url).pathname;

let tmp: string;
beforeEach(async () => {
  tmp = await scratchDir('import-cli');
});

describe('plansmith import', () => {
  it('writes the folder, prints the check summary and exits 0 when the plan checks (placeholders are warnings)', async () => {
    const { code, err } = await runCli('import', TEMPLATE, join(tmp, 'plan'), '--date', '2026-12-07');
    expect(code).toBe(0);
    expect(err).toMatch(/^imported .*capmf-template\.txt into .*plan: plan\.yaml and 22 section files; \d+ decisions listed in .*IMPORT\.md$/m);
    expect(err).toMatch(/^check: 0 errors, \d+ warnings$/m);
  });

  it('exits 1 when check finds errors in what the document says', async () => {
    const { code, err } = await runCli('import', ROADMAP, join(tmp, 'plan'), '--date', '2026-12-07', '--start', '2027-01-04');
    expect(code).toBe(1);
    expect(err).toMatch(/^check: \d+ errors, \d+ warnings$/m);
  });

  it('reports the check diagnostics with --json', async () => {
    const { code, out } = await runCli('import', ROADMAP, join(tmp, 'plan'), '--date', '2026-12-07', '--start', '2027-01-04', '--json');
    expect(code).toBe(1);
    const report = JSON.parse(out) as { files: string[]; check: { ok: boolean; diagnostics: { code: string }[] } };
    expect(report.files).toContain('IMPORT.md');
    expect(report.check.diagnostics.some((d) => d.code === 'total-mismatch')).toBe(true);
  });

  it('is a usage error (exit 2) for a non-empty folder, an unknown file type, a missing file or a bad --start', async () => {
    await writeFile(join(tmp, 'keep.txt'), 'x');
    expect((await runCli('import', TEMPLATE, tmp)).err).toContain('is not empty');
    expect((await runCli('import', TEMPLATE, tmp)).code).toBe(2);
    expect(await readdir(tmp)).toEqual(['keep.txt']);
    const pdf = await runCli('import', 'plan.pdf', join(tmp, 'a'));
    expect([pdf.code, pdf.err]).toEqual([2, expect.stringContaining('expected one of .docx, .md, .markdown, .txt, .text')]);
    const missing = await runCli('import', join(tmp, 'nope.md'), join(tmp, 'b'));
    expect([missing.code, missing.err]).toEqual([2, expect.stringContaining('no such file')]);
    expect((await runCli('import', TEMPLATE, join(tmp, 'c'), '--start', 'Monday')).code).toBe(2);
    expect((await runCli('import', TEMPLATE)).code).toBe(2);
  });

  it('starts week 1 on the Monday on or after the import day by default', () => {
    expect(mondayOnOrAfter('2026-12-07')).toBe('2026-12-07');
    expect(mondayOnOrAfter('2026-12-08')).toBe('2026-12-14');
    expect(mondayOnOrAfter('2026-12-13')).toBe('2026-12-14');
  });
});
