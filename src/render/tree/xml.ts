/** XML escaping, for every XML the program writes: SVG drawings, DOCX parts, the PDF's XMP packet. */

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for XML content and attribute values: markup characters escaped, and characters XML 1.0 cannot hold at all
 * (controls other than tab and line ends, lone surrogates, U+FFFE/FFFF) replaced by U+FFFD.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}
