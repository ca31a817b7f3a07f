/**
 * How plain values are written into the Markdown that templates produce. A plain value (a name, an id, a
 * table cell) must come out as exactly its text: nothing in it may start emphasis, a link, raw HTML, a
 * list or a heading, or end a table row.
 */

/** Backslash-escapes every ASCII punctuation character that Markdown could give meaning to. */
export function escapeInline(value: unknown): string {
  if (value == null) return '';
  return String(value)
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&"]/g, '\\$&')
    .replace(/\r?\n/g, '<br>');
}

/** A table cell: a list becomes its items on separate lines; every item is escaped. */
export function escapeCell(value: unknown): string {
  if (value == null) return '';
  if (Array.isArray(value)) return value.map((item) => escapeInline(item)).join('<br>');
  return escapeInline(value);
}

/**
 * Markdown prose for a table cell, where a row must stay on one line: unescaped pipes are escaped, a
 * paragraph break becomes two line breaks, a line starting a list item gets its own line, and other line
 * ends are soft (a space), as they would be in a paragraph.
 */
export function proseForCell(markdown: string): string {
  return markdown
    .trim()
    .replace(/(^|[^\\])\|/g, '$1\\|')
    .replace(/\r?\n\s*\r?\n\s*/g, '<br><br>')
    .replace(/\r?\n(?=\s*(?:[-*+]|\d+[.)])\s)/g, '<br>')
    .replace(/\s*\r?\n\s*/g, ' ');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2027-01-04 -> "January 4, 2027"; computed by hand so output does not depend on the machine's locale data. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return `${MONTHS[Number(match[2]) - 1]} ${Number(match[3])}, ${match[1]}`;
}

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', CAD: 'CA$', AUD: 'A$', JPY: '¥' };

/** Exact money formatting from integer cents: 1234567.5 -> "$1,234,567.50"; whole amounts drop the cents. */
export function formatMoney(amount: number, currency = 'USD'): string {
  const cents = Math.round(amount * 100);
  const negative = cents < 0;
  const whole = Math.floor(Math.abs(cents) / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = Math.abs(cents) % 100;
  // A currency given as a symbol ("$", "CA$") is its own symbol.
  const symbol = /^[A-Z]{3}$/.test(currency) ? SYMBOLS[currency] : currency;
  const number = fraction === 0 ? whole : `${whole}.${String(fraction).padStart(2, '0')}`;
  const text = symbol ? `${symbol}${number}` : `${number} ${currency}`;
  return negative ? `-${text}` : text;
}
