import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../../src/content/load';
import { derive } from '../../../src/derive';
import { createTemplateEngine, precompileTemplate, templateKey, type TemplateSource } from '../../../src/render/templates/handlebars';
import { loadTemplateSet } from '../../../src/render/templates/templateSet';
import { renderPlanMarkdown } from '../../../src/render/tree/document';
import { indexContacts, type Contact } from '../../../src/content/sections/capmf/pointsOfContact';

const engine = (templates: Record<string, string>, partials: Record<string, string> = {}) =>
  createTemplateEngine(
    new Map(Object.entries(templates).map(([name, source]): [string, TemplateSource] => [name, { file: `sections/${name}.hbs`, source }])),
    new Map(Object.entries(partials).map(([name, source]): [string, TemplateSource] => [name, { file: `partials/${name}.hbs`, source }])),
  );

describe('section templates', () => {
  it('escapes a plain value for Markdown so it cannot start emphasis, links or raw HTML', () => {
    const { markdown } = engine({ t: '{{name}}' }).render('t', { name: '<script>alert(1)</script> *x* [a](javascript:b)' });
    expect(markdown).toBe('\\<script\\>alert\\(1\\)\\</script\\> \\*x\\* \\[a\\]\\(javascript:b\\)');
  });

  it('keeps prose Markdown as written with {{{triple}}} or {{md}}', () => {
    const { markdown } = engine({ t: '{{{a}}} / {{md a}}' }).render('t', { a: '**bold**' });
    expect(markdown).toBe('**bold** / **bold**');
  });

  it('keeps a table row whole: pipes are escaped and lines become <br>', () => {
    const { markdown } = engine({ t: '| {{cell v}} | {{mdCell p}} |' }).render('t', { v: ['a|b', 'c'], p: 'x\n| y' });
    expect(markdown).toBe('| a\\|b<br>c | x \\| y |');
  });

  it('formats dates and money without locale data', () => {
    const { markdown } = engine({ t: '{{date d}} {{money m "USD"}}' }).render('t', { d: '2027-01-04', m: 1234567.5 });
    expect(markdown).toBe('January 4, 2027 $1,234,567\\.50');
  });

  it('sorts a list for the glossary, case-insensitively', () => {
    const { markdown } = engine({ t: '{{#each (sortBy terms "term")}}{{term}},{{/each}}' }).render('t', {
      terms: [{ term: 'UAT' }, { term: 'api' }, { term: 'ETL' }],
    });
    expect(markdown).toBe('api,ETL,UAT,');
  });

  it('gives no access to prototype properties', () => {
    const { markdown, diagnostics } = engine({ t: '[{{constructor}}][{{__proto__}}][{{a.constructor.name}}]' }).render('t', { a: {} });
    expect(diagnostics).toEqual([]);
    expect(markdown).toBe('[][][]');
  });

  it('reports an unknown helper with the template file, line and column', () => {
    const { diagnostics } = engine({ t: 'line one\n  {{shout name}}' }).render('t', {});
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: 'sections/t.hbs', line: 2, col: 3, code: 'template-error', message: expect.stringContaining('unknown helper shout') }),
    ]);
  });

  it('reports a syntax error with its line', () => {
    const { diagnostics } = engine({ t: 'a\nb\n{{#each x}}' }).render('t', {});
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'sections/t.hbs', line: 3, code: 'template-error', message: expect.stringMatching(/^template syntax error/) })]);
  });

  it('reports a missing partial and renders partials that exist', () => {
    expect(engine({ t: '{{> nope}}' }).render('t', {}).diagnostics).toEqual([
      expect.objectContaining({ file: 'sections/t.hbs', code: 'template-error', message: 'template: The partial nope could not be found' }),
    ]);
    expect(engine({ t: '{{> row}}' }, { row: '<{{x}}>' }).render('t', { x: 'a*' }).markdown).toBe('<a\\*>');
  });

  it('reads a bare {{name}} as a field even where a helper has that name', () => {
    expect(engine({ t: '{{count}} {{date}} {{person}}' }).render('t', { count: 3, date: 'today', person: 'Ana' }).markdown).toBe('3 today Ana');
  });

  it('writes a person as "Name – Role" (from the derived contact index) and a phase with its name', () => {
    const plan = { phases: { phases: [{ id: 'P1', name: 'Preparation and Setup' }] } };
    const computed = { contacts: indexContacts([{ name: 'Ana Núñez', role: 'Project Manager' } as Contact]) };
    const { markdown } = engine({ t: '{{person a}} / {{person b}} / {{person c}} / {{phase p}} / {{phase q}}' }).render('t', {
      a: 'Project Manager', b: 'ana núñez', c: 'Steering Committee', p: 'P1', q: 'P9', plan, computed,
    });
    expect(markdown).toBe('Ana Núñez – Project Manager / Ana Núñez – Project Manager / Steering Committee / P1: Preparation and Setup / P9');
  });

  it('treats a value that looks like a Handlebars expression as text', () => {
    const { markdown } = engine({ t: '{{v}}' }).render('t', { v: '{{constructor.constructor}}' });
    expect(markdown).toBe('\\{\\{constructor\\.constructor\\}\\}');
  });
});

describe('templates compiled ahead of time', () => {
  it('are used in place of compiling a template whose text they were compiled from', () => {
    const specs = new Map([[templateKey('{{a}}'), precompileTemplate('ahead: {{a}}')]]);
    const templates = new Map([['t', { file: 't.hbs', source: '{{a}}' }]]);
    expect(createTemplateEngine(templates, new Map(), specs).render('t', { a: '*' }).markdown).toBe('ahead: \\*');
    expect(createTemplateEngine(templates, new Map(), new Map()).render('t', { a: '*' }).markdown).toBe('\\*');
  });

  it('render the example plan to the same Markdown as the built-in templates compiled on load', async () => {
    const { plan } = await loadPlan('content');
    const { set } = await loadTemplateSet('content');
    const specs = new Map([...set!.sections.values()].map(({ source }) => [templateKey(source), precompileTemplate(source)]));
    const derived = derive(plan!);
    const markdown = (precompiled: ReadonlyMap<string, string>) =>
      renderPlanMarkdown(plan!, derived, { ...set!, engine: createTemplateEngine(set!.sections, set!.partials, precompiled) }).rendered;
    const ahead = markdown(specs);
    expect(ahead.parts.filter((part) => part.markdown).length).toBeGreaterThan(30);
    expect(ahead).toEqual(markdown(new Map()));
  });
});
