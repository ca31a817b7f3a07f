/**
 * `check` reads everything in the plan folder that a build reads, so a plan that checks also builds: besides the
 * content (tests/checks, tests/content), the theme and the plan's own templates.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/pipeline/build';
import { checkPlan } from '../../src/pipeline/check';
import { EXAMPLE_PLAN } from '../conformance/readers';
import { scratchDir } from '../fixtures/scratch';

async function exampleWith(files: Record<string, string>): Promise<string> {
  const dir = join(await scratchDir('check'), 'plan');
  await cp(EXAMPLE_PLAN, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

const rows = (result: Awaited<ReturnType<typeof checkPlan>>) => result.diagnostics.map((d) => [d.file, d.line, d.col, d.code, d.message]);

describe('check of the files a build reads besides the content', () => {
  it('validates theme.yaml, at its lines', async () => {
    const result = await checkPlan(await exampleWith({ 'theme.yaml': 'paper: legl\n' }));
    expect(result.ok).toBe(false);
    expect(rows(result)).toContainEqual(['theme.yaml', 1, 8, 'invalid-value', 'paper: "legl" is not one of letter, a4']);
    expect(result.otherSources?.map((s) => s.file)).toContain('theme.yaml');
  });

  it('renders the plan\'s own templates, so a syntax error or an unknown helper is found before a build', async () => {
    const syntax = await checkPlan(await exampleWith({ 'templates/sections/introduction.hbs': '{{#if text}}\n{{md text}\n' }));
    expect(rows(syntax)).toEqual([['templates/sections/introduction.hbs', 2, 1, 'template-error', "template syntax error: unexpected 'INVALID'"]]);
    const helper = await checkPlan(await exampleWith({ 'templates/sections/introduction.hbs': 'Intro: {{shout text}}\n' }));
    expect(helper.ok).toBe(false);
    expect(helper.diagnostics.map((d) => [d.file, d.code])).toEqual([['templates/sections/introduction.hbs', 'template-error']]);
  });

  it("reports what the plan's own template writes that the documents show other than written, at its line, once", async () => {
    const dir = await exampleWith({ 'templates/sections/introduction.hbs': '{{md text}}\n\nSee <b>this</b> and [the runbook](docs/runbook.pdf).\n' });
    const expected = [
      ['templates/sections/introduction.hbs', 3, 5, 'shown-differently', 'raw HTML is not interpreted and is shown as text: <b>'],
      ['templates/sections/introduction.hbs', 3, 12, 'shown-differently', 'raw HTML is not interpreted and is shown as text: </b>'],
      ['templates/sections/introduction.hbs', 3, 21, 'shown-differently', 'link "the runbook" to "docs/runbook.pdf" was removed (only http:, https:, mailto: and #anchor links are kept); its text stays'],
    ];
    expect(rows(await checkPlan(dir))).toEqual(expected);
    // A build reads the same template: the same three, not repeated by rendering.
    const built = await buildPlan(dir, { formats: ['html'], outDir: join(dir, '..', 'out') });
    expect(built.diagnostics.map((d) => [d.file, d.line, d.col, d.code, d.message])).toEqual(expected);
  });

  it("names the template and the line of an image it places that cannot be used (a render problem)", async () => {
    const dir = await exampleWith({ 'templates/sections/introduction.hbs': '{{md text}}\n\n![Network map](maps/network.png)\n' });
    const built = await buildPlan(dir, { formats: ['html'], outDir: join(dir, '..', 'out') });
    expect(built.ok).toBe(false);
    expect(built.diagnostics.map((d) => [d.file, d.line, d.col, d.code])).toEqual([['templates/sections/introduction.hbs', 3, 1, 'render-problem']]);
    expect(built.diagnostics[0].message).toMatch(/maps\/network\.png/);
  });

  it('passes the example plan, whose templates are the built-in ones', async () => {
    expect((await checkPlan(EXAMPLE_PLAN, { strict: true })).diagnostics).toEqual([]);
  });
});
