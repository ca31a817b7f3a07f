import type { Drawing, Shape } from '../../render/tree/doctree';
import { arrowGeometry } from '../../render/tree/drawingArrow';
import type { LayoutContext } from './context';
import { useFont } from './fonts';
import { layoutLines, type Line } from './inline';
import { renderLines } from './paint';

/**
 * A drawing as vector graphics: its shapes drawn with pdfkit's own paths and the embedded DejaVu faces, so the
 * chart stays sharp at any zoom and its labels are real text. It is scaled to the text width and kept whole on one
 * page with its caption (splitting a long chart into drawings that fit is the drawing's maker's job).
 */

function captionLines(ctx: LayoutContext, drawing: Drawing): Line[] {
  return drawing.caption ? layoutLines([{ type: 'text', text: drawing.caption }], ctx.styles.note, ctx.flow.width, ctx.measure, ctx.inline) : [];
}

function drawingFrame(ctx: LayoutContext, drawing: Drawing): { scale: number; height: number; gap: number; caption: Line[] } {
  const caption = captionLines(ctx, drawing);
  const gap = caption.length > 0 ? ctx.styles.note.size * 0.4 : 0;
  const captionHeight = caption.length * ctx.styles.note.lineHeight;
  const room = ctx.flow.pageCapacity - gap - captionHeight;
  const scale = Math.min(ctx.flow.width / drawing.width, room / drawing.height);
  return { scale, height: drawing.height * scale, gap, caption };
}

/** Height of the drawing with its caption, which always share a page. */
export function drawingBlockHeight(ctx: LayoutContext, drawing: Drawing): number {
  const { height, gap, caption } = drawingFrame(ctx, drawing);
  return height + gap + caption.length * ctx.styles.note.lineHeight;
}

/** The drawing centred in the text column, tagged as a Figure with its alt text, and its caption below. */
export function renderDrawing(ctx: LayoutContext, drawing: Drawing, parent: PDFKit.PDFStructureElement): void {
  const { flow, tags, styles, doc } = ctx;
  const { scale, height, gap, caption } = drawingFrame(ctx, drawing);
  const y = flow.place(height + gap + caption.length * styles.note.lineHeight);
  const x = flow.left + (flow.width - drawing.width * scale) / 2;
  const figure = tags.element('Figure', parent, { alt: drawing.alt });
  tags.content(figure, () => {
    doc.save().translate(x, y).scale(scale);
    for (const shape of drawing.shapes) drawShape(doc, shape);
    doc.restore();
  });
  flow.y = y + height + gap;
  if (caption.length > 0) renderLines(ctx, caption, styles.note, tags.element('Caption', parent), 'center');
  flow.gap(styles.blockGap);
}

function drawShape(doc: PDFKit.PDFDocument, shape: Shape): void {
  switch (shape.type) {
    case 'rect':
      if (!shape.fill && !shape.stroke) return;
      doc.rect(shape.x, shape.y, shape.w, shape.h);
      return paint(doc, shape.fill, shape.stroke, shape.strokeWidth);
    case 'polygon':
      if (!shape.fill && !shape.stroke) return;
      doc.polygon(...shape.points);
      return paint(doc, shape.fill, shape.stroke, 0.5);
    case 'line': {
      const end = shape.arrow ? arrowGeometry(shape) : undefined;
      const [x2, y2] = end ? end.shaftEnd : [shape.x2, shape.y2];
      doc.save().lineWidth(shape.strokeWidth).strokeColor(shape.stroke);
      if (shape.dash) doc.dash(shape.dash[0], { space: shape.dash[1] });
      doc.moveTo(shape.x1, shape.y1).lineTo(x2, y2).stroke();
      doc.restore();
      if (end) doc.polygon(...end.head).fill(shape.stroke);
      return;
    }
    case 'text': {
      useFont(doc, shape.bold ? 'sans-bold' : 'sans').fontSize(shape.size).fillColor(shape.color);
      const width = shape.anchor === 'start' ? 0 : doc.widthOfString(shape.text);
      const x = shape.anchor === 'middle' ? shape.x - width / 2 : shape.anchor === 'end' ? shape.x - width : shape.x;
      doc.text(shape.text, x, shape.y, { lineBreak: false, baseline: 'alphabetic' });
      return;
    }
  }
}

function paint(doc: PDFKit.PDFDocument, fill: string | undefined, stroke: string | undefined, strokeWidth: number | undefined): void {
  if (fill && stroke) doc.lineWidth(strokeWidth ?? 1).fillAndStroke(fill, stroke);
  else if (fill) doc.fill(fill);
  else if (stroke) doc.lineWidth(strokeWidth ?? 1).stroke(stroke);
}
