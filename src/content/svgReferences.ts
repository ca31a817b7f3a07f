/**
 * What an SVG image would make a renderer read besides itself. A browser shows an SVG in `<img>` without loading
 * anything, but resvg, which rasterizes SVG images for DOCX and PDF, reads any file an `href` names. So a plan's SVG
 * must be self-contained: it may point at its own elements (`#id`) and at `data:` URIs, nothing else.
 */

// Any attribute named href, whatever its namespace prefix (XML allows non-ASCII prefixes such as "é:href").
const HREF = /(?:^|[\s:])href\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An attribute value as the XML parser reads it: character and predefined entity references decoded. */
function attributeValue(raw: string): string {
  return raw.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (whole, hex: string, dec: string, name: string) => {
    if (name) return NAMED[name.toLowerCase()] ?? whole;
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** What first reaches outside the SVG, as words for a message ("refers to ..."); undefined when nothing does. */
export function externalReference(svg: string): string | undefined {
  // Entity declarations could spell a reference this check never sees.
  if (/<!ENTITY/i.test(svg)) return 'declares an entity (<!ENTITY ...>)';
  for (const match of svg.matchAll(HREF)) {
    const value = attributeValue(match[1] ?? match[2]).trim();
    if (!value.startsWith('#') && !/^data:/i.test(value)) return `refers to "${value}"`;
  }
  return undefined;
}
