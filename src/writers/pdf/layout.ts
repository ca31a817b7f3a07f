import type { Block, CodeBlock, Drawing, Heading, Image, Inline, List, Paragraph, Quote } from '../../render/tree/doctree';
import { headingLabel } from '../../render/tree/doctree';
import type { LayoutContext } from './context';
import { drawingBlockHeight, renderDrawing } from './drawing';
import { fontFor } from '../../fonts/faces';
import { imageBlockHeight, renderImage } from './images';
import { layoutLines, type Line } from './inline';
import { paintLine, renderLines, tinted } from './paint';
import type { TextStyle } from './styles';
import { isWideTable, keepsWithNext, landscapeFlags, startsChapterPage } from '../shared/pagination';
import { planTable, renderTable, tableLeadHeight } from './tables';
import { renderToc, tocLeadHeight } from './toc';

/** Where a run of blocks sits: nesting depth of lists, a colour for quoted text, list-tight spacing. */
interface Scope {
  listDepth: number;
  color?: string;
  tight: boolean;
}

const TOP: Scope = { listDepth: 0, tight: false };
const BULLETS = ['•', '◦', '▪'];

function paragraphStyle(ctx: LayoutContext, block: Paragraph, scope: Scope): TextStyle {
  return tinted(block.style === 'note' ? ctx.styles.note : ctx.styles.body, scope.color);
}

function headingRuns(heading: Heading): Inline[] {
  return heading.number ? [{ type: 'text', text: `${heading.number}  ` }, ...heading.runs] : heading.runs;
}

function headingLines(ctx: LayoutContext, heading: Heading): Line[] {
  return layoutLines(headingRuns(heading), ctx.styles.heading[heading.level], ctx.flow.width, ctx.measure, ctx.inline);
}

function blockGap(ctx: LayoutContext, scope: Scope): number {
  return scope.tight ? ctx.styles.blockGap * 0.4 : ctx.styles.blockGap;
}

/** Code keeps its spaces and tabs; a line wider than the frame wraps between characters (the font is monospaced). */
function codeLines(ctx: LayoutContext, block: CodeBlock, width: number): Line[] {
  const { size, color } = ctx.styles.code;
  const advance = ctx.measure('M', 'mono', size);
  const perLine = Math.max(1, Math.floor(width / advance));
  return block.text.split('\n').flatMap((source) => {
    const chars = Array.from(source.replace(/\t/g, '    '));
    const chunks: string[] = [];
    for (let at = 0; at < chars.length; at += perLine) chunks.push(chars.slice(at, at + perLine).join(''));
    return (chunks.length > 0 ? chunks : ['']).map((text) => {
      const lineWidth = ctx.measure(text, 'mono', size);
      return { width: lineWidth, fragments: [{ text, font: 'mono' as const, size, color, x: 0, width: lineWidth }] };
    });
  });
}

/**
 * Height of the part of `blocks[i]` that must share a page with whatever precedes it: a heading carries its
 * own height plus the lead of the block after it, so a heading never ends a page.
 */
function leadHeight(ctx: LayoutContext, blocks: readonly Block[], i: number, scope: Scope): number {
  const block = blocks[i];
  if (!block) return 0;
  const { styles } = ctx;
  switch (block.type) {
    case 'heading':
      // A heading that follows counts the space above it too ("8" then "8.1" then "8.1.1" all share the page).
      return (
        styles.headingGapBefore(block.level) +
        headingLines(ctx, block).length * styles.heading[block.level].lineHeight +
        styles.headingGapAfter(block.level) +
        leadHeight(ctx, blocks, i + 1, scope)
      );
    case 'paragraph': {
      const style = paragraphStyle(ctx, block, scope);
      const lines = layoutLines(block.runs, style, ctx.flow.width, ctx.measure, ctx.inline).length;
      if (keepsWithNext(blocks, i)) return lines * style.lineHeight + blockGap(ctx, scope) + leadHeight(ctx, blocks, i + 1, scope);
      return Math.min(2, lines) * style.lineHeight;
    }
    case 'list':
      return block.items[0] ? leadHeight(ctx, block.items[0].blocks, 0, scope) : 0;
    case 'quote':
      return leadHeight(ctx, block.blocks, 0, scope);
    case 'table':
      // A wide table seen from a portrait page starts a landscape page of its own: nothing here must fit.
      if (isWideTable(block, ctx.theme) && ctx.flow.orientation !== 'landscape') return 0;
      return tableLeadHeight(ctx, block, planTable(ctx, block, ctx.flow.width));
    case 'image':
      return imageBlockHeight(ctx, block);
    case 'drawing':
      return drawingBlockHeight(ctx, block);
    case 'code':
      return 2 * styles.code.lineHeight + styles.code.size;
    case 'rule':
      return styles.body.size;
    case 'toc':
      return tocLeadHeight(ctx, block);
    case 'pageBreak':
      return 0;
  }
}

function renderHeading(ctx: LayoutContext, blocks: readonly Block[], i: number, heading: Heading, parent: PDFKit.PDFStructureElement, scope: Scope): void {
  const { flow, styles, doc, tags } = ctx;
  const style = styles.heading[heading.level];
  flow.gap(styles.headingGapBefore(heading.level));
  const lines = headingLines(ctx, heading);
  const need = lines.length * style.lineHeight + styles.headingGapAfter(heading.level) + leadHeight(ctx, blocks, i + 1, scope);
  const y = flow.place(Math.min(need, flow.pageCapacity));
  doc.addNamedDestination(heading.id, 'XYZ', 0, y, null);
  ctx.headings.push({ id: heading.id, level: heading.level, label: headingLabel(heading), pageIndex: flow.pageIndex, y });
  renderLines(ctx, lines, style, tags.element(`H${heading.level}`, parent));
  flow.y += styles.headingGapAfter(heading.level);
}

/** A paragraph that belongs to the block after it (a label, a table's introduction) never ends a page without it. */
function renderParagraph(ctx: LayoutContext, blocks: readonly Block[], i: number, block: Paragraph, parent: PDFKit.PDFStructureElement, scope: Scope): void {
  const style = paragraphStyle(ctx, block, scope);
  if (keepsWithNext(blocks, i)) ctx.flow.place(Math.min(leadHeight(ctx, blocks, i, scope), ctx.flow.pageCapacity));
  const lines = layoutLines(block.runs, style, ctx.flow.width, ctx.measure, ctx.inline);
  renderLines(ctx, lines, style, ctx.tags.element('P', parent));
  ctx.flow.gap(blockGap(ctx, scope));
}

function listMarker(list: List, index: number, depth: number): string {
  const item = list.items[index];
  if (item.checked !== undefined) return item.checked ? '☑' : '☐';
  return list.ordered ? `${list.start + index}.` : BULLETS[depth % BULLETS.length];
}

function renderList(ctx: LayoutContext, list: List, parent: PDFKit.PDFStructureElement, scope: Scope): void {
  const { flow, styles, tags, measure, inline } = ctx;
  const style = tinted(styles.body, scope.color);
  const markers = list.items.map((_, i) => listMarker(list, i, scope.listDepth));
  const markerFont = fontFor({});
  const markerWidth = Math.max(0, ...markers.map((m) => measure(m, markerFont, style.size)));
  const indent = Math.max(styles.listIndent, markerWidth + style.size * 0.6);
  const element = tags.element('L', parent);
  flow.indent(indent);
  list.items.forEach((item, i) => {
    const li = tags.element('LI', element);
    const label = tags.element('Lbl', li);
    const [markerLine] = layoutLines([{ type: 'text', text: markers[i] }], style, indent, measure, inline);
    const markerX = flow.left - indent;
    flow.marker = (y) => paintLine(ctx, markerLine, markerX, y, style.lineHeight, label);
    renderBlocks(ctx, item.blocks, tags.element('LBody', li), { ...scope, listDepth: scope.listDepth + 1, tight: true });
    flow.settleMarker(style.lineHeight);
  });
  flow.outdent();
  flow.gap(blockGap(ctx, scope));
}

function renderCode(ctx: LayoutContext, block: CodeBlock, parent: PDFKit.PDFStructureElement): void {
  const { flow, styles, tags, doc } = ctx;
  const style = styles.code;
  const pad = style.size * 0.6;
  const lines = codeLines(ctx, block, flow.width - 2 * pad);
  const element = tags.element('Code', parent);
  const fill = (y: number, height: number) => tags.artifact(() => doc.rect(flow.left, y, flow.width, height).fill(styles.codeBackground));
  // Padding and every line carry their own background, so a block split across pages stays shaded on both.
  fill(flow.place(pad + Math.min(2, lines.length) * style.lineHeight), pad);
  flow.y += pad;
  lines.forEach((line) => {
    const y = flow.place(style.lineHeight);
    fill(y, style.lineHeight);
    paintLine(ctx, line, flow.left + pad, y, style.lineHeight, element);
    flow.y += style.lineHeight;
  });
  // The bottom padding never opens a page of its own.
  if (flow.fits(pad)) fill(flow.y, pad);
  flow.y += pad;
  flow.gap(styles.blockGap);
}

function renderQuote(ctx: LayoutContext, block: Quote, parent: PDFKit.PDFStructureElement, scope: Scope): void {
  const { flow, styles, tags } = ctx;
  flow.indent(styles.quoteIndent, styles.colors.accent);
  renderBlocks(ctx, block.blocks, tags.element('BlockQuote', parent), { ...scope, color: styles.colors.muted });
  flow.outdent();
  flow.gap(blockGap(ctx, scope));
}

function renderRule(ctx: LayoutContext): void {
  const { flow, styles, tags, doc } = ctx;
  const height = styles.body.size;
  const y = flow.place(height) + height / 2;
  tags.artifact(() => doc.save().lineWidth(0.75).moveTo(flow.left, y).lineTo(flow.left + flow.width, y).stroke(styles.colors.muted).restore());
  flow.y += height;
  flow.gap(styles.blockGap);
}

/**
 * An image or drawing. One too tall for the rest of the page floats to the top of the next page while the blocks after
 * it fill this one (see `Flow.float`); in the structure tree it keeps its place, in a Div made for it here.
 */
function renderFigure(ctx: LayoutContext, blocks: readonly Block[], i: number, block: Image | Drawing, parent: PDFKit.PDFStructureElement, scope: Scope): void {
  const draw = (into: PDFKit.PDFStructureElement) => (block.type === 'image' ? renderImage(ctx, block, into) : renderDrawing(ctx, block, into));
  const height = block.type === 'image' ? imageBlockHeight(ctx, block) : drawingBlockHeight(ctx, block);
  if (scope !== TOP || !ctx.flow.floats(height)) return draw(parent);
  const place = ctx.tags.element('Div', parent);
  ctx.flow.float(() => draw(place));
}

function isNote(block: Block | undefined): boolean {
  return block?.type === 'paragraph' && block.style === 'note';
}

/**
 * Picks the orientation of the page a top-level block starts on: wide tables and their lead-in go on landscape
 * pages (see `landscapeFlags`); a page break or a note keeps the current one; anything else returns to portrait.
 */
function orientationFor(blocks: readonly Block[], landscape: readonly boolean[], i: number): 'portrait' | 'landscape' | 'keep' {
  if (landscape[i]) return 'landscape';
  if (blocks[i]?.type === 'pageBreak' || isNote(blocks[i])) return 'keep';
  return 'portrait';
}

export function renderBlocks(ctx: LayoutContext, blocks: readonly Block[], parent: PDFKit.PDFStructureElement, scope: Scope = TOP): void {
  const landscape = scope === TOP ? landscapeFlags(blocks, ctx.theme) : [];
  blocks.forEach((block, i) => {
    if (scope === TOP) {
      const orientation = orientationFor(blocks, landscape, i);
      if (orientation !== 'keep') ctx.flow.ensureOrientation(orientation);
      if (startsChapterPage(blocks, i, ctx.theme) && !ctx.flow.atTop) {
        ctx.flow.flushFloats();
        ctx.flow.breakPage();
      }
    }
    switch (block.type) {
      case 'heading':
        return renderHeading(ctx, blocks, i, block, parent, scope);
      case 'paragraph':
        return renderParagraph(ctx, blocks, i, block, parent, scope);
      case 'list':
        return renderList(ctx, block, parent, scope);
      case 'table':
        return renderTable(ctx, block, parent);
      case 'image':
      case 'drawing':
        return renderFigure(ctx, blocks, i, block, parent, scope);
      case 'code':
        return renderCode(ctx, block, parent);
      case 'quote':
        return renderQuote(ctx, block, parent, scope);
      case 'rule':
        return renderRule(ctx);
      case 'pageBreak':
        ctx.flow.flushFloats();
        return ctx.flow.breakPage();
      case 'toc':
        return renderToc(ctx, block, parent);
    }
  });
}
