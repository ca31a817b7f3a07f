import { createHash } from 'node:crypto';
import type { Image } from '../../render/tree/doctree';
import { imageSize } from '../shared/imageSize';
import { missingRaster } from '../shared/raster';
import type { LayoutContext } from './context';
import { layoutLines } from './inline';
import { renderLines } from './paint';
import type { OpenedImage } from './pdfkitTypes';

/** Decodes an image once per document however often it is drawn (a header logo on every page); SVG as its PNG. */
export function openedImage(ctx: LayoutContext, image: Image): OpenedImage {
  const key = createHash('sha256').update(image.data).digest('hex');
  let opened = ctx.images.get(key);
  if (!opened) {
    const data = image.mime === 'image/svg+xml' ? (ctx.svgRasters.get(image.data) ?? missingRaster(image.src)) : image.data;
    opened = ctx.doc.openImage(data);
    ctx.images.set(key, opened);
  }
  return opened;
}

export function drawImage(ctx: LayoutContext, image: Image, x: number, y: number, width: number, height: number): void {
  ctx.doc.image(openedImage(ctx, image), x, y, { width, height });
}

function captionLinesOf(ctx: LayoutContext, image: Image) {
  return image.caption ? layoutLines([{ type: 'text', text: image.caption }], ctx.styles.note, ctx.flow.width, ctx.measure, ctx.inline) : [];
}

/** Height of an image block with its caption, which always stay on one page. */
export function imageBlockHeight(ctx: LayoutContext, image: Image): number {
  const captionHeight = captionLinesOf(ctx, image).length * ctx.styles.note.lineHeight;
  const gap = captionHeight > 0 ? ctx.styles.note.size * 0.4 : 0;
  return imageSize(image, ctx.flow.width, { maxHeight: ctx.flow.pageCapacity - captionHeight - gap }).height + gap + captionHeight;
}

/** A centred figure (tagged with its alt text) and its caption below it. */
export function renderImage(ctx: LayoutContext, image: Image, parent: PDFKit.PDFStructureElement): void {
  const { flow, tags, styles } = ctx;
  const caption = captionLinesOf(ctx, image);
  const captionHeight = caption.length * styles.note.lineHeight;
  const gap = caption.length > 0 ? styles.note.size * 0.4 : 0;
  const box = imageSize(image, flow.width, { maxHeight: flow.pageCapacity - captionHeight - gap });
  const y = flow.place(box.height + gap + captionHeight);
  const x = flow.left + (flow.width - box.width) / 2;
  const figure = tags.element('Figure', parent, { alt: image.alt || image.src });
  tags.content(figure, () => drawImage(ctx, image, x, y, box.width, box.height));
  flow.y = y + box.height + gap;
  if (caption.length > 0) renderLines(ctx, caption, styles.note, tags.element('Caption', parent), 'center');
  flow.gap(styles.blockGap);
}
