/**
 * What an SVG image would make a renderer read besides itself. A browser shows an SVG in `<img>` without loading
 * anything, but resvg, which rasterizes SVG images for DOCX and PDF, reads any file an `href` names. So a plan's SVG
 * must be self-contained: it may point at its own elements (`#id`) and at `data:` URIs, nothing else.
 */
import { decodeXML } from 'entities';

// Any attribute named href, whatever its namespace prefix (XML allows non-ASCII prefixes such as "é:href").
const HREF = /(?:^|[\s:])href\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** What first reaches outside the SVG, as words for a message ("refers to ..."); undefined when nothing does. */
export function externalReference(svg: string): string | undefined {
  // Entity declarations could spell a reference this check never sees.
  if (/<!ENTITY/i.test(svg)) return 'declares an entity (<!ENTITY ...>)';
  for (const match of svg.matchAll(HREF)) {
    // The value as the XML parser reads it: character and predefined entity references decoded.
    const value = decodeXML(match[1] ?? match[2]).trim();
    if (!value.startsWith('#') && !/^data:/i.test(value)) return `refers to "${value}"`;
  }
  return undefined;
}
