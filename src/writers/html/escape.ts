/** Escaping for the two languages the HTML writer emits: HTML (text and attribute values) and CSS strings. */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element content and in double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * A quoted CSS string. Besides quotes and backslashes, `<`, `>` and `&` are hex-escaped so no text can close
 * the `<style>` element it sits in; control characters (newlines included) are escaped as CSS requires.
 */
export function cssString(text: string): string {
  const escaped = text.replace(/[\\"<>&\u0000-\u001f\u007f]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
  return `"${escaped}"`;
}
