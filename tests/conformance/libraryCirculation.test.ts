/**
 * The second example plan (examples/library-circulation: a four-branch system replacement written the way
 * real plans are) passes `check --strict` untouched, and each field the format gained for such plans reads
 * back from all three documents in the real readers: the HTML in Chromium, the DOCX in pandoc and in
 * LibreOffice, the PDF in poppler.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/pipeline/check';
import { buildExample, chromium, htmlText, libreOfficePdf, onPath, pdfDrawnText, run, squash, type BuiltExample } from './readers';

const PLAN = join(import.meta.dirname, '../../examples/library-circulation');

/** Per new field, what a reader of any of the three documents must see. */
const RENDERED: Record<string, string[]> = {
  'milestone task': ['marks task T12', 'marks task T22'],
  'week-relative dates, as written': ['Week 10', 'Weeks 12-13', 'Period: Week 1 to Week 4'],
  'phase given by name and dates only': ['P2: Build and Test'],
  'gate date and approver': ['May 5, 2027', 'Zoë Brontë – Project Sponsor'],
  'site go-live tied to a task': ['May 10, 2027, at the end of task T14'],
  'currency by symbol': ['$120,000', '$268,000'],
  'licence as free text': ['County enterprise agreement, unlimited staff users', '12 × kiosk'],
  'stated critical path': ['Critical path as the plan states it: T01 → T03 → T05 → T08'],
  'staffing total as peak': ['Peak FTE'],
  'organisations as owners': ['Northwind Hardware Supply', 'Part in the Implementation'],
  'names typed in NFD, printed composed': ['Amélie Dubois (Site Coordinator)'],
};

const expectAll = (text: string) => {
  const normalized = squash(text.normalize('NFC'));
  for (const [field, texts] of Object.entries(RENDERED)) {
    for (const expected of texts) expect(normalized, field).toContain(expected);
  }
};

/** Builds the plan in one format before the tests of the enclosing block, and removes the output after them. */
function builtAs(format: 'pdf' | 'docx' | 'html'): () => BuiltExample {
  let built: BuiltExample | undefined;
  beforeAll(async () => {
    built = await buildExample(format, PLAN);
  }, 120_000);
  afterAll(async () => {
    if (built) await rm(built.dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  });
  return () => built!;
}

describe('the library circulation example plan', () => {
  it('passes check --strict with no diagnostics', async () => {
    const result = await checkPlan(PLAN, { strict: true });
    expect(result.diagnostics).toEqual([]);
    expect(result.plan?.implementationSchedule?.tasks.length).toBeGreaterThanOrEqual(20);
    expect(result.plan?.majorTasks?.tasks.length).toBeLessThan(result.plan!.implementationSchedule!.tasks.length);
  });

  describe.skipIf(!onPath('pdftotext'))('as PDF, read by poppler', () => {
    const built = builtAs('pdf');

    it('shows every new field', async () => {
      expectAll(await pdfDrawnText(built().path));
    });
  });

  describe.skipIf(!onPath('pandoc') || !onPath('soffice') || !onPath('pdftotext'))('as DOCX, read by pandoc and LibreOffice', () => {
    const built = builtAs('docx');

    it('shows every new field in pandoc', async () => {
      const { stdout } = await run('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', built().path]);
      expectAll(stdout);
    });

    it('shows every new field in LibreOffice', async () => {
      expectAll(await pdfDrawnText(await libreOfficePdf(built().path, built().dir)));
    }, 120_000);
  });

  describe.skipIf(!onPath('chromium'))('as HTML, read by Chromium', () => {
    const built = builtAs('html');

    it('shows every new field', async () => {
      const { stdout } = await chromium(built().dir, ['--dump-dom', pathToFileURL(built().path).href]);
      expectAll(htmlText(stdout));
    }, 120_000);
  });
});
