import type { Inline, TextRun } from '../../render/tree/doctree';
import { escapeHtml } from './escape';

/** Inline runs as HTML: marks become semantic elements, line breaks `<br>`. */
export function inlineHtml(runs: readonly Inline[]): string {
  return runs.map((r) => (r.type === 'break' ? '<br>' : textRunHtml(r))).join('');
}

function textRunHtml(run: TextRun): string {
  let html = escapeHtml(run.text);
  if (run.code) html = `<code>${html}</code>`;
  if (run.strike) html = `<del>${html}</del>`;
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  return run.href ? linkHtml(run.href, html) : html;
}

function linkHtml(href: string, content: string): string {
  // The tree promises only these targets; checked again here because this is where a bad one would do harm.
  if (/^#\S+$/.test(href)) return `<a href="${escapeHtml(href)}">${content}</a>`;
  if (/^(?:https?|mailto):/i.test(href)) return `<a href="${escapeHtml(href)}" rel="noopener">${content}</a>`;
  return content;
}
