/**
 * Type size in print, as the PDF's text boxes show it (pdftotext -bbox): no body text of the example plan's portrait
 * pages, tables and Points of Contact included, is set below 8 pt. Pages with a Gantt chart are left to the chart's
 * own tests; the landscape ten-column inventories still step down to 7 pt where 8 pt would break e-mail addresses.
 */
import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { defaultTheme } from '../../../src/render/templates/theme';
import { bodyWords, pdfWords } from '../../../scripts/layoutAudit';
import { buildExample, onPath } from '../readers';

/** pdftotext's word box is the font's ascent plus descent: 1.164 em for DejaVu Sans. */
const BOX_EM = 1.164;
const SMALLEST = 8;

describe.skipIf(!onPath('pdftotext'))('type size in the example PDF', () => {
  it('sets no body text of a portrait page, tables included, below 8 pt', async () => {
    const { dir, path } = await buildExample('pdf');
    const pages = await pdfWords(path).finally(() => rm(dir, { recursive: true, force: true }));
    const small = pages.flatMap((page, i) => {
      const words = bodyWords(page, defaultTheme.margins);
      if (i === 0 || page.width > page.height || words.some((w) => w.text === 'Gantt')) return [];
      return words.filter((w) => (w.yMax - w.yMin) / BOX_EM < SMALLEST - 0.05).map((w) => `page ${i + 1}: "${w.text}" at ${((w.yMax - w.yMin) / BOX_EM).toFixed(1)} pt`);
    });
    expect(pages.length).toBeGreaterThan(30);
    expect(small).toEqual([]);
  }, 120_000);
});
