/**
 * Page decisions the paged writers (PDF, DOCX, and HTML in print) share, so a plan breaks into pages alike in
 * every format: which blocks go on landscape pages, and which paragraphs must not end a page.
 */
import { plainText, type Block, type Paragraph, type Table } from '../../render/tree/doctree';

/** Columns in a table: the header's, or more when a row has more cells. */
export function columnCount(table: Table): number {
  return table.rows.reduce((most, row) => Math.max(most, row.length), table.header.length);
}

export function isWideTable(block: Block | undefined, landscapeColumns: number): block is Table {
  return block?.type === 'table' && columnCount(block) >= landscapeColumns;
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

/**
 * Which top-level blocks are set on landscape pages: each wide table, its lead-in (up to two paragraphs right before
 * it and the headings right above those) and a note right after it (its legend). A heading and its introduction left
 * behind on a portrait page would otherwise end that page, or fill one on their own.
 */
export function landscapeFlags(blocks: readonly Block[], landscapeColumns: number): boolean[] {
  const flags = blocks.map((block) => isWideTable(block, landscapeColumns));
  blocks.forEach((block, i) => {
    if (!isWideTable(block, landscapeColumns)) return;
    let start = i;
    while (start > 0 && i - start < LEAD_IN_PARAGRAPHS && blocks[start - 1].type === 'paragraph') start--;
    while (start > 0 && blocks[start - 1].type === 'heading') start--;
    for (let j = start; j < i; j++) flags[j] = true;
    const next = blocks[i + 1];
    if (next?.type === 'paragraph' && next.style === 'note') flags[i + 1] = true;
  });
  return flags;
}
