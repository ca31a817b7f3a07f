/**
 * The HTML writer's output as a real browser sees it: headless Chromium parses it (--dump-dom), logs any
 * console message (--enable-logging=stderr), and prints it (--print-to-pdf), whose text pdftotext reads back.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headingLabel, tocEntries, type DocTree, type Heading } from '../../src/render/tree/doctree';
import { defaultTheme } from '../../src/render/templates/theme';
import { writeHtml } from '../../src/writers/html/index';
import { sampleTree } from '../fixtures/sampleTree';
import { BIG_OUTPUT, chromium as chromiumIn, consoleLines, onPath, run } from './readers';
import { scratchDir } from '../fixtures/scratch';

const HOSTILE = '<script>document.title="pwned"</script><img src=x onerror="alert(1)">';

/** The sample document plus a paragraph and an approver whose text looks like markup. */
function conformanceTree(): DocTree {
  const tree = sampleTree();
  return {
    ...tree,
    titlePage: { ...tree.titlePage, approvals: [...tree.titlePage.approvals, { name: HOSTILE, role: 'Reviewer' }] },
    blocks: [...tree.blocks, { type: 'paragraph', runs: [{ type: 'text', text: HOSTILE }] }],
  };
}

describe.skipIf(!onPath('chromium'))('HTML output in headless Chromium', () => {
  const tree = conformanceTree();
  let dir = '';
  let dom = '';
  let log = '';
  let pdfText = '';
  let pageCount = 0;
  let pageSizes: string[] = [];

  /** One headless Chromium run with a profile of its own in the scratch directory. */
  const chromium = (args: string[]) => chromiumIn(dir, args);

  beforeAll(async () => {
    dir = await scratchDir('html');
    const htmlPath = join(dir, 'plan.html');
    const pdfPath = join(dir, 'plan.pdf');
    await writeFile(htmlPath, writeHtml(tree, defaultTheme));
    const url = pathToFileURL(htmlPath).href;

    const dumped = await chromium(['--enable-logging=stderr', '--v=0', '--dump-dom', url]);
    dom = dumped.stdout;
    log = consoleLines(dumped.stderr, url).join('\n');

    await chromium(['--no-pdf-header-footer', `--print-to-pdf=${pdfPath}`, url]);
    pdfText = (await run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { maxBuffer: BIG_OUTPUT })).stdout;
    const info = (await run('pdfinfo', ['-f', '1', '-l', '999', pdfPath])).stdout;
    pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    pageSizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+ x [\d.]+)/gm)].map((m) => m[1]);
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  });

  describe('the DOM Chromium builds (--dump-dom)', () => {
    it('has an element with the id of every TOC link target', () => {
      const nav = /<nav class="toc"[^>]*>[\s\S]*?<\/nav>/.exec(dom)?.[0] ?? '';
      const targets = [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
      const ids = new Set([...dom.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      expect(targets).toEqual(tocEntries(tree).map((e) => e.id));
      expect(targets.filter((id) => !ids.has(id))).toEqual([]);
    });

    it('has every heading, in document order', () => {
      const headings = tree.blocks.filter((b): b is Heading => b.type === 'heading');
      const seen = [...dom.matchAll(/<h([1-6]) id="([^"]+)"[^>]*>/g)].map((m) => `h${m[1]}#${m[2]}`);
      expect(seen).toEqual(headings.map((h) => `h${h.level}#${h.id}`));
    });

    it('has every table cell: all 200 rows of the long table and all 10 columns of the wide one', () => {
      for (let i = 1; i <= 200; i++) expect(dom).toContain(`<th scope="row">T${i}</th><td>Task number ${i} with a longer description that wraps</td>`);
      expect(dom).toContain('<th scope="col">Maint. Contract Contact</th>');
      expect(dom).toContain('<td>Dell ProSupport, 800-555-0101</td>');
      expect(dom).toContain('<td class="align-right">None</td>');
    });

    it('shows text that looks like markup as text: no script or img element comes from it', () => {
      expect(dom).not.toMatch(/<script/i);
      expect(dom).not.toMatch(/<[a-z][^>]*\sonerror=/i);
      expect(dom.match(/<img\s/g)).toHaveLength(2); // the logo and the figure
      expect(dom.match(/&lt;script&gt;document\.title="pwned"&lt;\/script&gt;&lt;img src=x onerror="alert\(1\)"&gt;/g)).toHaveLength(2);
      expect(dom).toContain('<title>Implementation Management Plan</title>');
    });

    it('logs no console message (script error, blocked resource) for the page', () => {
      expect(log).toBe('');
    });

    it('would notice a console message: a page breaking its own policy is logged', async () => {
      const control = join(dir, 'control.html');
      await writeFile(control, `<!doctype html><meta http-equiv="Content-Security-Policy" content="img-src data:"><img src="https://example.invalid/x.png" alt="">`);
      const url = pathToFileURL(control).href;
      const { stderr } = await chromium(['--enable-logging=stderr', '--v=0', '--dump-dom', url]);
      expect(consoleLines(stderr, url).join('\n')).toMatch(/Content Security Policy/);
    });
  });

  describe('the printed PDF (--print-to-pdf, read with pdftotext)', () => {
    it('contains all 200 rows of the long table, with its header repeated on the pages it spans', () => {
      for (let i = 1; i <= 200; i++) expect(pdfText).toMatch(new RegExp(`^T${i}$`, 'm'));
      expect(pdfText).toContain('Task number 200 with a longer description that wraps');
      expect(pdfText.match(/Planned Finish/g)?.length).toBeGreaterThanOrEqual(3);
    });

    it('prints "Page X of Y" on every page after the title page, from @page margin boxes', () => {
      expect(pageCount).toBeGreaterThan(5);
      for (let page = 2; page <= pageCount; page++) expect(pdfText).toContain(`Page ${page} of ${pageCount}`);
      expect(pdfText).not.toContain(`Page 1 of ${pageCount}`);
    });

    it('prints the running header and footer text on every page after the title page', () => {
      const count = (text: string) => pdfText.split(text).length - 1;
      expect(count('Department of Consumer Outreach')).toBe(pageCount - 1 + 1); // + once on the title page
      expect(count('Implementation Management Plan 1.1 | 2026-10-15')).toBe(pageCount - 1);
    });

    it('prints the title page, then the headings in document order, each on a line of its own', () => {
      const headings = tree.blocks.filter((b): b is Heading => b.type === 'heading').map((h) => headingLabel(h));
      let from = pdfText.indexOf('Analytix Platform Release 2.4'); // the subtitle, only on the title page
      expect(from).toBeGreaterThanOrEqual(0);
      for (const line of [...headings.slice(0, 1), 'Table of Contents', ...headings.slice(1)]) {
        const at = pdfText.indexOf(`\n${line}\n`, from);
        expect(at, `"${line}" after offset ${from}`).toBeGreaterThan(from);
        from = at;
      }
    });

    it('prints the wide table on a landscape page and the rest portrait', () => {
      expect(pageSizes).toHaveLength(pageCount);
      expect(pageSizes.filter((s) => s === '792 x 612')).toHaveLength(1);
      expect(pageSizes.filter((s) => s === '612 x 792')).toHaveLength(pageCount - 1);
    });

    it('keeps the task glyphs and non-Latin names', () => {
      expect(pdfText).toContain('☑');
      expect(pdfText).toContain('☐');
      expect(pdfText).toContain('Łukasz Żółć, Nguyễn Thị Minh');
    });
  });
});
