/**
 * The PDF writer checked by real readers: qpdf for structure, poppler (pdffonts, pdfinfo, pdftotext) for
 * fonts, metadata, pagination and text. Each check is skipped only when its tool is not on PATH.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tocEntries, type Table } from '../../src/render/tree/doctree';
import { defaultTheme } from '../../src/render/templates/theme';
import { writePdf } from '../../src/writers/pdf/index';
import { sampleTree } from '../fixtures/sampleTree';
import { onPath } from './readers';


function run(tool: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Words of a text, whitespace collapsed. */
const words = (text: string) => text.split(/\s+/).filter(Boolean);
const squash = (line: string) => words(line).join(' ');

const tree = sampleTree();
let dir: string;
let pdfPath: string;
let pdfaPath: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plansmith-pdf-'));
  pdfPath = join(dir, 'sample.pdf');
  pdfaPath = join(dir, 'sample-pdfa.pdf');
  writeFileSync(pdfPath, await writePdf(tree, defaultTheme));
  writeFileSync(pdfaPath, await writePdf(tree, defaultTheme, { pdfa: true }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!onPath('qpdf'))('qpdf', () => {
  it.each([['plain', () => pdfPath], ['PDF/A-2b', () => pdfaPath]])('finds no structural errors in the %s file', (_name, path) => {
    const result = run('qpdf', ['--check', path()]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('No syntax or stream encoding errors found');
    expect(result.status).toBe(0);
  });
});

describe.skipIf(!onPath('pdffonts'))('pdffonts', () => {
  const STANDARD_14 = /^(Times|Helvetica|Courier|Symbol|ZapfDingbats)/;

  it('lists only embedded fonts, all DejaVu, none of the standard 14', () => {
    const { stdout, status } = run('pdffonts', [pdfPath]);
    expect(status).toBe(0);
    const rows = stdout.split('\n').slice(2).filter((l) => l.trim() !== '');
    const fonts = rows.map((row) => {
      const name = row.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, '');
      // Columns after the name: type words, encoding, emb, sub, uni, object id, generation.
      const cols = row.trim().split(/\s+/);
      return { name, emb: cols[cols.length - 5] };
    });
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const font of fonts) {
      expect(font.emb, font.name).toBe('yes');
      expect(font.name).toMatch(/^DejaVuSans/);
      expect(font.name).not.toMatch(STANDARD_14);
    }
  });
});

describe.skipIf(!onPath('pdfinfo'))('pdfinfo', () => {
  it('shows the title, author and creator from the tree', () => {
    const { stdout } = run('pdfinfo', [pdfPath]);
    expect(stdout).toMatch(/^Title:\s+Implementation Management Plan$/m);
    expect(stdout).toMatch(/^Author:\s+Ana Núñez$/m);
    expect(stdout).toMatch(/^Creator:\s+plansmith$/m);
    expect(stdout).toMatch(/^Tagged:\s+yes$/m);
  });

  it('finds PDF/A-2b identification in the XMP metadata of the archival file', () => {
    const { stdout } = run('pdfinfo', ['-meta', pdfaPath]);
    expect(stdout).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(stdout).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
  });
});

describe.skipIf(!onPath('pdftotext') || !onPath('pdfinfo'))('pdftotext, page by page', () => {
  let pages: string[] = [];

  beforeAll(() => {
    const count = Number(/^Pages:\s+(\d+)$/m.exec(run('pdfinfo', [pdfPath]).stdout)?.[1]);
    pages = Array.from({ length: count }, (_, i) => run('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdfPath, '-']).stdout);
  });

  const pageNumbersWith = (pattern: RegExp) => pages.flatMap((text, i) => (pattern.test(text) ? [i + 1] : []));
  /** Pages with a line reading exactly `label` (a heading; TOC lines carry leaders and a number too). */
  const pagesWithLine = (label: string) => pages.flatMap((text, i) => (text.split('\n').some((line) => squash(line) === label) ? [i + 1] : []));
  const labelOf = (entry: { number?: string; text: string }) => (entry.number ? `${entry.number} ${entry.text}` : entry.text);

  it('prints, for every TOC entry, the page where the heading really is', () => {
    const entries = tocEntries(tree);
    // A TOC line: optional number, text, dot leaders, page number. Only TOC lines have leaders.
    const tocLines = pages.flatMap((text) =>
      text.split('\n').flatMap((line) => {
        const m = /^\s*(.+?)\s*\.{4,}\s*(\d+)\s*$/.exec(line);
        return m ? [{ label: squash(m[1]), page: Number(m[2]) }] : [];
      }),
    );
    expect(tocLines.map((l) => l.label)).toEqual(entries.map(labelOf));
    for (const line of tocLines) expect(pagesWithLine(line.label), line.label).toEqual([line.page]);
  });

  it('gives every TOC heading a named destination (the link target) on its own page', () => {
    const dests = run('pdfinfo', ['-dests', pdfPath]).stdout;
    for (const entry of tocEntries(tree)) {
      const page = dests.split('\n').find((line) => line.trimEnd().endsWith(`"${entry.id}"`))?.trim().split(/\s+/)[0];
      expect(pagesWithLine(labelOf(entry)), entry.id).toEqual([Number(page)]);
    }
  });

  it('contains every one of the 200 row ids of the long table', () => {
    const ids = new Set(pages.flatMap((text) => [...text.matchAll(/\bT(\d+)\b/g)].map((m) => Number(m[1]))));
    for (let n = 1; n <= 200; n++) expect(ids.has(n), `T${n}`).toBe(true);
  });

  it('repeats the long table header at the top of every page the table spans', () => {
    const spanned = pageNumbersWith(/^\s*T\d+\s/m);
    expect(spanned.length).toBeGreaterThan(3);
    for (const page of spanned) {
      const text = pages[page - 1];
      const headerAt = text.search(/Planned\s+Start/);
      expect(headerAt, `page ${page}`).toBeGreaterThanOrEqual(0);
      expect(headerAt, `page ${page}`).toBeLessThan(text.search(/^\s*T\d+\s/m));
      expect(text).toMatch(/Task\s+ID/);
      expect(text).toMatch(/Planned\s+Finish/);
    }
  });

  it('sets the ten-column table on a landscape page with every word of every cell intact', () => {
    const wide = tree.blocks.find((b): b is Table => b.type === 'table' && b.header.length === 10);
    if (!wide) throw new Error('sample tree lost its ten-column table');
    const [page] = pageNumbersWith(/PL_PRDWEB#01/);
    const size = /size:\s+([\d.]+) x ([\d.]+)/.exec(run('pdfinfo', ['-f', String(page), '-l', String(page), pdfPath]).stdout);
    expect(Number(size?.[1])).toBeGreaterThan(Number(size?.[2]));
    const pageWords = new Set(words(pages[page - 1]));
    for (const cell of [...wide.header, ...wide.rows.flat()]) {
      for (const word of words(cell.map((r) => (r.type === 'text' ? r.text : ' ')).join(''))) expect(pageWords.has(word), word).toBe(true);
    }
  });

  it('has no running header or footer on the title page and "Page X of N" on every later page', () => {
    expect(pages[0]).not.toMatch(/Page \d+ of/);
    expect(squash(pages[0])).toContain(`${tree.titlePage.title} ${tree.titlePage.subtitle}`);
    pages.slice(1).forEach((text, i) => {
      expect(text).toContain(`Page ${i + 2} of ${pages.length}`);
      expect(text).toContain(tree.furniture.headerLeft);
      expect(text).toContain(tree.furniture.footerLeft);
    });
  });

  it('never leaves a page with nothing but its header and footer', () => {
    const furniture = new Set([...words(tree.furniture.headerLeft), ...words(tree.furniture.headerRight), ...words(tree.furniture.footerLeft), ...words(tree.furniture.classification ?? '')]);
    pages.slice(1).forEach((text, i) => {
      const body = words(text.replace(/Page \d+ of \d+/, '')).filter((w) => !furniture.has(w));
      expect(body.length, `page ${i + 2}`).toBeGreaterThan(0);
    });
  });

  it('keeps every heading off the last line of its page', () => {
    const headings = tree.blocks.flatMap((b) => (b.type === 'heading' ? [labelOf(b)] : []));
    pages.forEach((text, i) => {
      const body = text.split('\n').map(squash).filter((l) => l !== '' && !/Page \d+ of \d+/.test(l));
      expect(headings, `page ${i + 1}`).not.toContain(body[body.length - 1]);
    });
  });

  it('writes the Unicode names exactly', () => {
    const all = pages.join('\n');
    for (const name of ['Zoë Ångström', 'Łukasz Żółć', 'Nguyễn Thị Minh', 'Đặng', 'Ærø', 'Søren Østergaard', '☑', '☐', '→']) expect(all).toContain(name);
  });
});
