import { AlignmentType, BorderStyle, Footer, Header, PageNumber, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { PageFurniture } from '../../render/tree/doctree';
import type { RenderContext } from './context';
import { hex, twips } from './geometry';
import { imageSize } from '../shared/imageSize';
import { imageRun, wholePixels } from './images';
import { STYLE } from './styles';

/** The header logo is kept to a small mark: a quarter inch high, an inch and a quarter wide at most (in points). */
const HEADER_LOGO_BOX = { width: 90, height: 18 };
/** Points between the header's rule and the body. */
export const HEADER_RULE_GAP = 12;
/** The rule under the header: half a point wide, 4 points below the text (`w:sz` in eighths, `w:space` in points). */
export const HEADER_RULE = { size: 4, space: 4 };

/** The header logo's size in whole pixels, inside its small box. */
export function headerLogoSize(furniture: PageFurniture): { width: number; height: number } | undefined {
  const logo = furniture.headerLogo;
  return logo ? wholePixels(imageSize({ ...logo, scale: 1 }, HEADER_LOGO_BOX.width, { maxHeight: HEADER_LOGO_BOX.height })) : undefined;
}

/**
 * Running header for pages set as `ctx.page`: classification centred on top, then logo and left text against the
 * left margin and the right text against the right one, over a rule.
 */
export function pageHeader(furniture: PageFurniture, ctx: RenderContext): Header {
  const rule = { bottom: { style: BorderStyle.SINGLE, ...HEADER_RULE, color: hex(ctx.theme.colors.tableBorder) } };
  // The header logo fills its small box whatever width the content gives it for the title page.
  const logoSize = headerLogoSize(furniture);
  const logo = furniture.headerLogo && logoSize ? imageRun(furniture.headerLogo, logoSize, ctx) : undefined;
  const classification = furniture.classification
    ? [new Paragraph({ style: STYLE.header, alignment: AlignmentType.CENTER, children: [new TextRun({ text: furniture.classification, bold: true, color: hex(ctx.theme.colors.accent) })] })]
    : [];
  return new Header({
    children: [
      ...classification,
      new Paragraph({
        style: STYLE.header,
        border: rule,
        // Space under the rule keeps what starts a page from sitting on it (the top margin clears it: `headerHeight`).
        spacing: { after: twips(HEADER_RULE_GAP) },
        tabStops: [{ type: TabStopType.RIGHT, position: ctx.page.textWidth }],
        children: [
          ...(logo ? [logo, new TextRun('  ')] : []),
          new TextRun(furniture.headerLeft),
          new TextRun({ children: [new Tab(), furniture.headerRight] }),
        ],
      }),
    ],
  });
}

/** Running footer: the left text, and "Page X of Y" as PAGE and NUMPAGES fields against the right margin. */
export function pageFooter(furniture: PageFurniture, ctx: RenderContext): Footer {
  const rule = { top: { style: BorderStyle.SINGLE, size: 4, color: hex(ctx.theme.colors.tableBorder), space: 4 } };
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        border: rule,
        tabStops: [{ type: TabStopType.RIGHT, position: ctx.page.textWidth }],
        children: [
          new TextRun(furniture.footerLeft),
          new TextRun({ children: [new Tab(), 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}
