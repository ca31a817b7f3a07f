import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { producePlan, type ProducedPlan } from '../../src/pipeline/build';
import { checkPlan } from '../../src/pipeline/check';
import { createBuildSession, type BuildSession } from '../../src/watch/session';
import { scratchDir } from '../fixtures/scratch';

const CONTENT = join(import.meta.dirname, '../../content');

let root: string;
let dir: string;
let session: BuildSession;

beforeEach(async () => {
  root = await scratchDir('session');
  dir = join(root, 'plan');
  await cp(CONTENT, dir, { recursive: true });
  session = createBuildSession(dir, { formats: ['html'] });
});
afterEach(() => rm(root, { recursive: true, force: true }));

const html = (produced: ProducedPlan) => new TextDecoder().decode(produced.outputs.find((o) => o.format === 'html')!.bytes);
const edit = async (file: string, change: (text: string) => string) => {
  const path = join(dir, file);
  await writeFile(path, change(await readFile(path, 'utf8')));
};

describe('build session', () => {
  it('parses and validates again only the files that changed', async () => {
    const first = await session.build([]);
    await edit('introduction.yaml', (t) => t.replace('text: |\n', 'text: |\n  A sentence added in the session.\n\n'));
    const second = await session.build(['introduction.yaml']);
    expect(second.ok).toBe(true);
    const [before, after] = [first.check.plan!, second.check.plan!];
    expect(after.meta).toBe(before.meta);
    expect(after.budget).toBe(before.budget);
    expect(after.pointsOfContact).toBe(before.pointsOfContact);
    expect(after.introduction).not.toBe(before.introduction);
    expect(html(second)).toContain('A sentence added in the session.');
  });

  it('gives the same bytes as a build from scratch', async () => {
    await session.build([]);
    await edit('plan.yaml', (t) => t.replace(/^classification: .*$/m, 'classification: Confidential'));
    const incremental = await session.build(['plan.yaml']);
    const scratch = await producePlan(dir, await checkPlan(dir), { formats: ['html'] });
    expect(html(incremental)).toContain('Confidential');
    expect(html(incremental)).toBe(html(scratch));
  });

  it('gives every format the same bytes as a build from scratch when the unedited sections are reused', async () => {
    const formats = ['html', 'docx', 'pdf'] as const;
    const allFormats = createBuildSession(dir, { formats });
    await allFormats.build([]);
    await edit('introduction.yaml', (t) => t.replace('text: |\n', 'text: |\n  A sentence added in the session.\n\n'));
    const incremental = await allFormats.build(['introduction.yaml']);
    const scratch = await producePlan(dir, await checkPlan(dir), { formats });
    expect(html(incremental)).toContain('A sentence added in the session.');
    expect(incremental.outputs.map((o) => [o.format, Buffer.from(o.bytes).toString('base64')])).toEqual(scratch.outputs.map((o) => [o.format, Buffer.from(o.bytes).toString('base64')]));
  });

  it('reports a content error like a full check does, and recovers when it is fixed', async () => {
    await session.build([]);
    await edit('points-of-contact.yaml', (t) => t.replace('ana.nunez@dco.example.gov', 'ana.nunez@'));
    const broken = await session.build(['points-of-contact.yaml']);
    expect(broken.ok).toBe(false);
    expect(broken.outputs).toEqual([]);
    expect(broken.diagnostics).toEqual((await checkPlan(dir)).diagnostics);
    await edit('points-of-contact.yaml', (t) => t.replace('ana.nunez@\n', 'ana.nunez@dco.example.gov\n'));
    expect((await session.build(['points-of-contact.yaml'])).ok).toBe(true);
  });

  it('keeps the template set until a change under templates/ is reported', async () => {
    await session.build([]);
    await mkdir(join(dir, 'templates', 'sections'), { recursive: true });
    await writeFile(join(dir, 'templates', 'sections', 'introduction.hbs'), 'From the plan folder: {{md text}}\n');
    expect(html(await session.build([]))).not.toContain('From the plan folder:');
    expect(html(await session.build(['templates/sections/introduction.hbs']))).toContain('From the plan folder:');
  });

  it('keeps the images until a change to a non-content file is reported', async () => {
    expect((await session.build([])).ok).toBe(true);
    await writeFile(join(dir, 'assets', 'dco-logo.png'), 'no longer an image');
    expect((await session.build(['introduction.yaml'])).ok).toBe(true);
    const broken = await session.build(['assets/dco-logo.png']);
    expect(broken.ok).toBe(false);
    // The check reports it, at the logo's line in plan.yaml.
    expect(broken.diagnostics).toContainEqual(expect.objectContaining({ file: 'plan.yaml', line: 11, code: 'bad-image', message: expect.stringContaining('dco-logo.png') }));
  });
});
