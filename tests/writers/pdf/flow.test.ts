import { describe, expect, it } from 'vitest';
import { defaultTheme } from '../../../src/render/templates/theme';
import { Flow } from '../../../src/writers/pdf/flow';
import type { Tagger } from '../../../src/writers/pdf/tagging';

/** A flow over a document that only counts pages, and a log of what was placed on which page. */
function flowWithLog() {
  const page = { content: { buffer: [], write: () => undefined } };
  const doc = { page, addPage: () => doc } as unknown as PDFKit.PDFDocument;
  const tags = { artifact: (draw: () => void) => draw() } as unknown as Tagger;
  const flow = new Flow(doc, defaultTheme, tags);
  const placed: string[] = [];
  const put = (name: string, height: number) => {
    flow.place(height);
    placed.push(`${name}@${flow.pageIndex + 1}`);
    flow.y += height;
  };
  return { flow, placed, put };
}

describe('Flow: figures float', () => {
  it('sets a figure too tall for the rest of the page at the top of the next one, while the text after it fills this page', () => {
    const { flow, placed, put } = flowWithLog();
    put('text', flow.pageCapacity * 0.6);
    expect(flow.floats(flow.pageCapacity * 0.5)).toBe(true);
    flow.float(() => put('figure', flow.pageCapacity * 0.5));
    put('after', flow.pageCapacity * 0.3);
    put('more', flow.pageCapacity * 0.3);
    expect(placed).toEqual(['text@1', 'after@1', 'figure@2', 'more@2']);
  });

  it('keeps figures in their order, also when one of them needs a page of its own', () => {
    const { flow, placed, put } = flowWithLog();
    put('text', flow.pageCapacity * 0.5);
    for (const name of ['A', 'B', 'C']) {
      expect(flow.floats(flow.pageCapacity * 0.7)).toBe(true);
      flow.float(() => put(name, flow.pageCapacity * 0.7));
    }
    put('after', flow.pageCapacity * 0.6);
    expect(placed).toEqual(['text@1', 'A@2', 'B@3', 'C@4', 'after@5']);
  });

  it('draws figures still waiting on a page of their own before the end', () => {
    const { flow, placed, put } = flowWithLog();
    put('text', flow.pageCapacity * 0.9);
    flow.float(() => put('figure', flow.pageCapacity * 0.5));
    flow.flushFloats();
    expect(placed).toEqual(['text@1', 'figure@2']);
  });
});
