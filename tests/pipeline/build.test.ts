import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildPlan } from '../../src/pipeline/build';
import { writers } from '../../src/writers';
import { scratchDir } from '../fixtures/scratch';

const CONTENT = join(import.meta.dirname, '../../content');
const ALL = ['docx', 'pdf', 'html'] as const;

async function copyOfExample(): Promise<string> {
  const dir = await scratchDir('build');
  await cp(CONTENT, join(dir, 'plan'), { recursive: true });
  return join(dir, 'plan');
}

async function readOutputs(outDir: string): Promise<Record<string, Buffer>> {
  const names = (await readdir(outDir)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(join(outDir, n))] as const)));
}

let first: Record<string, Buffer>;

beforeAll(async () => {
  const out = await scratchDir('out');
  const result = await buildPlan(CONTENT, { formats: ALL, outDir: out });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  first = await readOutputs(out);
}, 180_000);

afterEach(() => vi.restoreAllMocks());

describe('build', () => {
  it('writes the three formats of the example plan and nothing else', () => {
    expect(Object.keys(first)).toEqual(['implementation-management-plan.docx', 'implementation-management-plan.html', 'implementation-management-plan.pdf']);
    expect(first['implementation-management-plan.pdf'].subarray(0, 5).toString()).toBe('%PDF-');
    expect(first['implementation-management-plan.docx'].subarray(0, 2).toString()).toBe('PK');
    expect(first['implementation-management-plan.html'].subarray(0, 15).toString()).toBe('<!doctype html>');
  });

  it('gives byte-identical files when the same content is built again', async () => {
    const out = await scratchDir('out');
    await buildPlan(CONTENT, { formats: ALL, outDir: out });
    const second = await readOutputs(out);
    for (const name of Object.keys(first)) expect(second[name].equals(first[name]), name).toBe(true);
  }, 180_000);

  it('leaves the previous outputs untouched when a writer fails', async () => {
    const out = await scratchDir('out');
    await writeFile(join(out, 'implementation-management-plan.html'), 'previous html');
    await writeFile(join(out, 'implementation-management-plan.docx'), 'previous docx');
    vi.spyOn(writers, 'pdf').mockRejectedValue(new Error('simulated writer crash'));
    // The HTML is produced before the PDF fails (the DOCX, the slowest to produce, would show no more).
    await expect(buildPlan(CONTENT, { formats: ['html', 'pdf'], outDir: out })).rejects.toThrow('simulated writer crash');
    expect(await readOutputs(out)).toEqual({
      'implementation-management-plan.docx': Buffer.from('previous docx'),
      'implementation-management-plan.html': Buffer.from('previous html'),
    });
  }, 180_000);

  it('writes nothing when the content has errors, and reports them', async () => {
    const plan = await copyOfExample();
    const out = await scratchDir('out');
    await writeFile(join(out, 'implementation-management-plan.html'), 'previous html');
    const contacts = join(plan, 'points-of-contact.yaml');
    await writeFile(contacts, (await readFile(contacts, 'utf8')).replace(/email: \S+/, 'email: not-an-address'));
    const result = await buildPlan(plan, { formats: ALL, outDir: out });
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ file: 'points-of-contact.yaml', code: 'invalid-email' }));
    expect(await readOutputs(out)).toEqual({ 'implementation-management-plan.html': Buffer.from('previous html') });
  });
});

describe('hostile content', () => {
  it('renders <script>, {{ and javascript: links inert, and refuses an image outside the plan folder', async () => {
    const plan = await copyOfExample();
    await writeFile(
      join(plan, 'introduction.md'),
      'Intro with <script>alert("x")</script> and {{constructor.constructor "return process"}} and [a link](javascript:alert(1)).\n',
    );
    const { rm } = await import('node:fs/promises');
    await rm(join(plan, 'introduction.yaml'), { force: true });
    const org = join(plan, 'system-organization.yaml');
    await writeFile(org, (await readFile(org, 'utf8')).replace(/src: \S+/, 'src: ../../etc/passwd'));
    const out = await scratchDir('out');

    const refused = await buildPlan(plan, { formats: ['html'], outDir: out });
    expect(refused.ok).toBe(false);
    expect(refused.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringContaining('"../../etc/passwd" is outside the plan folder') }));

    await writeFile(org, (await readFile(org, 'utf8')).replace('src: ../../etc/passwd', 'src: assets/system-organization.png'));
    const built = await buildPlan(plan, { formats: ['html'], outDir: out });
    expect(built.ok).toBe(true);
    const html = await readFile(join(out, 'implementation-management-plan.html'), 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('{{constructor.constructor &quot;return process&quot;}}');
    expect(built.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', message: expect.stringContaining('raw HTML is not interpreted') }));
  }, 120_000);
});
