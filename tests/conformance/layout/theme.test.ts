/**
 * One look in the three formats: the theme decides, and each format as a real reader lays it out agrees. The PDF as
 * written, the DOCX as LibreOffice prints it and the HTML as Chromium prints it are read back alike (pdftohtml -xml:
 * each line of text with its page, position, colour and face): every chapter starts a page of its own, headings of
 * levels 1 to 3 are in the theme's heading colour, figure captions are upright, the title page opens with the
 * classification in capitals in the accent colour, and its approvals table has the same columns, in all three.
 */
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildPlan, renderPlan } from '../../../src/pipeline/build';
import { checkPlan } from '../../../src/pipeline/check';
import { headingLabel, type Heading } from '../../../src/render/tree/doctree';
import { defaultTheme } from '../../../src/render/templates/theme';
import { chapterTitles } from '../../../scripts/layoutAudit';
import { scratchDir } from '../../fixtures/scratch';
import { BIG_OUTPUT, chromium, EXAMPLE_PLAN, libreOfficePdf, onPath, run, squash } from '../readers';

interface TextLine {
  page: number;
  top: number;
  text: string;
  color: string;
  italic: boolean;
}

/** Every line of text with its page and look, and each page's long side (pdftohtml -xml, in its own units). */
async function textLines(pdf: string): Promise<{ lines: TextLine[]; longSides: number[] }> {
  const { stdout } = await run('pdftohtml', ['-xml', '-i', '-stdout', '-q', pdf], { maxBuffer: BIG_OUTPUT });
  const colors = new Map([...stdout.matchAll(/<fontspec id="(\d+)"[^>]*color="([^"]+)"/g)].map((m) => [m[1], m[2].toLowerCase()]));
  const longSides: number[] = [];
  const lines: TextLine[] = [];
  for (const page of stdout.split('<page ').slice(1)) {
    const number = Number(/number="(\d+)"/.exec(page)![1]);
    longSides[number - 1] = Math.max(Number(/height="(\d+)"/.exec(page)![1]), Number(/width="(\d+)"/.exec(page)![1]));
    for (const m of page.matchAll(/<text top="(\d+)"[^>]*font="(\d+)">(.*?)<\/text>/g)) {
      const text = squash(m[3].replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#160;/g, ' '));
      if (text) lines.push({ page: number, top: Number(m[1]), text, color: colors.get(m[2]) ?? '', italic: /<i>/.test(m[3]) });
    }
  }
  return { lines, longSides };
}

/** The largest difference between two #RRGGBB colours in one channel: Chromium's colour management moves a unit. */
function channelGap(a: string, b: string): number {
  const channels = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  const [x, y] = [channels(a), channels(b)];
  return Math.max(...x.map((value, i) => Math.abs(value - y[i])));
}

/** The first body line of each page (below the running header: the theme's top margin), on letter paper. */
function pageOpeners({ lines, longSides }: { lines: TextLine[]; longSides: number[] }, paperLongSide: number): Map<number, string> {
  const openers = new Map<number, TextLine>();
  for (const line of lines) {
    const scale = longSides[line.page - 1] / paperLongSide;
    if (line.top < (defaultTheme.margins.top - 4) * scale) continue;
    const first = openers.get(line.page);
    if (!first || line.top < first.top) openers.set(line.page, line);
  }
  return new Map([...openers].map(([page, line]) => [page, line.text]));
}

describe.skipIf(!['pdftohtml', 'soffice', 'chromium'].every(onPath))('one look in the three formats', () => {
  it('starts every chapter on a new page, colours headings, sets captions, the classification and the approvals alike in PDF, DOCX and HTML', async () => {
    const out = await scratchDir('theme-look');
    const built = await buildPlan(EXAMPLE_PLAN, { formats: ['pdf', 'docx', 'html'], outDir: out });
    const checked = await checkPlan(EXAMPLE_PLAN);
    const { tree } = checked.plan ? await renderPlan(EXAMPLE_PLAN, checked.plan) : {};
    if (!built.ok || !tree) throw new Error('the example plan did not build');
    const path = (ext: string) => built.written.find((w) => w.path.endsWith(ext))!.path;
    const printed = `${await scratchDir('theme-look-html')}/printed.pdf`;
    const [docxPdf] = await Promise.all([
      libreOfficePdf(path('.docx'), await scratchDir('theme-look-lo')),
      chromium(out, ['--no-pdf-header-footer', `--print-to-pdf=${printed}`, pathToFileURL(path('.html')).href]),
    ]);
    const formats = { PDF: path('.pdf'), DOCX: docxPdf, HTML: printed };
    const chapters = chapterTitles(tree);
    const headings = tree.blocks.filter((b): b is Heading => b.type === 'heading' && b.level <= 3 && b.number !== undefined);
    const sample = [1, 2, 3].map((level) => headingLabel(headings.find((h) => h.level === level)!));
    const caption = tree.blocks.find((b) => b.type === 'drawing' && b.caption)!;
    const captionText = caption.type === 'drawing' ? caption.caption!.slice(0, 30) : '';
    const classification = checked.plan!.meta.classification!.toUpperCase();

    for (const [format, pdf] of Object.entries(formats)) {
      const read = await textLines(pdf);
      const openers = [...pageOpeners(read, 792).values()];
      const unbroken = chapters.filter((chapter) => !openers.some((opener) => opener.startsWith(chapter)));
      expect(unbroken, `${format}: chapters that do not start a page`).toEqual([]);
      for (const label of sample) {
        // The last line that is the label alone: the table of contents lists it first.
        const line = read.lines.filter((l) => l.text === label).at(-1);
        expect(channelGap(line?.color ?? '#ffffff', defaultTheme.colors.heading), `${format}: colour ${line?.color} of "${label}"`).toBeLessThanOrEqual(2);
      }
      const captionLine = read.lines.find((l) => l.text.startsWith(captionText));
      expect(captionLine?.italic, `${format}: "${captionText}" italic`).toBe(false);

      const titlePage = read.lines.filter((l) => l.page === 1).sort((a, b) => a.top - b.top);
      expect(titlePage[0]?.text, `${format}: first line of the title page`).toBe(classification);
      expect(channelGap(titlePage[0]?.color ?? '#ffffff', defaultTheme.colors.accent), `${format}: classification colour`).toBeLessThanOrEqual(2);
      const approvalsHeader = ['Name', 'Role', 'Date', 'Signature'].map((column) => titlePage.find((l) => l.text === column)?.text);
      expect(approvalsHeader, `${format}: approvals columns`).toEqual(['Name', 'Role', 'Date', 'Signature']);
    }
  }, 300_000);
});
