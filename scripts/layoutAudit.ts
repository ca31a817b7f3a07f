/**
 * The layout audit: how full each body page of a paged document is, read back from the PDF with pdftotext -bbox.
 * `npm run pages` reports it for a reviewer; tests/conformance/layoutAudit.test.ts holds the documents to it.
 *
 * A body page is under-filled when its text ends above 70 % of the text area while the next page does not start a
 * chapter: the space was left by the layout, not by the end of a chapter.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { DocTree, Heading } from '../src/render/tree/doctree';

const run = promisify(execFile);
const BIG = 64 * 1024 * 1024;
/** A body page whose text ends above this share of the text area is under-filled (unless a chapter follows). */
export const UNDERFILLED = 0.7;

export interface PageText {
  width: number;
  height: number;
  /** Words as pdftotext -bbox gives them: text and box in points from the top left. */
  words: { text: string; xMin: number; xMax: number; yMin: number; yMax: number }[];
}

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Every page's words with their boxes (pdftotext -bbox). */
export async function pdfWords(pdf: string): Promise<PageText[]> {
  const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: BIG });
  return stdout.split('<page ').slice(1).map((page) => {
    const [, width, height] = /width="([\d.]+)" height="([\d.]+)"/.exec(page) ?? [];
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: unescape(m[5]),
    }));
    return { width: Number(width), height: Number(height), words };
  });
}

export interface Margins {
  top: number;
  bottom: number;
}

/** The body's words: those between the running header and footer. */
export const bodyWords = (page: PageText, margins: Margins): PageText['words'] =>
  page.words.filter((w) => w.yMin >= margins.top - 2 && w.yMax <= page.height - margins.bottom + 2);

/** Where a body page's text ends, as a share of the text area (0 for a page without body text). */
function fill(page: PageText, margins: Margins): number {
  const words = bodyWords(page, margins);
  if (words.length === 0) return 0;
  const bottom = words.reduce((most, w) => Math.max(most, w.yMax), 0);
  return (bottom - margins.top) / (page.height - margins.top - margins.bottom);
}

/** Whether the page's body starts with a chapter heading ("3 Implementation Support"). */
function startsChapter(page: PageText | undefined, margins: Margins, chapters: readonly string[]): boolean {
  if (!page) return true;
  const first = bodyWords(page, margins).slice(0, 12).map((w) => w.text).join(' ');
  return chapters.some((chapter) => first.startsWith(chapter));
}

/** Chapters as the pages show them ("3 Implementation Support"): the level-1 headings after the table of contents. */
export function chapterTitles(tree: DocTree): string[] {
  const afterToc = tree.blocks.slice(tree.blocks.findIndex((b) => b.type === 'toc') + 1);
  return afterToc
    .filter((b): b is Heading => b.type === 'heading' && b.level === 1)
    .map((h) => (h.number ? `${h.number} ${h.text}` : h.text).slice(0, 30));
}

export interface PageFill {
  /** 1-based page number. */
  page: number;
  /** How far down the text area the text reaches, 0 to 1. */
  fill: number;
  underfilled: boolean;
}

export interface FillReport {
  pages: PageFill[];
  /** Page numbers of the under-filled pages. */
  underfilled: number[];
}

/** Fill of every body page: from the first chapter's page (after the title page, history and contents) to the end. */
export function pageFill(pages: readonly PageText[], margins: Margins, chapters: readonly string[]): FillReport {
  const firstBody = pages.findIndex((p, i) => i > 0 && startsChapter(p, margins, chapters.slice(0, 1)));
  const rows = pages.flatMap((page, i) => {
    if (i < Math.max(firstBody, 0)) return [];
    const share = fill(page, margins);
    const last = i === pages.length - 1;
    const underfilled = !last && share < UNDERFILLED && !startsChapter(pages[i + 1], margins, chapters);
    return [{ page: i + 1, fill: share, underfilled }];
  });
  return { pages: rows, underfilled: rows.filter((r) => r.underfilled).map((r) => r.page) };
}

/** The audit of a PDF (ours, or LibreOffice's rendering of the DOCX) of the document `tree` was written from. */
export async function auditPdf(pdf: string, tree: DocTree, margins: Margins): Promise<FillReport> {
  return pageFill(await pdfWords(pdf), margins, chapterTitles(tree));
}

/** The report as lines: a summary, then every body page's fill. */
export function fillLines(label: string, audit: FillReport): string[] {
  const summary = `${label}: ${audit.underfilled.length} under-filled of ${audit.pages.length} body pages (${audit.underfilled.join(', ') || 'none'})`;
  const pages = audit.pages.map((p) => `${label} page ${p.page}: ${(p.fill * 100).toFixed(0)} % full${p.underfilled ? '  <- under-filled' : ''}`);
  return [summary, ...pages];
}
