import { describe, expect, it } from 'vitest';
import { defaultTheme } from '../../src/render/templates/theme';
import type { DocTree } from '../../src/render/tree/doctree';
import { paginate } from '../../src/writers/docx/pagination';
import { sampleTree } from '../fixtures/sampleTree';

const heading = (text: string, level: 1 | 2 = 1) => ({ type: 'heading' as const, level, runs: [{ type: 'text' as const, text }], text, id: text.toLowerCase(), toc: true });
const paragraph = (words: number) => ({ type: 'paragraph' as const, runs: [{ type: 'text' as const, text: Array(words).fill('word').join(' ') }] });

describe('the DOCX page model', () => {
  it('gives every heading the table of contents lists a page, in order, after the title page', () => {
    const pages = paginate(sampleTree(), defaultTheme);
    const listed = pages.headings.map((_, i) => pages.marks.get(i)!);
    expect(listed.every((page) => page >= 2)).toBe(true);
    expect([...listed].sort((a, b) => a - b)).toEqual(listed);
    expect(pages.pageCount).toBeGreaterThanOrEqual(listed[listed.length - 1]);
  });

  it('starts a new page at a page break and runs text over as it fills pages', () => {
    const base = sampleTree();
    const tree: DocTree = { ...base, blocks: [heading('One'), paragraph(10), { type: 'pageBreak' }, heading('Two'), paragraph(3000), heading('Three')] };
    const pages = paginate(tree, defaultTheme);
    expect(pages.headings.map((h) => h.text)).toEqual(['One', 'Two', 'Three']);
    const [one, two, three] = [0, 1, 2].map((i) => pages.marks.get(i)!);
    expect(two).toBe(one + 1);
    // 3000 words of 10-point text: about 140 words a line, 50 lines a page.
    expect(three - two).toBeGreaterThanOrEqual(Math.floor(3000 / 140 / 50));
    expect(pages.pageCount).toBe(three);
  });

  it('sets a wide table on a page of its own orientation, after which the body starts a new page', () => {
    const base = sampleTree();
    const cells = (n: number) => Array.from({ length: n }, (_, i) => [{ type: 'text' as const, text: `c${i}` }]);
    const wide = { type: 'table' as const, header: cells(10), rows: [cells(10)], align: Array(10).fill(null) };
    const tree: DocTree = { ...base, blocks: [heading('Before'), paragraph(5), wide, heading('After')] };
    const pages = paginate(tree, defaultTheme);
    // The heading and its introduction go with the wide table to the landscape page; the next heading starts a portrait one.
    expect(pages.marks.get(1)).toBe(pages.marks.get(0)! + 1);
  });

  it('floats a chart too tall for the rest of its page past the text after it, splitting a table where it comes', () => {
    const base = sampleTree();
    const chart = { type: 'drawing' as const, width: 624, height: 560, alt: 'Gantt chart', caption: 'Gantt chart', shapes: [] };
    const cells = (row: number) => [0, 1, 2].map((column) => [{ type: 'text' as const, text: `r${row}c${column}` }]);
    const table = { type: 'table' as const, header: cells(0), rows: Array.from({ length: 60 }, (_, i) => cells(i + 1)), align: [null, null, null] };
    const tree: DocTree = { ...base, blocks: [heading('Schedule'), paragraph(600), chart, paragraph(20), table, heading('Next')] };
    const pages = paginate(tree, defaultTheme);
    const [run] = pages.runs;
    // The chart no longer fits under the long paragraph: the short one and the first rows of the table fill the page.
    expect(run.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'paragraph', 'table', 'drawing', 'table', 'heading']);
    const [first, rest] = run.blocks.filter((b) => b.type === 'table');
    expect([first, rest].map((t) => (t.type === 'table' ? t.rows.length : 0)).reduce((a, b) => a + b)).toBe(60);
    expect(pages.continued.get(rest as typeof table)).toBe(table);
    expect(rest.type === 'table' && rest.header).toEqual(table.header);
  });
});
