/**
 * The layout audit (scripts/layoutAudit.ts) on the example plan and on a generated plan at scale 10: in the PDF and in
 * the DOCX as LibreOffice lays it out, at most one body page ends above 70 % of the text area without a chapter
 * starting on the next page. Tables fill their pages, landscape runs carry no stranded lead-in, figures leave no gap
 * (in the DOCX too, where the page model moves a figure past the blocks that fill its page).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writePlanFolder } from '../../../bench/generate';
import { buildPlan, renderPlan } from '../../../src/pipeline/build';
import { checkPlan } from '../../../src/pipeline/check';
import { loadTemplateSet } from '../../../src/render/templates/templateSet';
import { auditPdf, fillLines, type FillReport } from '../../../scripts/layoutAudit';
import { scratchDir } from '../../fixtures/scratch';
import { EXAMPLE_PLAN, libreOfficePdf, onPath } from '../readers';

/** The audits of a plan folder's PDF and of its DOCX as LibreOffice lays it out. */
async function audits(planDir: string): Promise<{ pdf: FillReport; docx: FillReport }> {
  const out = await scratchDir('page-fill');
  const built = await buildPlan(planDir, { formats: ['pdf', 'docx'], outDir: out });
  if (!built.ok) throw new Error(`${planDir} did not build`);
  const checked = await checkPlan(planDir);
  const { tree } = checked.plan ? await renderPlan(planDir, checked.plan) : {};
  const { set } = await loadTemplateSet(planDir);
  if (!tree || !set) throw new Error(`${planDir} did not render`);
  const path = (ext: string) => built.written.find((w) => w.path.endsWith(ext))!.path;
  // LibreOffice writes its PDF under the DOCX's name: a folder of its own keeps it from replacing ours.
  const docxPdf = await libreOfficePdf(path('.docx'), await scratchDir('page-fill-lo'));
  const [pdf, docx] = await Promise.all([auditPdf(path('.pdf'), tree, set.theme.margins), auditPdf(docxPdf, tree, set.theme.margins)]);
  return { pdf, docx };
}

/** The under-filled pages with their fill, as a failure shows them. */
const underfilled = (label: string, audit: FillReport) =>
  fillLines(label, audit)
    .filter((line, i) => i === 0 || line.includes('under-filled'))
    .join('\n');

/** The plans audited: the example, and a generated plan at scale 10; each with the fewest PDF pages it must have. */
const PLANS = [
  { name: 'the example plan', minPages: 30, timeout: 240_000, folder: async () => EXAMPLE_PLAN },
  {
    name: 'a generated plan at scale 10',
    minPages: 100,
    timeout: 480_000,
    folder: async () => {
      const plan = join(await scratchDir('page-fill-plan'), 'plan');
      await writePlanFolder(plan, 10);
      return plan;
    },
  },
];

describe.skipIf(!['pdftotext', 'soffice'].every(onPath))('page fill (layout audit)', () => {
  describe.each(PLANS)('$name', ({ minPages, timeout, folder }) => {
    let audit: { pdf: FillReport; docx: FillReport };
    beforeAll(async () => {
      audit = await audits(await folder());
    }, timeout);

    it('leaves at most one under-filled body page in the PDF', () => {
      expect(audit.pdf.pages.length).toBeGreaterThan(minPages);
      expect(audit.pdf.underfilled.length, underfilled('PDF', audit.pdf)).toBeLessThanOrEqual(1);
    });

    it('leaves at most one under-filled body page in the DOCX as LibreOffice lays it out', () => {
      expect(audit.docx.underfilled.length, underfilled('DOCX', audit.docx)).toBeLessThanOrEqual(1);
    });
  });
});
