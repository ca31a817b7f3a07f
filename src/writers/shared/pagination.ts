/**
 * Page decisions the paged writers (PDF, DOCX, and HTML in print) share, so a plan breaks into pages alike in
 * every format: which blocks go on landscape pages, and which paragraphs must not end a page.
 */
import { plainText, type Block, type Paragraph, type Table } from '../../render/tree/doctree';
import { pageSize, type Theme } from '../../render/templates/theme';
import { columnCount, SMALLEST_PRINT_FONT, tableExtents } from './columnWidths';

/** Left plus right cell padding, in points: the widest any writer uses (the DOCX's, with its point of slack). */
const CELL_PADDING = 9;

const fitsPortraitCache = new WeakMap<Table, Map<number, boolean>>();

/** Whether every word of the table fits its column whole (broken only after a hyphen) across `width` points at 8 pt. */
function fitsWidth(table: Table, width: number): boolean {
  const known = fitsPortraitCache.get(table) ?? new Map<number, boolean>();
  fitsPortraitCache.set(table, known);
  if (!known.has(width)) {
    const needed = tableExtents(table, true).reduce((total, e) => total + e.min * SMALLEST_PRINT_FONT + CELL_PADDING, 0);
    known.set(width, needed <= width);
  }
  return known.get(width)!;
}

/**
 * A table set on landscape pages: `landscapeColumns` or more columns whose words do not all fit the portrait text
 * width whole at 8 pt. One that fits stays in the flow, which leaves no page half empty before or
 * after a landscape run.
 */
export function isWideTable(block: Block | undefined, theme: Theme): block is Table {
  if (block?.type !== 'table' || columnCount(block) < theme.landscapeColumns) return false;
  return !fitsWidth(block, pageSize(theme).width - theme.margins.left - theme.margins.right);
}

/**
 * Whether `blocks[i]` is a chapter that starts a new page of its own (the theme's `chapterPageBreak`): a level-1
 * heading, unless it already starts one (first of its run of pages, or right after a page break).
 */
export function startsChapterPage(blocks: readonly Block[], i: number, theme: Theme): boolean {
  const block = blocks[i];
  return theme.chapterPageBreak && block?.type === 'heading' && block.level === 1 && i > 0 && blocks[i - 1].type !== 'pageBreak';
}

/** Paragraphs introducing a wide table that move to its landscape page; more is body text, which stays. */
const LEAD_IN_PARAGRAPHS = 2;
/** A label longer than this is a sentence, not a run-in heading. */
const LABEL_MAX_CHARS = 100;
/** A paragraph before a table this short (about three lines) introduces it; a longer one is body text. */
const INTRO_MAX_CHARS = 300;

function textLength(paragraph: Paragraph): number {
  return plainText(paragraph.runs).length;
}

/** A run-in heading: a short paragraph set wholly in bold, such as "**Preliminary site visits**" over a table. */
function isRunInLabel(paragraph: Paragraph): boolean {
  const text = paragraph.runs.filter((run) => run.type === 'text' && run.text.trim() !== '');
  if (text.length === 0 || paragraph.runs.some((run) => run.type === 'break')) return false;
  return text.every((run) => run.type === 'text' && run.bold) && textLength(paragraph) <= LABEL_MAX_CHARS;
}

/**
 * Whether `blocks[i]` is a paragraph that belongs to the block after it and so must not end a page: a run-in label,
 * or a short introduction right before a table ("The hardware below is used to ...").
 */
export function keepsWithNext(blocks: readonly Block[], i: number): boolean {
  const block = blocks[i];
  const next = blocks[i + 1];
  if (block?.type !== 'paragraph' || block.style === 'note' || next === undefined) return false;
  return isRunInLabel(block) || (next.type === 'table' && textLength(block) <= INTRO_MAX_CHARS);
}

/** Where the lead-in ending at `end` starts: up to two paragraphs, then the headings right above them. */
function leadInStart(blocks: readonly Block[], end: number): number {
  let start = end;
  while (start > 0 && end - start < LEAD_IN_PARAGRAPHS && blocks[start - 1].type === 'paragraph') start--;
  while (start > 0 && blocks[start - 1].type === 'heading') start--;
  return start;
}

/**
 * Which top-level blocks are set on landscape pages: each wide table, its lead-in (up to two paragraphs right before
 * it and the headings right above those, and so on up while a section holds nothing but its introduction before that
 * lead-in: "3.1" and its two lines over "3.1.1 Hardware") and a note right after it (its legend). A heading and its
 * introduction left behind on a portrait page would otherwise end that page, or fill one on their own.
 */
export function landscapeFlags(blocks: readonly Block[], theme: Theme): boolean[] {
  const flags = blocks.map((block) => isWideTable(block, theme));
  blocks.forEach((block, i) => {
    if (!isWideTable(block, theme)) return;
    let start = leadInStart(blocks, i);
    while (blocks[start].type === 'heading') {
      const above = leadInStart(blocks, start);
      if (above === start || blocks[above].type !== 'heading') break;
      start = above;
    }
    for (let j = start; j < i; j++) flags[j] = true;
    const next = blocks[i + 1];
    if (next?.type === 'paragraph' && next.style === 'note') flags[i + 1] = true;
  });
  return flags;
}
