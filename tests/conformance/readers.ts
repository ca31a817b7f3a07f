/**
 * The real readers the conformance tests run (poppler, qpdf, LibreOffice, pandoc, Chromium), each with a profile of
 * its own, and what turns their output back into pages, lines and table cells. Also builds the example plan.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { checkPlan } from '../../src/pipeline/check';
import { buildPlan, renderPlan } from '../../src/pipeline/build';
import { plainText, type Cell, type DocTree, type Heading, type Table } from '../../src/render/tree/doctree';
import type { Format } from '../../src/writers';

export const run = promisify(execFile);

/** Enough for the text of a long document or a pandoc AST. */
export const BIG_OUTPUT = 64 * 1024 * 1024;

export function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, command)));
}

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Runs of white space as single spaces, trimmed: text as a reader sees it, whatever the line breaks. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

export const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

// --- the document tree: what every format must show ---------------------------------------------------------------

export const headingsOf = (tree: DocTree): Heading[] => tree.blocks.filter((b): b is Heading => b.type === 'heading');

export const tablesOf = (tree: DocTree): Table[] => tree.blocks.filter((b): b is Table => b.type === 'table');

/** A cell's text as one line, as it reads once wrapped lines are joined again. */
export const cellText = (cell: Cell): string => squash(plainText(cell));

/** Every non-empty cell of every table, header cells included. */
export function allCellTexts(tree: DocTree): string[] {
  return tablesOf(tree).flatMap((table) => [table.header, ...table.rows].flatMap((row) => row.map(cellText))).filter(Boolean);
}

/** The version history's rows (header row first) as cell texts: the document's first table. */
export function versionHistoryRows(tree: DocTree): string[][] {
  const [history] = tablesOf(tree);
  return history ? [history.header, ...history.rows].map((row) => row.map(cellText)) : [];
}

/** Paragraphs set wholly in bold ("**Preliminary site visits**"): run-in headings, which belong to what follows. */
export function runInLabels(tree: DocTree): string[] {
  return tree.blocks.flatMap((b) => (b.type === 'paragraph' && b.runs.length > 0 && b.runs.every((r) => r.type === 'text' && r.bold) ? [squash(plainText(b.runs))] : []));
}

/** Every e-mail address in any table cell. */
export function emailsInTables(tree: DocTree): string[] {
  return [...new Set(allCellTexts(tree).flatMap((cell) => cell.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []))];
}

/** The heading a block sits under: the last one before it. */
export function headingBefore(tree: DocTree, block: Table): Heading | undefined {
  return tree.blocks.slice(0, tree.blocks.indexOf(block)).findLast((b): b is Heading => b.type === 'heading');
}

/** The cells of the column headed `header` in every table that has one. */
export function columnCells(tree: DocTree, header: string): string[] {
  return tablesOf(tree).flatMap((table) => {
    const column = table.header.findIndex((cell) => cellText(cell) === header);
    return column < 0 ? [] : table.rows.map((row) => cellText(row[column] ?? []));
  });
}

// --- the example plan ---------------------------------------------------------------------------------------------

export const EXAMPLE_PLAN = join(import.meta.dirname, '../../content');

export interface BuiltExample {
  /** Scratch directory holding the output; remove it when done. */
  dir: string;
  /** The file buildPlan wrote. */
  path: string;
  /** The document tree the file was written from, for what it must contain. */
  tree: DocTree;
}

/** Builds the example plan (or another plan folder) in one format into a fresh temporary directory, as `plansmith build` does. */
export async function buildExample(format: Format, planDir = EXAMPLE_PLAN): Promise<BuiltExample> {
  const dir = await mkdtemp(join(tmpdir(), `plansmith-example-${format}-`));
  try {
    const result = await buildPlan(planDir, { formats: [format], outDir: dir });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (!result.ok || result.written.length !== 1) throw new Error(`the example plan did not build: ${JSON.stringify(errors)}`);
    const check = await checkPlan(planDir);
    const rendered = check.plan ? await renderPlan(planDir, check.plan) : undefined;
    if (!rendered?.tree) throw new Error('the example plan did not render');
    return { dir, path: result.written[0].path, tree: rendered.tree };
  } catch (error) {
    // The caller never learns the directory of a failed build, so it goes here.
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

// --- poppler ------------------------------------------------------------------------------------------------------

/** Each page's text laid out as on the page (pdftotext -layout); index 0 is page 1. */
export async function pdfPages(pdfPath: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-'], { maxBuffer: BIG_OUTPUT });
  // pdftotext ends every page with a form feed, the last one included.
  return stdout.split('\f').slice(0, -1);
}

/**
 * The text in the order it was drawn (pdftotext -raw) as one line. The writers and LibreOffice draw a table cell by
 * cell, so each cell reads whole in it. A line ending in a dash inside a word continues without a space: a word
 * broken after its hyphen ("MERAKI-ENT-" / "2026-3310") or en dash ("7:00–" / "18:00") reads whole again.
 */
export async function pdfDrawnText(pdfPath: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', pdfPath, '-'], { maxBuffer: BIG_OUTPUT });
  return squash(stdout.replace(/(\S[-\u2013\u2014])\n/g, '$1'));
}

/**
 * The cells a reader does not show whole in `drawn`, nor split as a row too tall for the rest of a page is: ending one
 * page and going on at the top of the next. A split cell's pieces sit beside the other cells' pieces, which the reader
 * may interleave line by line, so each piece's words need only be read in order on their page.
 */
export function cellsNotShown(cells: readonly string[], drawn: string, drawnPages: readonly string[]): string[] {
  const pageWords = drawnPages.map(words);
  const inOrder = (part: string[], page: string[] | undefined) => {
    let at = 0;
    for (const word of page ?? []) if (word === part[at]) at++;
    return at === part.length;
  };
  const splitAcrossPages = (cell: string) => {
    const parts = words(cell);
    return parts.some((_, k) => k > 0 && pageWords.some((page, p) => inOrder(parts.slice(0, k), page) && inOrder(parts.slice(k), pageWords[p + 1])));
  };
  return cells.filter((cell) => !drawn.includes(cell) && !splitAcrossPages(cell));
}

/** The same, page by page (index 0 is page 1). */
export async function pdfDrawnPages(pdfPath: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', pdfPath, '-'], { maxBuffer: BIG_OUTPUT });
  return stdout.split('\f').map((page) => squash(page.replace(/(\S[-\u2013\u2014])\n/g, '$1')));
}

export interface PageSize {
  width: number;
  height: number;
}

export async function pdfPageSizes(pdfPath: string): Promise<PageSize[]> {
  const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '99999', pdfPath]);
  return [...stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** The last line of a page's text above the footer ("... Page X of Y"), white space aside. */
export function lastBodyLine(page: string): string {
  const body = page.split('\n').map(squash).filter((line) => line !== '' && !/Page \d+ of \d+/.test(line));
  return body[body.length - 1] ?? '';
}

export interface TocLine {
  label: string;
  page: number;
}

/** Lines with dot leaders and a page number, in order: the table of contents, wherever it runs over pages. */
export function tocLines(pages: readonly string[]): TocLine[] {
  return pages.flatMap((text) =>
    text.split('\n').flatMap((line) => {
      const m = /^\s*(.+?)\s*\.{3,}\s*(\d+)\s*$/.exec(line);
      return m ? [{ label: squash(m[1]), page: Number(m[2]) }] : [];
    }),
  );
}

/** Pages (1-based) with a line reading exactly `text`, white space aside. */
export function pagesWithLine(pages: readonly string[], text: string): number[] {
  return pages.flatMap((page, i) => (page.split('\n').some((line) => squash(line) === text) ? [i + 1] : []));
}

/**
 * Where each of `texts` first stands as a line of its own, searching on from where the previous one was found, from
 * page `fromPage` on: positions as [page, line], or null for a text not found in that order.
 */
export function linesInOrder(pages: readonly string[], texts: readonly string[], fromPage = 1): ([number, number] | null)[] {
  const lines = pages.flatMap((page, p) => (p + 1 < fromPage ? [] : page.split('\n').map((line, l) => ({ at: [p + 1, l] as [number, number], text: squash(line) }))));
  let cursor = 0;
  return texts.map((text) => {
    const found = lines.findIndex((line, i) => i >= cursor && line.text === text);
    if (found < 0) return null;
    cursor = found + 1;
    return lines[found].at;
  });
}

// --- LibreOffice --------------------------------------------------------------------------------------------------

/**
 * Converts a DOCX to PDF in headless LibreOffice, without updating any field (so the table of contents and page
 * counts are the ones the writer cached). A profile of its own keeps parallel runs and a desktop LibreOffice apart;
 * `env` is added to its environment (a fontconfig of its own, say).
 */
export async function libreOfficePdf(docxPath: string, outDir: string, env?: NodeJS.ProcessEnv): Promise<string> {
  const profile = pathToFileURL(join(outDir, 'lo-profile')).href;
  await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docxPath], { timeout: 110_000, ...(env ? { env: { ...process.env, ...env } } : {}) });
  return join(outDir, basename(docxPath).replace(/\.docx$/, '.pdf'));
}

// --- Chromium -----------------------------------------------------------------------------------------------------

/** One headless Chromium run with a fresh profile under `scratchDir`; stdout and stderr. */
export async function chromium(scratchDir: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  const profile = await mkdtemp(join(scratchDir, 'chromium-profile-'));
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`];
  return run('chromium', [...flags, ...args], { maxBuffer: BIG_OUTPUT, timeout: 90_000 });
}

/** Console messages Chromium logged for the page at `url` (errors included: Chromium logs them all as CONSOLE). */
export function consoleLines(stderr: string, url: string): string[] {
  return stderr.split('\n').filter((line) => (/:CONSOLE[:(]/.test(line) || line.includes('Uncaught')) && (line.includes(url) || !line.includes('source:')));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text of a piece of serialized HTML: tags dropped, `<br>` as a space, entities decoded. */
export function htmlText(html: string): string {
  const text = html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
  return squash(text);
}

// --- pandoc -------------------------------------------------------------------------------------------------------

/** An element of pandoc's JSON AST: `{ t, c }`. */
export interface PandocElement {
  t: string;
  c?: unknown;
}

function isElement(node: unknown): node is PandocElement {
  return typeof node === 'object' && node !== null && !Array.isArray(node) && typeof (node as { t?: unknown }).t === 'string';
}

/** Every element of the AST, depth first. */
export function elements(node: unknown): PandocElement[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (isElement(node)) return [node, ...elements(node.c)];
  return [];
}

/** Plain text of inline content, spaces and breaks as single spaces. */
export function stringify(node: unknown): string {
  if (Array.isArray(node)) return node.map(stringify).join('');
  if (!isElement(node)) return '';
  if (node.t === 'Str') return node.c as string;
  if (node.t === 'Space' || node.t === 'SoftBreak' || node.t === 'LineBreak') return ' ';
  if (node.t === 'Code') return (node.c as [unknown, string])[1];
  return stringify(node.c);
}

/** Rows of a pandoc Table (`[attr, caption, colspecs, head, bodies, foot]`) as cell texts, header row first. */
export function tableRows(table: PandocElement): string[][] {
  const [, , , head, bodies] = table.c as [unknown, unknown, unknown, [unknown, unknown[]], [unknown, unknown, unknown[], unknown[]][]];
  const row = (r: unknown) => (r as [unknown, [unknown, unknown, unknown, unknown, unknown[]][]])[1].map((cell) => stringify(cell[4]).trim());
  return [...head[1].map(row), ...bodies.flatMap((body) => [...body[2], ...body[3]].map(row))];
}

/** pandoc's reading of a DOCX: its JSON AST. */
export async function pandocAst(docxPath: string): Promise<{ blocks: unknown[] }> {
  const { stdout } = await run('pandoc', ['-f', 'docx', '-t', 'json', docxPath], { maxBuffer: BIG_OUTPUT, timeout: 60_000 });
  return JSON.parse(stdout) as { blocks: unknown[] };
}
