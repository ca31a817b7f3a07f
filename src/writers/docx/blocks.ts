import { Bookmark, BorderStyle, PageBreak, Paragraph, TableOfContents, TextRun, type FileChild, type ParagraphChild } from 'docx';
import type { Block, CodeBlock, Heading, TocPlaceholder } from '../../render/tree/doctree';
import { keepsWithNext, startsChapterPage } from '../shared/pagination';
import type { RenderContext } from './context';
import { drawingBlocks } from './drawing';
import { hex } from './geometry';
import { imageBlocks } from './images';
import { inlineChildren } from './inline';
import { listBlocks } from './lists';
import { STYLE } from './styles';
import { tableBlocks, tableSpacer } from './tables';

const TAB_AS_SPACES = '    ';

/** The table of contents lists levels 1-3; only headings of those levels in the built-in heading styles reach it. */
export const TOC_LEVELS = '1-3';

/** Paragraph style inside a quote, or the body default. */
export interface BlockStyle {
  paragraphStyle?: string;
}

function headingStyle(heading: Heading): string {
  if (heading.level <= 3 && !heading.toc) return STYLE.unlistedHeading(heading.level);
  return STYLE.heading(heading.level);
}

/**
 * A heading in its Word style with its number typed before the text (no Word auto-numbering, so every reader shows the
 * same number), wrapped in a bookmark that internal links and the table of contents point to.
 */
function headingBlock(heading: Heading, ctx: RenderContext, newPage: boolean): Paragraph {
  const content: ParagraphChild[] = [
    ...(heading.number ? [new TextRun(`${heading.number} `)] : []),
    ...inlineChildren(heading.runs, ctx),
  ];
  const name = ctx.bookmarks.get(heading.id);
  return new Paragraph({ style: headingStyle(heading), pageBreakBefore: newPage || undefined, children: name ? [new Bookmark({ id: name, children: content })] : content });
}

function codeBlock(code: CodeBlock): Paragraph {
  const lines = code.text.replace(/\t/g, TAB_AS_SPACES).split('\n');
  return new Paragraph({ style: STYLE.code, children: lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined })) });
}

/**
 * The TOC field. docx fills it from the headings in the built-in heading styles (the same ones `tocEntries` lists,
 * as only listed headings get those styles), bookmarks them, and — given a page estimator — writes page numbers and
 * a clean field, so readers show the entries on open without asking to update fields.
 */
function tocBlocks(toc: TocPlaceholder): FileChild[] {
  return [
    new Paragraph({ style: STYLE.tocHeading, text: toc.title }),
    new TableOfContents(toc.title, { hyperlink: true, headingStyleRange: TOC_LEVELS, hideTabAndPageNumbersInWebView: true }),
  ];
}

/** Blocks whose own style puts space above them, so they may follow a table directly. */
const SPACED_ABOVE: ReadonlySet<Block['type']> = new Set(['heading', 'toc']);

/**
 * What follows a table: body text takes a style with space above it; a heading has its own; anything else (another
 * table above all, which Word would merge with the first, or the end of a section, whose properties need a paragraph
 * to sit in) gets a small spacer paragraph.
 */
function afterTable(next: Block | undefined, style: BlockStyle): FileChild[] {
  if (next && (SPACED_ABOVE.has(next.type) || (next.type === 'paragraph' && next.style !== 'note' && !style.paragraphStyle))) return [];
  return [tableSpacer()];
}

function paragraphStyle(blocks: readonly Block[], i: number, style: BlockStyle): string | undefined {
  const block = blocks[i];
  if (block.type === 'paragraph' && block.style === 'note') return STYLE.note;
  return blocks[i - 1]?.type === 'table' && !style.paragraphStyle ? STYLE.afterTable : style.paragraphStyle;
}

export function renderBlocks(blocks: readonly Block[], ctx: RenderContext, style: BlockStyle = {}): FileChild[] {
  return blocks.flatMap((block, i): FileChild[] => {
    switch (block.type) {
      case 'heading':
        return [headingBlock(block, ctx, startsChapterPage(blocks, i, ctx.theme))];
      case 'paragraph':
        return [
          new Paragraph({
            style: paragraphStyle(blocks, i, style),
            // A label or a table's introduction stays on the page of what it introduces.
            keepNext: keepsWithNext(blocks, i) || undefined,
            children: inlineChildren(block.runs, ctx),
          }),
        ];
      case 'list':
        return listBlocks(block, ctx, (inner, innerCtx) => renderBlocks(inner, innerCtx, style));
      case 'table':
        return [...tableBlocks(block, ctx), ...afterTable(blocks[i + 1], style)];
      case 'image':
        return imageBlocks(block, ctx);
      case 'drawing':
        return drawingBlocks(block, ctx);
      case 'code':
        return [codeBlock(block)];
      case 'quote':
        return renderBlocks(block.blocks, ctx, { paragraphStyle: STYLE.quote });
      case 'rule':
        return [
          new Paragraph({
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: hex(ctx.theme.colors.tableBorder), space: 1 } },
            children: [],
          }),
        ];
      case 'pageBreak':
        return [new Paragraph({ children: [new PageBreak()] })];
      case 'toc':
        return tocBlocks(block);
    }
  });
}
