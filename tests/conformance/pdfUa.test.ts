/**
 * PDF/UA-1 as far as a structure check can tell: the example plan built as PDF (and as the PDF/A-2b of a release),
 * its structure tree, annotations, metadata and page content read back through qpdf.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tocEntries, type DocTree } from '../../src/render/tree/doctree';
import { writePdf } from '../../src/writers/pdf/index';
import { defaultTheme } from '../../src/render/templates/theme';
import { fontPath } from '../../src/fonts/faces';
import { buildExample, onPath } from './readers';
import { pdfUaProblems, readPdfStructure, type PdfStructure } from './pdfStructure';
import { sampleTree } from '../fixtures/sampleTree';

describe.skipIf(!onPath('qpdf'))('PDF/UA-1 structure', () => {
  let dir = '';
  let scratch = '';
  let example: PdfStructure;
  let archival: PdfStructure;
  let tree: DocTree;

  beforeAll(async () => {
    const built = await buildExample('pdf');
    dir = built.dir;
    tree = built.tree;
    example = await readPdfStructure(built.path);
    // A release writes PDF/A-2b: the same checks hold for it.
    scratch = await mkdtemp(join(tmpdir(), 'plansmith-pdfua-'));
    const path = join(scratch, 'archival.pdf');
    await writeFile(path, await writePdf(sampleTree(), defaultTheme, { pdfa: true }));
    archival = await readPdfStructure(path);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([dir, scratch].filter(Boolean).map((d) => rm(d, { recursive: true, force: true })));
  });

  it('finds nothing wrong in the example plan', () => {
    expect(pdfUaProblems(example)).toEqual([]);
  });

  it('finds nothing wrong in a PDF/A-2b file, which claims both standards', () => {
    expect(pdfUaProblems(archival)).toEqual([]);
    expect(archival.metadata).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(archival.metadata).toContain('<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>');
  });

  it('puts every table-of-contents entry and every link in the text in the tree as a Link with its annotation', () => {
    const links = example.annotations.filter((a) => a.dict['/Subtype'] === '/Link');
    const inToc = links.filter((a) => example.annotationParents.get(a.ref)?.element.parent?.type === 'TOCI');
    expect(inToc).toHaveLength(tocEntries(tree).length);
    // The rest sit in the text, each Link inside the paragraph or cell it belongs to.
    const inText = links.filter((a) => !inToc.includes(a));
    expect(inText.length).toBeGreaterThan(0);
    for (const a of inText) expect(['P', 'TD', 'TH', 'LBody', 'Lbl']).toContain(example.annotationParents.get(a.ref)?.element.parent?.type);
  });

  it('tags the cover title as a heading and the approvals label as its table caption', () => {
    const top = example.elements.filter((e) => e.parent?.type === 'Document');
    const cover = top.slice(0, top.findIndex((e) => e.type === 'Table'));
    expect(cover.map((e) => e.type)).toContain('H1');
    const captions = example.elements.filter((e) => e.type === 'Caption');
    expect(captions.some((c) => c.parent?.type === 'Table')).toBe(true);
    expect(example.elements.filter((e) => e.type === 'TH').every((th) => th.attributes.some((a) => a['/Scope'] === '/Column' || a['/Scope'] === '/Row'))).toBe(true);
  });

  it('catches content painted outside the tree: an untagged file fails', async () => {
    const path = join(scratch, 'untagged.pdf');
    const doc = new PDFDocument({ font: fontPath('sans') });
    const bytes = new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
    });
    doc.text('Untagged text').link(72, 72, 100, 12, 'https://example.org/').rect(72, 200, 50, 50).fill('#000000');
    doc.end();
    await writeFile(path, await bytes);
    const problems = pdfUaProblems(await readPdfStructure(path)).join('\n');
    expect(problems).toContain('there is no structure tree');
    expect(problems).toMatch(/page 1 paints \(TJ\)/);
    expect(problems).toMatch(/page 1 paints \(f\)/);
    expect(problems).toMatch(/annotation .* has no \/Contents/);
  });

  it('catches what it checks: a file stripped of its tags fails', () => {
    const stripped: PdfStructure = {
      ...example,
      lang: '',
      displayDocTitle: false,
      metadata: '',
      annotationParents: new Map(),
      elements: example.elements.map((e) => (e.type === 'TH' ? { ...e, attributes: [] } : e.type === 'Figure' ? { ...e, dict: {} } : e)),
      paintedOutside: [{ page: 2, operator: 'TJ' }],
    };
    const problems = pdfUaProblems(stripped).join('\n');
    for (const expected of ['/Lang', 'DisplayDocTitle', 'pdfuaid', 'has no /Scope', 'has no /Alt', 'is not in the structure tree', 'page 2 paints (TJ)']) expect(problems).toContain(expected);
  });
});
