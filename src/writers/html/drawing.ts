import type { Drawing } from '../../render/tree/doctree';
import { drawingToSvg, fontFamilyList } from '../../render/tree/drawingSvg';
import type { Theme } from '../../render/templates/theme';
import { escapeHtml } from './escape';

/**
 * A drawing as inline SVG in a figure. Safe inline: plansmith generates the SVG from its own shapes (never from
 * content), and every text in it is escaped. It scales with the text column and carries its alt text as aria-label.
 */
export function drawingHtml(drawing: Drawing, theme: Theme): string {
  const svg = drawingToSvg(drawing, { fontFamily: fontFamilyList(theme.font.family), fluid: true });
  const caption = drawing.caption ? `\n<figcaption>${escapeHtml(drawing.caption)}</figcaption>` : '';
  return `<figure class="drawing">\n${svg}${caption}\n</figure>`;
}
