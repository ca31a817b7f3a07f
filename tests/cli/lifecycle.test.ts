import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../fixtures/cli';
import { scratchDir } from '../fixtures/scratch';

const run = runCli;

let work: string;
let starter: string;

beforeAll(async () => {
  work = await scratchDir('cli-lifecycle');
  starter = join(work, 'starter');
  expect((await run('init', starter, '--date', '2026-11-20')).code).toBe(0);
});

describe('plansmith init', () => {
  it('tells what it made and what to do next', async () => {
    const { code, err } = await run('init', join(work, 'second'), '--date', '2026-11-20');
    expect(code).toBe(0);
    expect(err).toContain('plan.yaml and 38 section files, schemas/, .gitignore, README.md');
    expect(err).toContain(`read ${join(work, 'second', 'README.md')}`);
    // Run from a checkout (as the tests are), the hint is the command that works there.
    expect(err).toContain(`npx plansmith check ${join(work, 'second')}`);
  });

  it('lists the files it wrote with --json', async () => {
    const { code, out } = await run('init', join(work, 'third'), '--date', '2026-11-20', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).files).toEqual(expect.arrayContaining(['plan.yaml', 'introduction.yaml', '.gitignore', 'schemas/plan.schema.json']));
  });

  it('makes a plan that check accepts with warnings', async () => {
    const { code } = await run('check', starter);
    expect(code).toBe(0);
    expect((await run('check', starter, '--strict')).code).toBe(1);
  });

  it('checks in at most 40 lines: the placeholders counted by file, not listed one by one', async () => {
    const { err } = await run('check', starter);
    const lines = err.split('\n');
    expect(lines.length).toBeLessThanOrEqual(40);
    expect(err).not.toContain(' | ');
    // One example, the count, the hint once; then the summary by file, most first, and the totals.
    expect(err).toMatch(/^budget\.yaml:\d+:\d+: warning: .* \[placeholder\]$/m);
    expect(err).toMatch(/^ {2}\.\.\. and 144 more placeholder warnings, 145 in 39 files/m);
    expect(err.match(/hint: /g)).toHaveLength(1);
    expect(lines.slice(-3)).toEqual([expect.stringMatching(/technology\.yaml: 1 placeholder$/), '0 errors, 145 warnings', `${starter}: plan is valid (with warnings)`]);
    expect(err).toMatch(/^points-of-contact\.yaml: 34 placeholders; plan\.yaml: 10 placeholders$/m);
  });

  it('--verbose shows every warning with its code frame and hint', async () => {
    const { err } = await run('check', starter, '--verbose');
    expect(err.match(/\[placeholder\]$/gm)).toHaveLength(145);
    expect(err.match(/^ {2}\s*\d+ \| /gm)!.length).toBeGreaterThanOrEqual(145);
    expect(err.match(/^ {2}\s+\| +\^$/gm)).toHaveLength(145);
    expect(err.match(/hint: /g)).toHaveLength(145);
    expect(err).toMatch(/^plan\.yaml:\d+:\d+: warning: leftover template text \(bracketed template instruction\): "\[System Name\]" \[placeholder\]$/m);
  });

  it('--quiet prints errors only; --max-warnings N fails when there are more warnings', async () => {
    const quiet = await run('check', starter, '--quiet');
    expect(quiet.code).toBe(0);
    expect(quiet.err).toBe(`${starter}: plan is valid (with warnings)`);
    const capped = await run('check', starter, '--max-warnings', '10');
    expect(capped.code).toBe(1);
    expect(capped.err).toContain('plansmith: 145 warnings, more than --max-warnings 10 allows');
    expect((await run('check', starter, '--max-warnings', '145')).code).toBe(0);
    expect((await run('check', starter, '--max-warnings', 'many')).code).toBe(2);
  });

  it('build does not repeat what check listed: its warnings are one line of counts', async () => {
    const { code, err } = await run('build', starter, '--format', 'html', '--out', join(work, 'starter-out'));
    expect(code).toBe(0);
    const lines = err.split('\n');
    expect(lines[0]).toBe('0 errors, 145 warnings (145 placeholder); plansmith check lists them');
    expect(lines.slice(1).map((line) => line.split(' ')[0])).toEqual(['wrote', 'built']);
  });

  it('--json is unchanged: every diagnostic, whatever the text report groups', async () => {
    const { out } = await run('check', starter, '--json');
    const parsed = JSON.parse(out) as { ok: boolean; diagnostics: { code: string }[] };
    expect(Object.keys(parsed)).toEqual(['ok', 'diagnostics', 'rules']); // rules: what plan.yaml turned off or down (issue 10)
    expect(parsed.diagnostics).toHaveLength(145);
  });
});

describe('plansmith release', () => {
  it('refuses a plan that fails check --strict, prints why, and writes nothing', async () => {
    const before = await readFile(join(starter, 'plan.yaml'));
    const archive = join(work, 'archive');
    const { code, err } = await run('release', starter, '--minor', '--summary', 'First.', '--archive', archive, '--date', '2026-11-21');
    expect(code).toBe(1);
    expect(err).toMatch(/^plan\.yaml:\d+:\d+: error: leftover template text/m);
    expect(err).toContain('release refused:');
    expect(err).toContain('does not pass check --strict; nothing was written');
    expect(await readFile(join(starter, 'plan.yaml'))).toEqual(before);
    expect(await readdir(work)).not.toContain('archive');
  });
});

describe('plansmith verify', () => {
  it('fails on an archive with no released versions', async () => {
    const empty = join(work, 'empty-archive');
    await mkdir(empty);
    const { code, err } = await run('verify', empty);
    expect(code).toBe(1);
    expect(err).toContain('no released versions');
  });

  it('fails with the reason when a version has no usable manifest', async () => {
    const archive = join(work, 'broken-archive');
    await mkdir(join(archive, '1.0'), { recursive: true });
    await writeFile(join(archive, '1.0', 'implementation-management-plan.pdf'), 'x');
    const { code, err } = await run('verify', archive);
    expect(code).toBe(1);
    expect(err).toContain('1.0: FAILED: manifest.json is missing');
  });
});

describe('lifecycle usage errors exit 2', () => {
  it.each([
    [['init'], 'init needs exactly one folder'],
    [['init', 'CONTENT'], 'is not empty'],
    [['init', 'NEW', '--date', 'tomorrow'], '--date must be a date written YYYY-MM-DD'],
    [['release', 'STARTER', '--summary', 'x'], 'exactly one of --minor'],
    [['release', 'STARTER', '--minor', '--major', '--summary', 'x'], 'exactly one of --minor'],
    [['release', 'STARTER', '--minor'], 'release needs --summary'],
    [['release', 'STARTER', '--minor', '--summary', '  '], 'release needs --summary'],
    [['release', 'STARTER', '--minor', '--summary', 'x', '--date', '2027-13-01'], '--date must be a date'],
    [['release', '/no/such/plan', '--minor', '--summary', 'x'], 'plan folder "/no/such/plan" does not exist'],
    [['verify', '/no/such/archive'], 'archive folder "/no/such/archive" does not exist'],
    [['diff', '1.0'], 'diff compares two things'],
    [['diff', '9.9', 'STARTER', '--archive', '/no/such/archive'], 'version 9.9 is not in /no/such/archive/'],
    [['diff', 'STARTER', 'no-such-folder'], '"no-such-folder" is neither a version released in archive/ nor a plan folder'],
  ])('%j', async (argv, message) => {
    const resolved = argv.map((a) => (a === 'STARTER' ? starter : a === 'CONTENT' ? join(import.meta.dirname, '../../content') : a === 'NEW' ? join(work, 'never') : a));
    const { code, err } = await run(...resolved);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('lists the lifecycle commands in the help', async () => {
    const { out } = await run('--help');
    for (const command of ['init <dir>', 'release [dir] --minor|--major', 'verify [archive]', 'diff <a> <b>']) expect(out).toContain(command);
  });
});
