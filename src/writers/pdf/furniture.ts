import type { PageFurniture } from '../../render/tree/doctree';
import type { LayoutContext } from './context';
import type { FontKey } from '../../fonts/faces';
import { useFont } from './fonts';
import type { PageInfo } from './flow';
import { imageSize } from '../shared/imageSize';
import { drawImage } from './images';

/** `text` cut with an ellipsis to fit `maxWidth`, so long running headers never run into each other. */
function fitted(ctx: LayoutContext, text: string, font: FontKey, size: number, maxWidth: number): string {
  if (ctx.measure(text, font, size) <= maxWidth) return text;
  const chars = Array.from(text);
  while (chars.length > 0 && ctx.measure(`${chars.join('').trimEnd()}…`, font, size) > maxWidth) chars.pop();
  return chars.length > 0 ? `${chars.join('').trimEnd()}…` : '';
}

function write(ctx: LayoutContext, text: string, font: FontKey, size: number, color: string, x: number, centerY: number): void {
  if (!text) return;
  const { doc } = ctx;
  useFont(doc, font).fontSize(size).fillColor(color);
  doc.text(text, x, centerY - doc.currentLineHeight() / 2, { lineBreak: false });
}

/** Classification centred on a row of its own, then logo and headerLeft on the left, headerRight on the right. */
function drawHeader(ctx: LayoutContext, furniture: PageFurniture, page: PageInfo): void {
  const { doc, theme, styles } = ctx;
  const { size, lineHeight, color } = styles.furniture;
  const left = theme.margins.left;
  const right = page.width - theme.margins.right;
  const width = right - left;
  const gap = size;
  const classification = furniture.classification ?? '';
  const rowY = classification ? theme.margins.top * 0.62 : theme.margins.top * 0.5;
  if (classification) {
    const classWidth = ctx.measure(classification, 'sans-bold', size);
    write(ctx, classification, 'sans-bold', size, styles.classification.color, left + (width - classWidth) / 2, theme.margins.top * 0.3);
  }
  let textLeft = left;
  let rowHeight = lineHeight;
  if (furniture.headerLogo) {
    // The header logo fills its small box whatever width the content gives it for the title page.
    const logo = imageSize({ ...furniture.headerLogo, scale: 1 }, width * 0.2, { maxHeight: Math.min(theme.margins.top * 0.3, 18) });
    drawImage(ctx, furniture.headerLogo, left, rowY - logo.height / 2, logo.width, logo.height);
    textLeft = left + logo.width + gap;
    rowHeight = Math.max(rowHeight, logo.height);
  }
  const headerRight = fitted(ctx, furniture.headerRight, 'sans', size, width / 2 - gap);
  const rightWidth = ctx.measure(headerRight, 'sans', size);
  write(ctx, fitted(ctx, furniture.headerLeft, 'sans', size, right - rightWidth - 2 * gap - textLeft), 'sans', size, color, textLeft, rowY);
  write(ctx, headerRight, 'sans', size, color, right - rightWidth, rowY);
  const ruleY = Math.min(theme.margins.top - 4, rowY + rowHeight / 2 + 4);
  doc.save().lineWidth(0.5).moveTo(left, ruleY).lineTo(right, ruleY).stroke(styles.colors.tableBorder).restore();
}

function drawFooter(ctx: LayoutContext, furniture: PageFurniture, page: PageInfo, number: number, total: number): void {
  const { doc, theme, styles } = ctx;
  const { size } = styles.furniture;
  const left = theme.margins.left;
  const right = page.width - theme.margins.right;
  const centerY = page.height - theme.margins.bottom * 0.5;
  const ruleY = Math.max(page.height - theme.margins.bottom + 4, centerY - styles.furniture.lineHeight / 2 - 4);
  doc.save().lineWidth(0.5).moveTo(left, ruleY).lineTo(right, ruleY).stroke(styles.colors.tableBorder).restore();
  const pageLabel = `Page ${number} of ${total}`;
  const labelWidth = ctx.measure(pageLabel, 'sans', size);
  write(ctx, pageLabel, 'sans', size, styles.furniture.color, right - labelWidth, centerY);
  write(ctx, fitted(ctx, furniture.footerLeft, 'sans', size, right - left - labelWidth - 2 * size), 'sans', size, styles.furniture.color, left, centerY);
}

/**
 * Running header and footer on every page but the title page, drawn once the page count is known. Page
 * numbers are physical: the title page is page 1, as in the table of contents.
 */
export function drawFurniture(ctx: LayoutContext, furniture: PageFurniture): void {
  const { doc, flow, tags } = ctx;
  const total = flow.pages.length;
  flow.pages.forEach((page, index) => {
    if (index === 0) return;
    doc.switchToPage(index);
    tags.artifact(() => {
      drawHeader(ctx, furniture, page);
      drawFooter(ctx, furniture, page, index + 1, total);
    }, 'Pagination');
  });
}
