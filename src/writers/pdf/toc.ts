import type { TocEntry, TocPlaceholder } from '../../render/tree/doctree';
import type { LayoutContext } from './context';
import { fontFor } from '../../fonts/faces';
import { layoutLines, type Line } from './inline';
import { paintLine, renderLines } from './paint';
import type { TextStyle } from './styles';

interface EntryLayout {
  entry: TocEntry;
  style: TextStyle;
  indent: number;
  numberWidth: number;
  lines: Line[];
  height: number;
}

/** Room kept for the page number: four digits of the widest face, so the layout never depends on the numbers. */
function pageColumnWidth(ctx: LayoutContext): number {
  return ctx.measure('0000', 'sans-bold', ctx.styles.tocLevel1.size);
}

/**
 * Lays the entries out without their page numbers. Because the number column has a fixed width, the TOC's
 * height (and so every later page) is known before any heading is placed: one layout pass suffices, and the
 * numbers are drawn into the reserved column once the headings have landed.
 */
function layoutEntries(ctx: LayoutContext, width: number): EntryLayout[] {
  const { styles, measure, inline } = ctx;
  const styleOf = (entry: TocEntry) => (entry.level <= 1 ? styles.tocLevel1 : styles.tocOther);
  const numberColumn = new Map<number, number>();
  for (const entry of ctx.tocEntries) {
    const style = styleOf(entry);
    const w = entry.number ? measure(entry.number, fontFor(style), style.size) + style.size * 0.8 : 0;
    numberColumn.set(entry.level, Math.max(numberColumn.get(entry.level) ?? 0, w));
  }
  const reserved = pageColumnWidth(ctx) + styles.body.size * 2;
  return ctx.tocEntries.map((entry) => {
    const style = styleOf(entry);
    const indent = (entry.level - 1) * styles.body.size * 1.5;
    const numberWidth = numberColumn.get(entry.level) ?? 0;
    const lines = layoutLines([{ type: 'text', text: entry.text }], style, Math.max(width - indent - numberWidth - reserved, 40), measure, inline);
    return { entry, style, indent, numberWidth, lines, height: lines.length * style.lineHeight };
  });
}

function titleLines(ctx: LayoutContext, block: TocPlaceholder): Line[] {
  return layoutLines([{ type: 'text', text: block.title }], ctx.styles.heading[1], ctx.flow.width, ctx.measure, ctx.inline);
}

export function tocLeadHeight(ctx: LayoutContext, block: TocPlaceholder): number {
  const first = layoutEntries(ctx, ctx.flow.width)[0];
  return titleLines(ctx, block).length * ctx.styles.heading[1].lineHeight + ctx.styles.headingGapAfter(1) + (first?.height ?? 0);
}

function leaderGap(style: TextStyle): number {
  return style.size * 0.4;
}

/**
 * The table of contents: number, text, dot leaders and page number per entry, each entry's number and text a
 * Link (with its annotation) to its heading. Page numbers are physical page numbers, the same as "Page X" in the footer.
 */
export function renderToc(ctx: LayoutContext, block: TocPlaceholder, parent: PDFKit.PDFStructureElement): void {
  const { flow, styles, tags, doc } = ctx;
  flow.gap(styles.headingGapBefore(1));
  const entries = layoutEntries(ctx, flow.width);
  const title = titleLines(ctx, block);
  flow.place(title.length * styles.heading[1].lineHeight + styles.headingGapAfter(1) + (entries[0]?.height ?? 0));
  renderLines(ctx, title, styles.heading[1], tags.element('H1', parent));
  flow.y += styles.headingGapAfter(1);

  const toc = tags.element('TOC', parent);
  for (const layout of entries) {
    const { entry, style, indent, numberWidth, lines, height } = layout;
    if (entry.level <= 1) flow.gap(style.size * 0.4);
    const y = flow.place(height);
    const left = flow.left;
    const right = flow.left + flow.width;
    const item = tags.element('TOCI', toc);
    const area = { x: left + indent, y, width: flow.width - indent, height };
    const description = entry.number ? `${entry.number} ${entry.text}` : entry.text;
    tags.link(item, `#${entry.id}`, area, description, (link) => {
      if (entry.number) {
        const [numberLine] = layoutLines([{ type: 'text', text: entry.number }], style, Number.POSITIVE_INFINITY, ctx.measure, ctx.inline);
        paintLine(ctx, numberLine, left + indent, y, style.lineHeight, link);
      }
      lines.forEach((line, i) => paintLine(ctx, line, left + indent + numberWidth, y + i * style.lineHeight, style.lineHeight, link));
    });
    flow.y = y + height + style.size * 0.15;

    const pageIndex = flow.pageIndex;
    const lastLineY = y + (lines.length - 1) * style.lineHeight;
    const leaderFrom = left + indent + numberWidth + (lines[lines.length - 1]?.width ?? 0) + leaderGap(style);
    ctx.afterLayout.push(() => {
      const heading = ctx.headings.find((h) => h.id === entry.id);
      if (!heading) throw new Error(`table of contents entry "${entry.text}" has no heading in the document`);
      const number = String(heading.pageIndex + 1);
      const font = fontFor(style);
      const pageNumberWidth = ctx.measure(number, font, style.size);
      const dot = ctx.measure('.', font, style.size);
      const leaderTo = right - pageNumberWidth - leaderGap(style);
      const dots = Math.max(0, Math.floor((leaderTo - leaderFrom) / dot));
      doc.switchToPage(pageIndex);
      const leaders = { text: '.'.repeat(dots), font, size: style.size, color: styles.colors.muted, x: 0, width: dots * dot };
      const pageNumber = { text: number, font, size: style.size, color: style.color, x: 0, width: pageNumberWidth };
      // Leaders are decoration for the eye; the page number is content of the entry.
      paintLine(ctx, { fragments: [leaders], width: leaders.width }, leaderTo - leaders.width, lastLineY, style.lineHeight, 'artifact');
      paintLine(ctx, { fragments: [pageNumber], width: pageNumberWidth }, right - pageNumberWidth, lastLineY, style.lineHeight, item);
    });
  }
  flow.gap(styles.blockGap * 2);
}
