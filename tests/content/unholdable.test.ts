import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { holdable, holdableDeep } from '../../src/content/unholdable';
import { buildPlan } from '../../src/pipeline/build';
import { checkPlan } from '../../src/pipeline/check';
import { scratchDir } from '../fixtures/scratch';

const CONTENT = join(import.meta.dirname, '../../content');
const UNHOLDABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('holdable', () => {
  it('leaves out C0 controls, U+FFFE, U+FFFF and lone surrogates, and keeps tab, newline, pairs and bidi marks', () => {
    expect(holdable('a\u0001b\u001bc\uFFFEd\uFFFFe\uD800f\uDC00g')).toBe('abcdefg');
    expect(holdable('tab\there\nline\r\n😀 \u200F\u202Eok')).toBe('tab\there\nline\r\n😀 \u200F\u202Eok');
  });

  it('maps every string at any depth and keeps binary data and unchanged values as they are', () => {
    const data = new Uint8Array([0, 1, 2]);
    const value = { a: ['x\u0000', { b: 'y' }], data, n: 3 };
    const safe = holdableDeep(value);
    expect(safe).toEqual({ a: ['x', { b: 'y' }], data, n: 3 });
    expect(safe.data).toBe(data);
    const clean = { a: ['x'] };
    expect(holdableDeep(clean)).toBe(clean);
  });
});

describe('characters no format can hold', () => {
  let work: string;
  let plan: string;

  beforeAll(async () => {
    work = await scratchDir('unholdable');
    plan = join(work, 'plan');
    await cp(CONTENT, plan, { recursive: true });
    const intro = await readFile(join(plan, 'introduction.yaml'), 'utf8');
    await writeFile(join(plan, 'introduction.yaml'), intro.replace('describes how', 'describes\uFFFE how\u0001'));
    await writeFile(join(plan, 'system-overview.md'), `${await readFile(join(plan, 'system-overview.md'), 'utf8')}\nA bell\u0007 rings.\n`);
    const glossary = await readFile(join(plan, 'glossary.yaml'), 'utf8');
    await writeFile(join(plan, 'glossary.yaml'), glossary.replace('terms:', 'terms:\n  - term: "Lone\\ud800 half"\n    definition: "An escape \\uFFFF makes it."'));
  });

  it('are a check warning at the first of them, written or escaped, with their count', async () => {
    const result = await checkPlan(plan);
    const found = result.diagnostics.filter((d) => d.code === 'unholdable-character');
    expect(found.map(({ file, line, col, severity }) => ({ file, line, col, severity }))).toEqual([
      { file: 'glossary.yaml', line: 4, col: 11, severity: 'warning' },
      { file: 'introduction.yaml', line: 3, col: 48, severity: 'warning' },
      { file: 'system-overview.md', line: expect.any(Number), col: 7, severity: 'warning' },
    ]);
    expect(found[1].message).toContain('U+FFFE');
    expect(found[1].message).toContain('2 such characters');
  });

  it('are left out of every document, so the DOCX XML holds none of them', async () => {
    const out = join(work, 'out');
    const result = await buildPlan(plan, { formats: ['docx', 'html'], outDir: out });
    expect(result.ok).toBe(true);
    const parts = unzipSync(new Uint8Array(await readFile(join(out, 'implementation-management-plan.docx'))));
    const xml = Object.entries(parts).filter(([name]) => name.endsWith('.xml')).map(([, bytes]) => strFromU8(bytes));
    expect(xml.some((text) => text.includes('describes how'))).toBe(true);
    for (const text of xml) expect(text).not.toMatch(UNHOLDABLE);
    const html = await readFile(join(out, 'implementation-management-plan.html'), 'utf8');
    expect(html).toContain('Lone half');
    expect(html).not.toMatch(UNHOLDABLE);
  }, 120_000);
});
