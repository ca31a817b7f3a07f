import { describe, expect, it } from 'vitest';
import { defaultTheme } from '../../src/render/templates/theme';
import { batchPageContent, collectBytes, compactPageContent, createDocument } from '../../src/writers/pdf/document';
import { sampleTree } from '../fixtures/sampleTree';

type Buffered = { content: { buffer: Uint8Array[] } };

/** Two pages of many drawing operators, the second page then written to again (as furniture is), joined or not. */
async function draw(join: boolean): Promise<{ bytes: Uint8Array; chunks: number[] }> {
  const doc = createDocument(sampleTree().meta, defaultTheme, {});
  const bytes = collectBytes(doc);
  const pages: Buffered[] = [];
  for (let page = 0; page < 2; page++) {
    if (join) compactPageContent(doc.page);
    doc.addPage();
    if (join) batchPageContent(doc.page);
    pages.push(doc.page as unknown as Buffered);
    for (let i = 0; i < 1000; i++) doc.rect(i % 400, page * 10 + (i % 300), 5, 5).fill(i % 2 ? '#C00000' : '#1F3864');
  }
  const chunks = pages.map((page) => page.content.buffer.length);
  doc.switchToPage(0);
  doc.rect(1, 1, 2, 2).stroke();
  doc.end();
  return { bytes: await bytes, chunks };
}

describe('the content of a buffered PDF page', () => {
  it('is joined into one byte array when the layout leaves it, and a batch at a time before, yet written as the same bytes', async () => {
    const joined = await draw(true);
    const plain = await draw(false);
    // The page left holds one array; the current one its batches and the operators since the last batch.
    expect(joined.chunks[0]).toBe(1);
    expect(joined.chunks[1]).toBeLessThan(256 + 20);
    expect(Math.min(...plain.chunks)).toBeGreaterThan(2000);
    expect(Buffer.from(joined.bytes).equals(Buffer.from(plain.bytes))).toBe(true);
  });
});
