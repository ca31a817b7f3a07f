/**
 * The DOCX carries its fonts: LibreOffice on a machine without DejaVu (fontconfig shown one other font only, such as
 * LibreOffice's own OpenSymbol) still sets the example in DejaVu Sans, from the faces embedded in the document, and its
 * pages are the ones the writer counted.
 */
import { rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from '../fixtures/scratch';
import { buildExample, libreOfficePdf, onPath, pdfPages, run } from './readers';

/** The folder of a font file fontconfig knows that is not DejaVu, or undefined. */
async function otherFontDir(): Promise<string | undefined> {
  const { stdout } = await run('fc-list', ['--format', '%{file}\\n']);
  const file = stdout.split('\n').find((path) => path.endsWith('.ttf') && !/dejavu/i.test(path));
  return file ? dirname(file) : undefined;
}

describe.skipIf(!['soffice', 'pdffonts', 'fc-list'].every(onPath))('the DOCX with its fonts embedded', () => {
  let built: Awaited<ReturnType<typeof buildExample>>;
  let fonts = '';
  let pages: string[] = [];

  beforeAll(async () => {
    built = await buildExample('docx');
    const fontDir = await otherFontDir();
    if (!fontDir) throw new Error('fontconfig lists no font besides DejaVu for LibreOffice to start with');
    const work = await scratchDir('docx-fonts');
    const config = join(work, 'fonts.conf');
    await writeFile(config, `<?xml version="1.0"?>\n<fontconfig><dir>${fontDir}</dir><cachedir>${join(work, 'cache')}</cachedir></fontconfig>\n`);
    const pdf = await libreOfficePdf(built.path, work, { FONTCONFIG_FILE: config });
    fonts = (await run('pdffonts', [pdf])).stdout;
    pages = await pdfPages(pdf);
  }, 180_000);

  afterAll(async () => {
    if (built) await rm(built.dir, { recursive: true, force: true });
  });

  it('is set in the embedded DejaVu Sans faces by LibreOffice on a machine without them', () => {
    expect(fonts).toMatch(/\+DejaVuSans\s/);
    expect(fonts).toMatch(/\+DejaVuSans-Bold\s/);
  });

  it('keeps the page count the writer stored, so the table of contents stays right where DejaVu is missing', () => {
    const counts = pages.flatMap((page) => [...page.matchAll(/Page \d+ of (\d+)/g)].map((m) => Number(m[1])));
    expect(counts.length).toBeGreaterThan(10);
    expect(new Set(counts)).toEqual(new Set([pages.length]));
  });
});
