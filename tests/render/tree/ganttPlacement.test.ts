/**
 * Where Gantt charts go: a template writes `{{gantt "schedule"}}`, the helper leaves a directive line, the Markdown
 * reader asks the document builder for the blocks, and the document gets the chart with its critical path and, where
 * asked, a dependency table.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/pipeline/check';
import { renderPlan } from '../../../src/pipeline/build';
import type { Plan } from '../../../src/content/sections';
import type { Block, DocTree, Drawing } from '../../../src/render/tree/doctree';
import { createTemplateEngine } from '../../../src/render/templates/handlebars';
import { markdownToBlocks } from '../../../src/render/markdown/blocks';
import { computeSchedule } from '../../../src/derive/compute';
import { ganttAltText } from '../../../src/render/tree/gantt';
import { EXAMPLE_PLAN } from '../../conformance/readers';

const render = (source: string) => createTemplateEngine(new Map([['t', { file: 't.hbs', source }]])).render('t', {});

describe('the gantt template helper', () => {
  it('writes a directive line naming the schedule, and the table flag when asked', () => {
    expect(render('{{gantt "schedule"}}').markdown).toBe('<!-- plansmith:gantt schedule -->');
    expect(render('{{gantt "workPackages" table=true}}').markdown).toBe('<!-- plansmith:gantt workPackages table -->');
  });

  it('reports an unknown schedule against the template', () => {
    const { markdown, diagnostics } = render('{{gantt "budget"}}');
    expect(markdown).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ file: 't.hbs', code: 'template-error', message: expect.stringContaining('unknown schedule "budget"') })]);
  });
});

describe('the drawing directive in Markdown', () => {
  const chart: Drawing = { type: 'drawing', width: 100, height: 50, alt: 'A chart', shapes: [] };
  const resolveImage = () => ({ error: 'no images here' });

  it('is replaced by the blocks the resolver gives, with its kind, name and flags', () => {
    const calls: unknown[] = [];
    const { blocks, problems } = markdownToBlocks('Before.\n\n<!-- plansmith:gantt workPackages table -->\n\nAfter.', {
      resolveImage,
      resolveDrawing: (kind, name, flags) => {
        calls.push([kind, name, flags]);
        return [chart];
      },
    });
    expect(calls).toEqual([['gantt', 'workPackages', ['table']]]);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'drawing', 'paragraph']);
    expect(problems).toEqual([]);
  });

  it('reports what the resolver cannot draw, and draws nothing without a resolver', () => {
    const failed = markdownToBlocks('<!-- plansmith:gantt nothing -->', { resolveImage, resolveDrawing: () => ({ error: 'gantt: unknown schedule "nothing"' }) });
    expect(failed).toEqual({ blocks: [], problems: [{ message: 'gantt: unknown schedule "nothing"', raw: '<!-- plansmith:gantt nothing -->' }] });
    expect(markdownToBlocks('<!-- plansmith:gantt schedule -->', { resolveImage })).toEqual({ blocks: [], problems: [] });
  });

  it('leaves other comments alone: shown as text, as raw HTML always is', () => {
    const { blocks } = markdownToBlocks('<!-- plansmith:gantt schedule --><script>', { resolveImage, resolveDrawing: () => [chart] });
    expect(blocks.map((b) => b.type)).toEqual(['paragraph']);
  });
});

describe('Gantt charts in the example plan', () => {
  let plan: Plan;
  let tree: DocTree;
  let computed: ReturnType<typeof computeSchedule>;

  beforeAll(async () => {
    plan = (await checkPlan(EXAMPLE_PLAN)).plan!;
    tree = (await renderPlan(EXAMPLE_PLAN, plan)).tree!;
    computed = computeSchedule(plan);
  }, 60_000);

  const drawings = (t: DocTree) => t.blocks.filter((b): b is Drawing => b.type === 'drawing');

  /** The blocks from a heading up to the next heading of the same or a higher level. */
  function section(text: string): Block[] {
    const start = tree.blocks.findIndex((b) => b.type === 'heading' && b.text === text);
    const level = (tree.blocks[start] as { level: number }).level;
    const end = tree.blocks.findIndex((b, i) => i > start && b.type === 'heading' && b.level <= level);
    return tree.blocks.slice(start + 1, end < 0 ? undefined : end);
  }

  it('shows the Implementation Schedule chart, its critical path and then the schedule table', () => {
    const blocks = section('Implementation Schedule');
    const kinds = blocks.map((b) => (b.type === 'paragraph' ? `paragraph${b.style === 'note' ? ':note' : ''}` : b.type));
    expect(kinds).toEqual(['paragraph', 'drawing', 'paragraph:note', 'table']);
    const drawing = blocks[1] as Drawing;
    expect(drawing.alt).toBe(ganttAltText(computed.schedule!));
    expect(drawing.caption).toBe('Gantt chart: Implementation Schedule');
    // The text column of the theme's letter page with one-inch margins, no taller than most of the page.
    expect(drawing.width).toBe(468);
    expect(drawing.height).toBeLessThanOrEqual(648 * 0.8);
    const note = blocks[2];
    expect(note.type === 'paragraph' && note.runs.map((r) => (r.type === 'text' ? r.text : '')).join('')).toMatch(/^Critical paths \(2\): T01 → T03 → .* → T16; T12 → .* → T16\. Computed end: March 26, 2027\.$/);
  });

  it('shows the work packages chart with a dependency table under Phases', () => {
    const blocks = section('Phases and Work Packages');
    const drawingAt = blocks.findIndex((b) => b.type === 'drawing');
    expect(drawingAt).toBeGreaterThan(0);
    expect(blocks[drawingAt - 1].type).toBe('table');
    expect(blocks.slice(drawingAt + 1, drawingAt + 3).map((b) => b.type)).toEqual(['paragraph', 'table']);
    const table = blocks[drawingAt + 2];
    expect(table.type === 'table' && table.rows.length).toBe(computed.workPackages!.items.length);
    expect((blocks[drawingAt] as Drawing).caption).toBe('Gantt chart: Work packages by phase');
  });

  it('marks the status date of plan.yaml on every chart with a line and a legend entry, and has none without it', async () => {
    const legendTexts = (t: DocTree) => drawings(t).flatMap((d) => d.shapes.flatMap((s) => (s.type === 'text' && s.text === 'Status date' ? [s.text] : [])));
    expect(legendTexts(tree)).toEqual([]);
    const withStatus: Plan = { ...plan, meta: { ...plan.meta, calendar: { ...plan.meta.calendar!, statusDate: '2027-02-01' } } };
    const statusTree = (await renderPlan(EXAMPLE_PLAN, withStatus)).tree!;
    // Both charts of the example span February 2027, so each one's first part shows the line.
    expect(legendTexts(statusTree).length).toBeGreaterThanOrEqual(2);
  });
});
