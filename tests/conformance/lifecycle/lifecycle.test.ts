import { chmod, cp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseDocument } from 'yaml';
import { packageVersion } from '../../../src/cli/io';
import { parseManifest, sha256 } from '../../../src/lifecycle/manifest';
import { listFiles } from '../../../src/lifecycle/snapshot';
import { BUILT_IN_TEMPLATES } from '../../../src/render/builtInTemplates';
import { writers } from '../../../src/writers';
import { fillPlaceholders } from '../../lifecycle/fillPlaceholders';
import { runCli } from '../../fixtures/cli';
import { scratchDir } from '../../fixtures/scratch';

/**
 * The acceptance path of the plan lifecycle, run through the CLI as an author would: init, replace the
 * placeholders, then three edits each followed by a release (--minor, --minor, --major). One plan and one
 * archive are shared by all tests, because each release builds three documents (seconds each); tests that
 * tamper with the archive work on copies.
 *
 * The starter cannot be released as it is (its placeholders fail check --strict, by design), so the test
 * replaces them the way an author would: every kind of placeholder the starter uses gets a plausible value
 * (fillPlaceholders). That also proves the placeholders are the only thing between a new plan and a release.
 */

const DOCUMENTS = ['implementation-management-plan.docx', 'implementation-management-plan.html', 'implementation-management-plan.pdf'];

const run = runCli;

async function edit(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  expect(text, `${file} contains ${from}`).toContain(from);
  await writeFile(file, text.replace(from, to));
}

/** Every file under `root` with its bytes, for before/after comparisons. */
async function tree(root: string): Promise<Record<string, string>> {
  const files = await listFiles(root).catch(() => [] as string[]);
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f, sha256(await readFile(join(root, f)))] as const)));
}

let work: string;
let plan: string;
let archive: string;
let filledPlanYaml: string;
const releases: { code: number; out: string; err: string; seconds: number }[] = [];

async function release(...args: string[]) {
  const started = performance.now();
  const result = await run('release', plan, '--archive', archive, ...args);
  releases.push({ ...result, seconds: (performance.now() - started) / 1000 });
  return result;
}

beforeAll(async () => {
  work = await scratchDir('lifecycle');
  plan = join(work, 'plan');
  archive = join(work, 'archive');
  expect((await run('init', plan, '--date', '2026-11-20')).code).toBe(0);
  await fillPlaceholders(plan);
  filledPlanYaml = await readFile(join(plan, 'plan.yaml'), 'utf8');

  await edit(join(plan, 'known-issues.yaml'), 'status: open', 'status: in-progress');
  expect((await release('--minor', '--summary', 'Issue ISS-001 is in progress.', '--date', '2026-11-23')).code).toBe(0);
  await edit(join(plan, 'materials.yaml'), 'owner: Technical Lead', 'owner: Project Manager');
  expect((await release('--minor', '--summary', 'Materials are owned by the Project Manager.', '--author', 'Priya Raman', '--date', '2026-11-30')).code).toBe(0);
  await edit(join(plan, 'implementation-schedule.yaml'), 'finish: 2027-02-26', 'finish: 2027-03-05');
  expect((await release('--major', '--summary', 'Approved baseline: prerequisites finish one week later.', '--date', '2026-12-07', '--json')).code).toBe(0);
}, 180_000);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('release', () => {
  it('numbers the releases by the convention: 0.1 draft -> 0.2 -> 0.3 (minor) -> 1.0 (major)', async () => {
    expect(await readdir(archive)).toEqual(['0.2', '0.3', '1.0']);
    expect(releases.map((r) => r.err.match(/^released (\S+)/m)?.[1])).toEqual(['0.2', '0.3', '1.0']);
  });

  it('appends each entry to the version history and keeps the rest of plan.yaml byte for byte, comments included', async () => {
    const text = await readFile(join(plan, 'plan.yaml'), 'utf8');
    expect(text.startsWith(filledPlanYaml)).toBe(true);
    expect(text).toContain('# Set by `plansmith init` to the day the plan was started.');
    expect(text.slice(filledPlanYaml.length)).toBe(
      [
        '  - version: "0.2"',
        '    date: 2026-11-23',
        '    author: Jane Doe',
        '    summary: Issue ISS-001 is in progress.',
        '  - version: "0.3"',
        '    date: 2026-11-30',
        '    author: Priya Raman',
        '    summary: Materials are owned by the Project Manager.',
        '  - version: "1.0"',
        '    date: 2026-12-07',
        '    author: Jane Doe',
        // Quoted: a plain ": " would start a mapping.
        '    summary: "Approved baseline: prerequisites finish one week later."',
        '',
      ].join('\n'),
    );
  });

  it('archives the three documents, the content and templates used, and a manifest of every file', async () => {
    const toolVersion = await packageVersion();
    const installedTemplates = await tree(BUILT_IN_TEMPLATES);
    for (const [version, date, author] of [['0.2', '2026-11-23', 'Jane Doe'], ['0.3', '2026-11-30', 'Priya Raman'], ['1.0', '2026-12-07', 'Jane Doe']]) {
      const folder = join(archive, version);
      const files = await listFiles(folder);
      expect(files.filter((f) => !f.includes('/'))).toEqual([...DOCUMENTS, 'manifest.json']);
      expect(files).toContain('content/plan.yaml');
      expect(files).toContain('content/points-of-contact.yaml');
      expect(files).toContain('templates/layout.yaml');
      // Only what a build reads: no schemas, no .gitignore, not the archive itself.
      expect(files.filter((f) => /schemas\/|\.gitignore|archive/.test(f))).toEqual([]);

      const { manifest } = parseManifest(await readFile(join(folder, 'manifest.json'), 'utf8'));
      expect(manifest).toMatchObject({ version, date, author, tool: { name: 'plansmith', version: toolVersion } });
      expect(Object.keys(manifest!.files)).toEqual(files.filter((f) => f !== 'manifest.json'));
      for (const file of Object.keys(manifest!.files)) expect(sha256(await readFile(join(folder, file))), file).toBe(manifest!.files[file]);

      // The snapshot's plan.yaml carries the history up to and including this version.
      const history = parseDocument(await readFile(join(folder, 'content/plan.yaml'), 'utf8')).toJS().versions as { version: string }[];
      expect(history.at(-1)!.version).toBe(version);
      // The built-in templates as installed (the starter is not a template the build reads).
      for (const [file, hash] of Object.entries(installedTemplates).filter(([f]) => !f.startsWith('starter/'))) {
        expect(manifest!.files[`templates/${file}`], file).toBe(hash);
      }
      // Read-only, as a guard against editing a released version by accident.
      for (const file of files) expect((await stat(join(folder, file))).mode & 0o222, file).toBe(0);
    }
  });

  it('prints the manifest with --json', async () => {
    const printed = JSON.parse(releases[2].out);
    expect(printed).toEqual(JSON.parse(await readFile(join(archive, '1.0', 'manifest.json'), 'utf8')));
  });

  it('writes the PDF as PDF/A-2b', async () => {
    const pdf = (await readFile(join(archive, '1.0', 'implementation-management-plan.pdf'))).toString('latin1');
    expect(pdf).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(pdf).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
  });

  it('shows what changed since the previous release before writing, with the minor/major rule', () => {
    expect(releases[0].err).toContain('first release into');
    const second = releases[1].err;
    expect(second).toMatch(/^Changes from 0\.2 to .*plan:$/m);
    expect(second).toContain('  Materials (materials.yaml):');
    expect(second).toContain('        ~ owner: "Technical Lead" -> "Project Manager"');
    expect(second).toMatch(/^Verdict: minor change$/m);
    expect(second.indexOf('Verdict')).toBeLessThan(second.indexOf('released 0.3'));
    expect(releases[2].err).toMatch(/^Verdict: major change: schedule date moved: Implementation Schedule: tasks\[T02\]\.finish 2027-02-26 -> 2027-03-05$/m);
  });

  it('refuses to release a version that already exists, and changes nothing', async () => {
    const current = await readFile(join(plan, 'plan.yaml'), 'utf8');
    const before = await tree(archive);
    // plan.yaml as it was after 0.2: the next minor version would be 0.3 again.
    await writeFile(join(plan, 'plan.yaml'), current.slice(0, current.indexOf('  - version: "0.3"')));
    try {
      const { code, err } = await run('release', plan, '--archive', archive, '--minor', '--summary', 'Again.', '--date', '2026-12-08');
      expect(code).toBe(1);
      expect(err).toContain('version 0.3 is already released');
      expect(await tree(archive)).toEqual(before);
    } finally {
      await writeFile(join(plan, 'plan.yaml'), current);
    }
  });

  it('refuses a release in which nothing changed since the last version, and changes nothing', async () => {
    const planBefore = await readFile(join(plan, 'plan.yaml'));
    const archiveBefore = await tree(archive);
    const { code, err } = await run('release', plan, '--archive', archive, '--minor', '--summary', 'Nothing new.', '--date', '2026-12-08');
    expect(code).toBe(1);
    expect(err).toContain('nothing in the plan changed since version 1.0, and a new version records a change; nothing was written (--allow-unchanged releases it anyway)');
    expect(await readFile(join(plan, 'plan.yaml'))).toEqual(planBefore);
    expect(await tree(archive)).toEqual(archiveBefore);
  });

  it('counts a change the section diff cannot see, such as a theme.yaml added: the release goes ahead', async () => {
    const theme = join(plan, 'theme.yaml');
    await writeFile(theme, await readFile(join(BUILT_IN_TEMPLATES, 'theme.yaml')));
    vi.spyOn(writers, 'html').mockRejectedValue(new Error('simulated writer failure'));
    try {
      // Past the unchanged-release refusal, as far as the (failing) build: nothing is written.
      const { code, err } = await run('release', plan, '--archive', archive, '--minor', '--summary', 'New theme.', '--date', '2026-12-08');
      expect(code).toBe(1);
      expect(err).toContain('release failed: simulated writer failure');
    } finally {
      await rm(theme);
    }
  });

  it('is all or nothing: a build that fails leaves archive/ and plan.yaml exactly as before', async () => {
    const planBefore = await readFile(join(plan, 'plan.yaml'));
    const archiveBefore = await tree(archive);
    const workBefore = (await readdir(work)).sort();
    vi.spyOn(writers, 'html').mockRejectedValue(new Error('simulated writer failure'));

    const { code, err } = await run('release', plan, '--archive', archive, '--minor', '--summary', 'Never released.', '--date', '2026-12-08', '--allow-unchanged');
    expect(code).toBe(1);
    expect(err).toContain('release failed: simulated writer failure');
    expect(await readFile(join(plan, 'plan.yaml'))).toEqual(planBefore);
    expect(await tree(archive)).toEqual(archiveBefore);
    // No temporary folder is left beside the archive.
    expect((await readdir(work)).sort()).toEqual(workBefore);

    // An archive that did not exist is not created either.
    vi.spyOn(writers, 'docx').mockRejectedValue(new Error('simulated writer failure'));
    const fresh = join(work, 'fresh-archive');
    expect((await run('release', plan, '--archive', fresh, '--minor', '--summary', 'Never released.', '--date', '2026-12-08')).code).toBe(1);
    expect(await readdir(work)).not.toContain('fresh-archive');
    expect(await readFile(join(plan, 'plan.yaml'))).toEqual(planBefore);
  });
});

describe('verify', () => {
  /** A copy of one archived version to tamper with; the shared archive stays intact. */
  async function copyOf(version: string): Promise<string> {
    const copy = join(await scratchDir('tamper'), version);
    await cp(join(archive, version), copy, { recursive: true });
    for (const file of await listFiles(copy)) await chmod(join(copy, file), 0o644);
    return copy;
  }

  it('reproduces every archived version byte for byte', async () => {
    const { code, err } = await run('verify', archive);
    expect(err).toMatch(/^0\.2: ok: \d+ files match the manifest; the documents were rebuilt byte for byte$/m);
    expect(err).toMatch(/^0\.3: ok: .*rebuilt byte for byte$/m);
    expect(err).toMatch(/^1\.0: ok: .*rebuilt byte for byte$/m);
    expect(err).toContain('all 3 versions verified');
    expect(code).toBe(0);
  });

  it('fails and names the PDF when one byte of it is flipped', async () => {
    const copy = await copyOf('0.3');
    const pdf = join(copy, 'implementation-management-plan.pdf');
    const bytes = await readFile(pdf);
    bytes[Math.floor(bytes.length / 2)] ^= 0x01;
    await writeFile(pdf, bytes);

    const { code, err } = await run('verify', copy);
    expect(code).toBe(1);
    expect(err).toContain('0.3: altered: implementation-management-plan.pdf (its SHA-256 differs from the manifest)');
    expect(err).toContain('0.3: not reproduced: rebuilding gives different bytes for implementation-management-plan.pdf');
    expect(err).not.toMatch(/(altered|not reproduced).*\.(docx|html)/);
  });

  it('fails and names each deleted or added file', async () => {
    const copy = await copyOf('1.0');
    await rm(join(copy, 'implementation-management-plan.docx'));
    await rm(join(copy, 'content', 'glossary.yaml'));
    await writeFile(join(copy, 'notes.txt'), 'not part of the release');

    const { code, err } = await run('verify', copy);
    expect(code).toBe(1);
    expect(err).toContain('1.0: missing: content/glossary.yaml (listed in the manifest, not in the folder)');
    expect(err).toContain('1.0: missing: implementation-management-plan.docx');
    expect(err).toContain('1.0: extra: notes.txt (in the folder, not in the manifest)');
    expect(err).toContain('1.0: not rebuilt: its content or templates snapshot does not match the manifest');
  });

  it('says plainly when the archive was built by another plansmith version, and still checks the hashes', async () => {
    const copy = await copyOf('0.2');
    const manifestFile = join(copy, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
    await writeFile(manifestFile, JSON.stringify({ ...manifest, tool: { name: 'plansmith', version: '0.0.1' } }));

    const intact = await run('verify', copy, '--hashes-only');
    expect(intact.code).toBe(0);
    expect(intact.err).toContain(`0.2: built with plansmith 0.0.1, but plansmith ${await packageVersion()} is installed: the hashes are checked`);

    await writeFile(join(copy, 'content', 'plan.yaml'), 'changed');
    const altered = await run('verify', copy, '--hashes-only');
    expect(altered.code).toBe(1);
    expect(altered.err).toContain('0.2: altered: content/plan.yaml');
  });
});

describe('diff', () => {
  it('compares two released versions section by section', async () => {
    const { code, out } = await run('diff', '0.2', '1.0', '--archive', archive);
    expect(code).toBe(0);
    expect(out).toContain('Changes from 0.2 to 1.0:');
    expect(out).toContain('  Materials (materials.yaml):');
    expect(out).toContain('  Implementation Schedule (implementation-schedule.yaml):');
    expect(out).not.toContain('Known Issues');
  });

  it('compares a released version with the working content, as JSON', async () => {
    await edit(join(plan, 'glossary.yaml'), 'term: "Agreed with the project team"', 'term: Acceptance');
    try {
      const { code, out } = await run('diff', '1.0', plan, '--archive', archive, '--json');
      expect(code).toBe(0);
      const diff = JSON.parse(out);
      expect(diff.from).toBe('1.0');
      expect(diff.sections).toEqual([
        {
          section: 'Glossary',
          file: 'glossary.yaml',
          status: 'changed',
          changes: [
            { kind: 'removed', what: 'row', where: 'terms', row: 'Agreed with the project team' },
            { kind: 'added', what: 'row', where: 'terms', row: 'Acceptance' },
          ],
        },
      ]);
      expect(diff.verdict.level).toBe('minor');
    } finally {
      await edit(join(plan, 'glossary.yaml'), 'term: Acceptance', 'term: "Agreed with the project team"');
    }
  });
});
