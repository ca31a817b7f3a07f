/**
 * WCAG 2.1 A/AA and axe's best practices, checked by axe-core in headless Chromium over the example plan's HTML at
 * 1280, 390 (a phone) and 320 CSS pixels wide (320 is WCAG 1.4.10's reflow width), plus what axe cannot see: whether the page
 * reflows without scrolling sideways, and whether following a table-of-contents link moves the keyboard focus.
 *
 * The page is loaded in an iframe of the width under test (Chromium's window is never narrower than 500 pixels); a
 * script injected into a copy of the page runs axe and posts its findings to the frame's parent, which --dump-dom
 * prints. The copy's Content-Security-Policy admits that script; nothing else in the page changes.
 */
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExample, chromium, onPath } from './readers';

interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

interface PageReport {
  width: number;
  violations: AxeFinding[];
  /** How far the page is wider than the frame (less its scroll bar), in CSS pixels: 0 or less when it reflows. */
  overflow: number;
  /** Elements sticking out of the frame, outside any table's scrolling region. */
  overflowing: string[];
  /** Table cells whose text is wider than the cell (clipped or spilling out), with their text. */
  clippedCells: string[];
  /** Tables wider than their region whose region is not a labelled scroll container with a header that stays. */
  hiddenColumns: string[];
  /** The narrowest wide-table region as a share of the window's width. */
  wideShare: number;
  /** The id of the element focused after following the first TOC link, and that link's target. */
  focused: string;
  tocTarget: string;
}

const WIDTHS = [1280, 390, 320];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Runs in the page: axe, the reflow measure and the TOC focus probe; posts a PageReport to the parent. */
const PROBE = `
window.addEventListener('load', async () => {
  const results = await axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} }, resultTypes: ['violations'] });
  const violations = results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  const width = document.documentElement.clientWidth;
  const overflowing = [...document.querySelectorAll('body *')]
    .filter((e) => !e.closest('.table-scroll') && e.getBoundingClientRect().right > width + 1)
    .slice(0, 5)
    .map((e) => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ': ' + (e.textContent || '').trim().slice(0, 40));
  const clippedCells = [...document.querySelectorAll('td, th')]
    .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
    .slice(0, 5)
    .map((cell) => (cell.textContent || '').trim().slice(0, 40));
  const hiddenColumns = [...document.querySelectorAll('.table-scroll')]
    .filter((region) => region.scrollWidth > region.clientWidth + 1)
    .filter((region) => {
      const th = region.querySelector('thead th');
      return !region.getAttribute('aria-label') || !th || getComputedStyle(th).position !== 'sticky';
    })
    .map((region) => region.getAttribute('aria-label') || '(unlabelled)');
  const wideShare = Math.min(1, ...[...document.querySelectorAll('.table-scroll.wide')].map((region) => region.getBoundingClientRect().width / width));
  const link = document.querySelector('nav.toc a');
  link.click();
  await new Promise((resolve) => setTimeout(resolve, 100));
  parent.postMessage(JSON.stringify({
    width: innerWidth, violations, overflow: document.documentElement.scrollWidth - width, overflowing, clippedCells, hiddenColumns, wideShare,
    focused: document.activeElement ? document.activeElement.id : '', tocTarget: link.getAttribute('href').slice(1),
  }), '*');
});`;

function frameHost(width: number): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>axe</title></head><body style="margin:0">',
    `<iframe src="page.html" title="page" style="width:${width}px;height:900px;border:0"></iframe>`,
    '<pre id="report"></pre>',
    "<script>addEventListener('message', (e) => { document.getElementById('report').textContent = e.data; });</script>",
    '</body></html>',
  ].join('');
}

const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe.skipIf(!onPath('chromium'))('the example plan as HTML under axe-core in headless Chromium', () => {
  let dir = '';
  const reports = new Map<number, PageReport>();

  beforeAll(async () => {
    const built = await buildExample('html');
    dir = built.dir;
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    await copyFile(axePath, join(dir, 'axe.min.js'));
    const page = (await readFile(built.path, 'utf8'))
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'self' file: 'unsafe-inline'">`)
      .replace('</body>', `<script src="axe.min.js"></script>\n<script>${PROBE}</script>\n</body>`);
    await writeFile(join(dir, 'page.html'), page);
    for (const width of WIDTHS) {
      const host = join(dir, `host-${width}.html`);
      await writeFile(host, frameHost(width));
      const { stdout } = await chromium(dir, ['--window-size=1400,1000', '--virtual-time-budget=120000', '--dump-dom', pathToFileURL(host).href]);
      const report = /<pre id="report">([\s\S]*?)<\/pre>/.exec(stdout)?.[1];
      if (!report) throw new Error(`axe reported nothing at ${width} px`);
      reports.set(width, JSON.parse(decode(report)) as PageReport);
    }
  }, 300_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  });

  it.each(WIDTHS)('finds no WCAG 2.1 A/AA or best-practice violation at %i px', (width) => {
    const report = reports.get(width)!;
    expect(report.width).toBe(width);
    expect(report.violations).toEqual([]);
  });

  it.each(WIDTHS)('reflows at %i px: nothing but a table region is wider than the window', (width) => {
    const report = reports.get(width)!;
    expect(report.overflowing).toEqual([]);
    expect(report.overflow).toBeLessThanOrEqual(0);
  });

  it.each(WIDTHS)('clips no table text at %i px: every cell holds its text, a table wider than its region scrolls there under a header that stays', (width) => {
    const report = reports.get(width)!;
    expect(report.clippedCells).toEqual([]);
    expect(report.hiddenColumns).toEqual([]);
  });

  it('gives wide tables the window\'s width, not the reading column\'s, at 1280 px', () => {
    expect(reports.get(1280)!.wideShare).toBeGreaterThan(0.9);
  });

  it('moves the keyboard focus to the heading a table-of-contents link points at', () => {
    const report = reports.get(1280)!;
    expect(report.tocTarget).not.toBe('');
    expect(report.focused).toBe(report.tocTarget);
  });
});
