import type { GlyphOutlines } from '../../fonts/outlines';
import type { Drawing, Shape, TextShape } from './doctree';
import { arrowGeometry } from './drawingArrow';
import { escapeXml } from './xml';

export interface SvgOptions {
  /** CSS font-family list for every text, e.g. `'DejaVu Sans', sans-serif`. */
  fontFamily: string;
  /**
   * `true`: the SVG fills the width of its container and keeps its aspect ratio (inline in HTML). Otherwise it has
   * its size in points, as a standalone file for a rasterizer.
   */
  fluid?: boolean;
  /**
   * Labels drawn as the outlines of the bundled DejaVu glyphs instead of as text, each glyph defined once: what a
   * rasterizer draws fastest and the same everywhere. For pictures only: the text is no longer text. Handed in by
   * the caller, so that only a writer that draws pictures loads the fonts' shaping.
   */
  outlines?: GlyphOutlines;
}

/**
 * A CSS font-family list naming `family` first and falling back to the reader's sans-serif. Quotes and backslashes
 * are dropped from the name: it is written inside a quoted string.
 */
export function fontFamilyList(family: string): string {
  const name = family.replace(/['"\\]/g, '').trim();
  return name ? `'${name}', sans-serif` : 'sans-serif';
}

/**
 * A drawing as a complete SVG document, with the viewBox in points. Every text and attribute value is escaped, so
 * whatever a label says it stays text; `role="img"` and `aria-label` carry the drawing's text alternative.
 */
export function drawingToSvg(drawing: Drawing, options: SvgOptions): string {
  const { width, height } = drawing;
  const size = options.fluid
    ? `width="100%" style="max-width: 100%; height: auto"`
    : `width="${num(width)}pt" height="${num(height)}pt"`;
  const open =
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" ${size} viewBox="0 0 ${num(width)} ${num(height)}" ` +
    `role="img" aria-label="${escapeXml(drawing.alt)}" font-family="${escapeXml(options.fontFamily)}"${options.outlines ? ' xmlns:xlink="http://www.w3.org/1999/xlink"' : ''}>`;
  const glyphs = new Set<string>();
  const { outlines } = options;
  const shapes = drawing.shapes.map((shape) => (outlines && shape.type === 'text' ? outlinedText(shape, glyphs, outlines) : shapeSvg(shape)));
  const defs = outlines && glyphs.size > 0 ? [`<defs>${[...glyphs].map((key) => `<path id="${key}" d="${outlines.outlineOf(key)}"/>`).join('')}</defs>`] : [];
  return [open, `<title>${escapeXml(drawing.alt)}</title>`, ...defs, ...shapes, '</svg>'].join('\n');
}

/** A label as its glyphs' outlines, each a `<use>` of the definition `glyphs` collects. */
function outlinedText(shape: TextShape, glyphs: Set<string>, outlines: GlyphOutlines): string {
  const { glyphs: placed, width } = outlines.layOut(shape.text, shape.bold ? 'sans-bold' : 'sans');
  const start = shape.x - (shape.anchor === 'end' ? width : shape.anchor === 'middle' ? width / 2 : 0) * shape.size;
  const uses = placed.map((glyph) => {
    glyphs.add(glyph.key);
    return `<use xlink:href="#${glyph.key}" x="${num(glyph.x, 4)}"${glyph.y ? ` y="${num(glyph.y, 4)}"` : ''}/>`;
  });
  return `<g transform="translate(${num(start)} ${num(shape.y)}) scale(${num(shape.size)} ${num(-shape.size)})" fill="${escapeXml(shape.color)}">${uses.join('')}</g>`;
}

function shapeSvg(shape: Shape): string {
  switch (shape.type) {
    case 'rect':
      return `<rect x="${num(shape.x)}" y="${num(shape.y)}" width="${num(shape.w)}" height="${num(shape.h)}"${paint(shape.fill, shape.stroke, shape.strokeWidth)}/>`;
    case 'polygon':
      return `<polygon points="${points(shape.points)}"${paint(shape.fill, shape.stroke, shape.stroke ? 0.5 : undefined)}/>`;
    case 'line': {
      const dash = shape.dash ? ` stroke-dasharray="${num(shape.dash[0])} ${num(shape.dash[1])}"` : '';
      const stroke = ` stroke="${escapeXml(shape.stroke)}" stroke-width="${num(shape.strokeWidth)}"${dash}`;
      if (!shape.arrow) return `<line x1="${num(shape.x1)}" y1="${num(shape.y1)}" x2="${num(shape.x2)}" y2="${num(shape.y2)}"${stroke}/>`;
      const { shaftEnd, head } = arrowGeometry(shape);
      return [
        `<line x1="${num(shape.x1)}" y1="${num(shape.y1)}" x2="${num(shaftEnd[0])}" y2="${num(shaftEnd[1])}"${stroke}/>`,
        `<polygon points="${points(head)}" fill="${escapeXml(shape.stroke)}"/>`,
      ].join('\n');
    }
    case 'text': {
      const weight = shape.bold ? ' font-weight="bold"' : '';
      return `<text x="${num(shape.x)}" y="${num(shape.y)}" font-size="${num(shape.size)}" fill="${escapeXml(shape.color)}" text-anchor="${shape.anchor}"${weight}>${escapeXml(shape.text)}</text>`;
    }
  }
}

function paint(fill: string | undefined, stroke: string | undefined, strokeWidth: number | undefined): string {
  const f = ` fill="${fill ? escapeXml(fill) : 'none'}"`;
  const s = stroke ? ` stroke="${escapeXml(stroke)}" stroke-width="${num(strokeWidth ?? 1)}"` : '';
  return f + s;
}

function points(list: readonly [number, number][]): string {
  return list.map(([x, y]) => `${num(x)},${num(y)}`).join(' ');
}

/**
 * At most `places` decimals (two; four for positions in ems), no trailing zeros, never "-0": short and the same on
 * every machine.
 */
function num(n: number, places = 2): string {
  const scale = 10 ** places;
  const rounded = Math.round(n * scale) / scale;
  return String(rounded === 0 ? 0 : rounded);
}
