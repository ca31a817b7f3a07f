import type { Theme } from '../../render/templates/theme';
import { pageSize } from '../../render/templates/theme';
import type { Tagger } from './tagging';
import { batchPageContent, compactPageContent } from './document';

export type Orientation = 'portrait' | 'landscape';

export interface PageInfo {
  orientation: Orientation;
  width: number;
  height: number;
}

interface Indent {
  width: number;
  /** A vertical bar drawn beside the indented content (block quotes), segment by segment per page. */
  bar?: { color: string; x: number; startY: number | null };
}

/**
 * The vertical cursor through the pages. Pages are created lazily, when something is about to be drawn,
 * so a page break followed by a landscape table (or by nothing) never leaves an empty page behind.
 */
export class Flow {
  y = 0;
  /** Orientation of the current page, or of the next one when a break is pending. */
  orientation: Orientation = 'portrait';
  readonly pages: PageInfo[] = [];
  /** Drawn by the next `place` call at the y it returns: list markers sit beside their item's first line. */
  marker: ((y: number) => void) | null = null;
  private open = false;
  private readonly indents: Indent[] = [];
  /** Figures waiting for the top of the next page, in order (see `float`). */
  private readonly waiting: (() => void)[] = [];
  private placing = false;
  /** The last gap, so a quote bar ends at the quoted text rather than at the space after it. */
  private trailingGap = { at: -1, size: 0 };

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly theme: Theme,
    private readonly tags: Tagger,
  ) {}

  get pageIndex(): number {
    return this.pages.length - 1;
  }

  get top(): number {
    return this.theme.margins.top;
  }

  get bottom(): number {
    return this.dimensions(this.orientation).height - this.theme.margins.bottom;
  }

  /** Height available on an empty page of the current orientation. */
  get pageCapacity(): number {
    return this.bottom - this.top;
  }

  get left(): number {
    return this.theme.margins.left + this.indentWidth();
  }

  get width(): number {
    const { width } = this.dimensions(this.orientation);
    return width - this.theme.margins.left - this.theme.margins.right - this.indentWidth();
  }

  get atTop(): boolean {
    return this.y <= this.top + 0.01;
  }

  /** Ends the current page; the next `place` starts a new one. */
  breakPage(orientation: Orientation = this.orientation): void {
    this.open = false;
    this.orientation = orientation;
  }

  /** Switches orientation only when it differs: landscape tables in a row share landscape pages. */
  ensureOrientation(orientation: Orientation): void {
    if (this.orientation === orientation) return;
    this.flushFloats();
    this.breakPage(orientation);
  }

  /**
   * Sets a figure too tall for the rest of the page at the top of the next one, as LaTeX floats figures: what follows
   * it fills the page first. `draw` places and draws the figure when that page starts.
   */
  float(draw: () => void): void {
    this.waiting.push(draw);
  }

  /**
   * Whether a figure of `height` points floats: it does not fit the rest of a page that already holds something, or
   * figures before it are waiting (figures keep their order).
   */
  floats(height: number): boolean {
    return this.waiting.length > 0 || (this.open && !this.fits(height) && !this.atTop);
  }

  /** Draws the figures still waiting on pages of their own: before a page break, a change of orientation, the end. */
  flushFloats(): void {
    if (this.waiting.length === 0) return;
    this.addPage();
    this.placeFloats();
  }

  /**
   * Makes room for `height` points at the cursor, starting a new page when they do not fit (a page already
   * at its top takes anything, so content taller than a page is split by its caller). Returns the y to draw at.
   */
  place(height: number): number {
    const marker = this.marker;
    this.marker = null;
    if (!this.open || (this.y + height > this.bottom + 0.01 && !this.atTop)) {
      this.addPage();
      // Waiting figures take the top of the new page; what asked for room goes under them, or on the next page.
      if (this.placeFloats() && this.y + height > this.bottom + 0.01) this.addPage();
    }
    for (const indent of this.indents) if (indent.bar && indent.bar.startY === null) indent.bar.startY = this.y;
    marker?.(this.y);
    return this.y;
  }

  /** A marker that found no content to sit beside (an empty list item) gets a line of its own. */
  settleMarker(lineHeight: number): void {
    if (!this.marker) return;
    this.place(lineHeight);
    this.y += lineHeight;
  }

  fits(height: number): boolean {
    return this.open && this.y + height <= this.bottom + 0.01;
  }

  /** Vertical space between blocks; swallowed at the top of a page. */
  gap(height: number): void {
    if (!this.open || this.atTop) return;
    this.y += height;
    this.trailingGap = { at: this.y, size: height };
  }

  indent(width: number, bar?: string): void {
    const x = this.left + 1;
    this.indents.push({ width, bar: bar ? { color: bar, x, startY: null } : undefined });
  }

  outdent(): void {
    const indent = this.indents.pop();
    if (indent?.bar) this.drawBar(indent.bar);
  }

  /** Draws the waiting figures at the cursor, one after the other; whether there were any. */
  private placeFloats(): boolean {
    // A figure that starts a page of its own while the figures are placed leaves the next ones to this loop, in order.
    if (this.waiting.length === 0 || this.placing) return false;
    this.placing = true;
    // A figure is set at the full text width, whatever list or quote the text that pushed it over is in.
    const indents = this.indents.splice(0);
    while (this.waiting.length > 0) this.waiting.shift()!();
    this.indents.push(...indents);
    this.placing = false;
    return true;
  }

  private addPage(): void {
    for (const indent of this.indents) if (indent.bar) this.drawBar(indent.bar);
    const size = pageSize(this.theme);
    compactPageContent(this.doc.page);
    this.doc.addPage({ size: [size.width, size.height], layout: this.orientation, margins: this.theme.margins });
    batchPageContent(this.doc.page);
    this.pages.push({ orientation: this.orientation, ...this.dimensions(this.orientation) });
    this.open = true;
    this.y = this.top;
  }

  private drawBar(bar: NonNullable<Indent['bar']>): void {
    if (bar.startY === null) return;
    const from = bar.startY;
    const end = this.trailingGap.at === this.y ? this.y - this.trailingGap.size : this.y;
    const to = Math.min(end, this.bottom);
    bar.startY = null;
    if (to - from < 1) return;
    this.tags.artifact(() => {
      this.doc.save().lineWidth(2.5).strokeColor(bar.color).moveTo(bar.x, from).lineTo(bar.x, to).stroke().restore();
    });
  }

  private dimensions(orientation: Orientation): { width: number; height: number } {
    const { width, height } = pageSize(this.theme);
    return orientation === 'portrait' ? { width, height } : { width: height, height: width };
  }

  private indentWidth(): number {
    return this.indents.reduce((sum, i) => sum + i.width, 0);
  }
}
