import type { LayoutContext } from './context';

/** Bookmarks mirroring the heading hierarchy, each opening its heading's page at the heading. */
export function addOutline(ctx: LayoutContext): void {
  const { doc, flow } = ctx;
  const open: { level: number; item: PDFKit.PDFOutline }[] = [];
  for (const heading of ctx.headings) {
    while (open.length > 0 && open[open.length - 1].level >= heading.level) open.pop();
    const parent = open[open.length - 1]?.item ?? doc.outline;
    const page = flow.pages[heading.pageIndex];
    const item = parent.addItem(heading.label, {
      pageNumber: heading.pageIndex,
      top: heading.y,
      // pdfkit writes `page width - left` as the left edge: this puts the view at the page's left edge.
      left: page.width,
      fit: false,
      expanded: heading.level === 1,
    });
    open.push({ level: heading.level, item });
  }
}
