/**
 * The library as a team's own script uses it: plain Node, no TypeScript loader, importing the compiled entry point
 * that package.json names. Compiled here into a folder of its own, so the test never runs a stale dist/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '../..');

describe('the plansmith library', () => {
  let scratch = '';

  beforeAll(async () => {
    scratch = await mkdtemp(join(REPO, '.test-bundle-'));
    execFileSync(process.execPath, [join(REPO, 'scripts/bundle.mjs'), join(scratch, 'cli')]);
  }, 60_000);

  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('is the compiled entry point package.json exports, with the TypeScript sources as its types', async () => {
    const manifest = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')) as { main: string; exports: Record<string, Record<string, string>> };
    expect(manifest.exports['.']).toEqual({ types: './src/index.ts', import: './dist/cli/index.mjs' });
    expect(manifest.main).toBe('dist/cli/index.mjs');
  });

  it('checks, renders and writes the example plan from plain Node', () => {
    const script = `
      const { checkPlan, renderPlan, writers } = await import(${JSON.stringify(join(scratch, 'cli/index.mjs'))});
      const checked = await checkPlan(${JSON.stringify(join(REPO, 'content'))}, { strict: true });
      const { tree, theme } = await renderPlan(${JSON.stringify(join(REPO, 'content'))}, checked.plan);
      const html = new TextDecoder().decode(await writers.html(tree, theme));
      console.log(JSON.stringify({ ok: checked.ok, title: tree.meta.title, html: html.slice(0, 15) }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: scratch, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ ok: true, title: 'Implementation Management Plan: Insight Analytics Modernization Project', html: '<!doctype html>' });
  }, 60_000);
});
