/**
 * The benchmark generator's plans at N=1 and N=10 built as DOCX and laid out by LibreOffice: the page numbers the
 * writer works out itself and caches in the table of contents and the "of Y" footer must be LibreOffice's pages.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writePlanFolder } from '../../bench/generate';
import { headingLabel, tocEntries } from '../../src/render/tree/doctree';
import { scratchDir } from '../fixtures/scratch';
import { buildExample, libreOfficePdf, onPath, pagesWithLine, pdfPages, tocLines } from './readers';

describe.skipIf(!['soffice', 'pdftotext', 'pdfinfo'].every(onPath))('generated plans as DOCX in LibreOffice', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it.each([1, 10])(
    'lists every heading at N=%i on the page LibreOffice puts it, and counts the pages as it does',
    async (scale) => {
      const planDir = await scratchDir(`generated-docx-${scale}`);
      dirs.push(planDir);
      await writePlanFolder(planDir, scale);
      const built = await buildExample('docx', planDir);
      dirs.push(built.dir);
      const pages = await pdfPages(await libreOfficePdf(built.path, built.dir));

      const toc = tocLines(pages);
      expect(toc.map((line) => line.label)).toEqual(tocEntries(built.tree).map(headingLabel));
      const wrong = toc.filter((line) => pagesWithLine(pages, line.label).join() !== String(line.page));
      expect(wrong.map((line) => `${line.label}: listed ${line.page}, found on ${pagesWithLine(pages, line.label).join()}`)).toEqual([]);
      const counts = pages.flatMap((page) => [...page.matchAll(/Page \d+ of (\d+)/g)].map((m) => Number(m[1])));
      expect(new Set(counts)).toEqual(new Set([pages.length]));
    },
    600_000,
  );
});
