import type { LayoutContext } from './context';
import { useFont } from './fonts';
import type { Fragment, Line } from './inline';
import type { TextStyle } from './styles';

export type LineAlign = 'left' | 'center' | 'right';

export function alignOffset(align: LineAlign, available: number, used: number): number {
  if (align === 'center') return Math.max(0, (available - used) / 2);
  if (align === 'right') return Math.max(0, available - used);
  return 0;
}

function drawFragment(ctx: LayoutContext, fragment: Fragment, x: number, y: number, lineHeight: number): void {
  const { doc } = ctx;
  useFont(doc, fragment.font).fontSize(fragment.size).fillColor(fragment.color);
  // pdfkit puts the top of the font's ascender at y: centre the glyph box in the line box.
  const top = y + (lineHeight - doc.currentLineHeight()) / 2;
  const options: PDFKit.Mixins.TextOptions = { lineBreak: false };
  if (fragment.strike) options.strike = true;
  // The annotation is the tagger's (see `linkFragment`): pdfkit's own leaves internal links out of the tree.
  if (fragment.href) options.underline = true;
  doc.text(fragment.text, x + fragment.x, top, options);
}

/** What a link says it does, for its annotation's /Contents: its text, and where it goes when that is elsewhere. */
function linkDescription(text: string, href: string): string {
  const label = text.trim();
  return href.startsWith('#') || label === href ? label : `${label} (${href})`;
}

function linkFragment(ctx: LayoutContext, fragment: Fragment & { href: string }, x: number, y: number, lineHeight: number, parent: PDFKit.PDFStructureElement): void {
  const area = { x: x + fragment.x, y, width: fragment.width, height: lineHeight };
  ctx.tags.link(parent, fragment.href, area, linkDescription(fragment.text, fragment.href), (link) =>
    ctx.tags.content(link, () => drawFragment(ctx, fragment, x, y, lineHeight)),
  );
}

/**
 * Draws one laid-out line with its top at y. Link fragments become Link structure elements holding their
 * annotation; the rest is content of `element`, or the whole line an artifact.
 */
export function paintLine(
  ctx: LayoutContext,
  line: Line,
  x: number,
  y: number,
  lineHeight: number,
  element: PDFKit.PDFStructureElement | 'artifact',
): void {
  const { doc, tags, styles } = ctx;
  const visible = line.fragments.filter((f) => f.text.trim() !== '');
  const backgrounds = () => {
    for (const f of visible) if (f.code) doc.rect(x + f.x - 1, y + 0.5, f.width + 2, lineHeight - 1).fill(styles.codeBackground);
  };
  if (element === 'artifact') {
    tags.artifact(() => {
      backgrounds();
      visible.forEach((f) => drawFragment(ctx, f, x, y, lineHeight));
    });
    return;
  }
  if (visible.some((f) => f.code)) tags.artifact(backgrounds);
  let plain: Fragment[] = [];
  const flushPlain = () => {
    if (plain.length === 0) return;
    const batch = plain;
    plain = [];
    tags.content(element, () => batch.forEach((f) => drawFragment(ctx, f, x, y, lineHeight)));
  };
  for (const fragment of visible) {
    if (!fragment.href) {
      plain.push(fragment);
      continue;
    }
    flushPlain();
    linkFragment(ctx, { ...fragment, href: fragment.href }, x, y, lineHeight, element);
  }
  flushPlain();
}

/**
 * Places lines one by one, breaking pages between them. A paragraph never leaves its first line alone at
 * the bottom of a page nor its last line alone at the top of the next.
 */
export function renderLines(
  ctx: LayoutContext,
  lines: readonly Line[],
  style: TextStyle,
  element: PDFKit.PDFStructureElement,
  align: LineAlign = 'left',
): void {
  const { flow } = ctx;
  lines.forEach((line, i) => {
    const keepTwo = lines.length >= 2 && (i === 0 || i === lines.length - 2);
    const y = flow.place(style.lineHeight * (keepTwo ? 2 : 1));
    paintLine(ctx, line, flow.left + alignOffset(align, flow.width, line.width), y, style.lineHeight, element);
    flow.y += style.lineHeight;
  });
}

/** A style with a different colour, for quoted (muted) text. */
export function tinted(style: TextStyle, color: string | undefined): TextStyle {
  return color ? { ...style, color } : style;
}
