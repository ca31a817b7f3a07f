import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { listPlanFolder } from '../../src/content/planFolder';
import { readPlanFiles } from '../../src/lifecycle/snapshot';
import { release } from '../../src/lifecycle/release';
import { checkPlan } from '../../src/pipeline/check';
import { buildPlan } from '../../src/pipeline/build';
import { scratchDir } from '../fixtures/scratch';

const CONTENT = join(import.meta.dirname, '../../content');
const SENTINEL = 'SENTINEL-OUTSIDE-7f3a';

let work: string;
let plan: string;
let outside: string;

beforeEach(async () => {
  work = await scratchDir('links');
  plan = join(work, 'plan');
  await cp(CONTENT, plan, { recursive: true });
  outside = join(work, 'outside');
  await mkdir(outside);
});

const errorsAt = (diagnostics: { file: string; code: string; severity: string }[], file: string) =>
  diagnostics.filter((d) => d.file === file && d.severity === 'error').map((d) => d.code);

describe('the plan-folder rule for symlinks', () => {
  it('refuses a section file that links outside the plan, at its path, and never reads it', async () => {
    const glossary = await readFile(join(plan, 'glossary.yaml'), 'utf8');
    await writeFile(join(outside, 'glossary.yaml'), glossary.replace('terms:', `terms:\n  - term: ${SENTINEL}\n    definition: leaked`));
    await rm(join(plan, 'glossary.yaml'));
    await symlink(join(outside, 'glossary.yaml'), join(plan, 'glossary.yaml'));
    const result = await checkPlan(plan, { strict: true });
    expect(result.ok).toBe(false);
    expect(errorsAt(result.diagnostics, 'glossary.yaml')).toEqual(['link-outside-plan']);
    expect(JSON.stringify(result)).not.toContain(SENTINEL);
  });

  it('follows a section file that links to a file inside the plan: the section does not vanish', async () => {
    await mkdir(join(plan, 'shared'));
    await cp(join(plan, 'glossary.yaml'), join(plan, 'shared', 'glossary.yaml'));
    await rm(join(plan, 'glossary.yaml'));
    await symlink(join('shared', 'glossary.yaml'), join(plan, 'glossary.yaml'));
    const result = await checkPlan(plan, { strict: true });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.plan?.glossary?.terms.length).toBeGreaterThan(0);
  });

  it('reports a section file that links nowhere', async () => {
    await rm(join(plan, 'glossary.yaml'));
    await symlink(join(outside, 'gone.yaml'), join(plan, 'glossary.yaml'));
    const result = await checkPlan(plan);
    expect(errorsAt(result.diagnostics, 'glossary.yaml')).toEqual(['broken-link']);
  });

  it('refuses a template that links outside the plan, and renders nothing of it', async () => {
    await writeFile(join(outside, 'introduction.hbs'), `${SENTINEL}\n`);
    await mkdir(join(plan, 'templates', 'sections'), { recursive: true });
    await symlink(join(outside, 'introduction.hbs'), join(plan, 'templates', 'sections', 'introduction.hbs'));
    const out = join(work, 'out');
    const result = await buildPlan(plan, { formats: ['html'], outDir: out });
    expect(result.ok).toBe(false);
    expect(errorsAt(result.diagnostics, 'templates/sections/introduction.hbs')).toEqual(['link-outside-plan']);
    expect(result.written).toEqual([]);
  });

  it('refuses a templates folder that links outside the plan', async () => {
    await mkdir(join(outside, 'sections'));
    await writeFile(join(outside, 'sections', 'introduction.hbs'), `${SENTINEL}\n`);
    await symlink(outside, join(plan, 'templates'));
    const result = await checkPlan(plan);
    expect(errorsAt(result.diagnostics, 'templates')).toEqual(['link-outside-plan']);
    expect(JSON.stringify(result)).not.toContain(SENTINEL);
  });

  it('refuses theme.yaml linking outside the plan without quoting a line of it', async () => {
    await writeFile(join(outside, 'theme.yaml'), `${SENTINEL}: [\n`);
    await symlink(join(outside, 'theme.yaml'), join(plan, 'theme.yaml'));
    const result = await checkPlan(plan);
    expect(errorsAt(result.diagnostics, 'theme.yaml')).toEqual(['link-outside-plan']);
    expect(JSON.stringify(result)).not.toContain(SENTINEL);
  });

  it('refuses any file of the plan folder that links outside, even one no section names', async () => {
    await writeFile(join(outside, 'notes.txt'), SENTINEL);
    await symlink(join(outside, 'notes.txt'), join(plan, 'assets', 'notes.txt'));
    const result = await checkPlan(plan);
    expect(errorsAt(result.diagnostics, 'assets/notes.txt')).toEqual(['link-outside-plan']);
    await expect(readPlanFiles(plan)).rejects.toThrow('"assets/notes.txt" is a symbolic link to a file outside the plan folder');
  });

  it('snapshots a symlinked folder inside the plan through the link, once even in a loop', async () => {
    await symlink('..', join(plan, 'assets', 'loop'));
    await symlink('assets', join(plan, 'pictures'));
    const listing = await listPlanFolder(plan);
    expect(listing.refused).toEqual([]);
    const paths = listing.files.map((f) => f.path);
    expect(paths).toContain('pictures/dco-logo.png');
    expect(paths).toContain('assets/dco-logo.png');
    expect(paths.filter((p) => p.endsWith('glossary.yaml'))).toEqual(['glossary.yaml']);
  });
});

describe('release and the plan-folder rule', () => {
  it('refuses to archive a plan that holds a symlink to a file outside it: no sentinel in the archive', async () => {
    await writeFile(join(outside, 'secret.png'), SENTINEL);
    await symlink(join(outside, 'secret.png'), join(plan, 'assets', 'secret.png'));
    const archiveDir = join(work, 'archive');
    const result = await release({ planDir: plan, archiveDir, bump: 'minor', summary: 'Leak test.', date: '2027-12-01', tool: { name: 'plansmith', version: '0' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(errorsAt(result.diagnostics, 'assets/secret.png')).toEqual(['link-outside-plan']);
  });

});
