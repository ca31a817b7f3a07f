import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFailure, INTERNAL_ERROR } from '../../src/cli/failure';
import { runCli } from '../fixtures/cli';
import { scratchDir } from '../fixtures/scratch';

const CONTENT = join(import.meta.dirname, '../../content');

const run = runCli;

async function brokenPlan(): Promise<string> {
  const dir = join(await scratchDir('cli'), 'plan');
  await cp(CONTENT, dir, { recursive: true });
  const file = join(dir, 'plan.yaml');
  await writeFile(file, (await readFile(file, 'utf8')).replace('preparedBy:', 'preparedby:'));
  return dir;
}

describe('plansmith check', () => {
  it('exits 0 on the example plan with --strict', async () => {
    const { code, err } = await run('check', CONTENT, '--strict');
    expect(code).toBe(0);
    expect(err).toContain('plan is valid');
  });

  it('exits 1 and prints file:line:col, the code frame and the suggestion for a content error', async () => {
    const dir = await brokenPlan();
    const { code, err } = await run('check', dir);
    expect(code).toBe(1);
    expect(err).toMatch(/^plan\.yaml:\d+:1: error: unknown key "preparedby" \[unknown-key\]$/m);
    expect(err).toMatch(/^\s+\d+ \| preparedby: /m);
    expect(err).toContain('hint: did you mean "preparedBy"?');
    // The key it meant is not reported missing as well: one mistake, one error.
    expect(err).not.toMatch(/missing required field "preparedBy"/);
  });

  it('prints machine-readable diagnostics with --json', async () => {
    const { code, out } = await run('check', await brokenPlan(), '--json');
    expect(code).toBe(1);
    const parsed = JSON.parse(out) as { ok: boolean; diagnostics: { file: string; line: number; col: number; code: string }[] };
    expect(parsed.ok).toBe(false);
    expect(parsed.diagnostics).toContainEqual(expect.objectContaining({ file: 'plan.yaml', code: 'unknown-key', col: 1 }));
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['check', '/no/such/folder'], 'plan folder "/no/such/folder" does not exist'],
    [['check', 'a', 'b'], 'expected one plan folder'],
    [['check', '--bogus'], "Unknown option '--bogus'"],
    [['build', CONTENT, '--format', 'odt'], '--format takes a comma-separated list of docx, pdf, html'],
    [['build', CONTENT, '--paper', 'legal'], '--paper must be "letter" or "a4"'],
    [['build', CONTENT, '--name', '../escape'], '--name must be a plain file name'],
    [[], 'Usage:'],
  ])('%j', async (argv, message) => {
    const { code, out, err } = await run(...argv);
    expect(code).toBe(2);
    expect(out + err).toContain(message);
  });

  it('--help exits 0', async () => {
    expect((await run('--help')).code).toBe(0);
  });
});

describe('failures outside the content and the command line', () => {
  it('says plainly that an --out which is a file cannot be used, and exits 2', async () => {
    const file = join(await scratchDir('cli'), 'taken');
    await writeFile(file, 'not a folder');
    const { code, err } = await run('build', CONTENT, '--format', 'html', '--out', file);
    expect(code).toBe(2);
    expect(err).toBe(`plansmith: cannot mkdir "${file}": a file of that name is in the way`);
  });

  it('reports a full disk as the file system refusing, not as a bug, even with no path to name', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
    expect(describeFailure(full)).toEqual({ message: 'plansmith: cannot write: no space left on the device', exitCode: 2 });
  });

  it('reports a bug as an internal error with exit 3, the stack only when PLANSMITH_DEBUG asks', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'rows')");
    const { message, exitCode } = describeFailure(bug);
    expect(exitCode).toBe(INTERNAL_ERROR);
    expect(message).toBe(
      "plansmith: internal error: Cannot read properties of undefined (reading 'rows')\n  this is a bug in plansmith; please report it with the command you ran (PLANSMITH_DEBUG=1 shows where it happened)",
    );
    expect(describeFailure(bug, true).message).toContain(bug.stack!);
  });
});
