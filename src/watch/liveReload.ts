import { createHash } from 'node:crypto';

/** Reloads the page whenever the preview server announces a good build on /events (Server-Sent Events). */
export const LIVE_RELOAD_SCRIPT = `new EventSource("/events").addEventListener("build",function(){location.reload()});`;

/** The CSP source that allows exactly that inline script and no other. */
const SCRIPT_SOURCE = `'sha256-${createHash('sha256').update(LIVE_RELOAD_SCRIPT).digest('base64')}'`;

/** What the HTML writer allows when a page has no policy of its own (no scripts, no requests). */
const BASE_POLICY = `default-src 'none'; img-src data:; style-src 'unsafe-inline'`;

const POLICY_META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/i;

/**
 * The written page's policy with scripts limited to the live-reload script (by hash) and requests to the
 * preview server itself (for /events); every other directive is kept as written.
 */
export function previewPolicy(policy: string): string {
  const kept = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !/^(script-src|script-src-elem|connect-src)(\s|$)/i.test(directive));
  return [...kept, `script-src ${SCRIPT_SOURCE}`, `connect-src 'self'`].join('; ');
}

/**
 * The copy of a page that the preview serves: the live-reload script added before `</body>` and the
 * page's Content-Security-Policy opened for exactly that script. The page on disk is never changed.
 */
export function previewPage(html: string): { html: string; policy: string } {
  const existing = POLICY_META.exec(html);
  const policy = previewPolicy(existing ? existing[1] : BASE_POLICY);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  // Functions as replacements, so `$` in the page is never read as a replacement pattern.
  const withPolicy = existing ? html.replace(POLICY_META, () => meta) : html.replace(/<head>/i, () => `<head>\n${meta}`);
  const script = `<script>${LIVE_RELOAD_SCRIPT}</script>\n`;
  const end = withPolicy.lastIndexOf('</body>');
  const page = end === -1 ? `${withPolicy}${script}` : `${withPolicy.slice(0, end)}${script}${withPolicy.slice(end)}`;
  return { html: page, policy };
}

/** Shown until the first build without errors; it reloads itself when that build arrives. */
export const WAITING_PAGE = [
  '<!doctype html>',
  '<html lang="en">',
  '<head>',
  '<meta charset="utf-8">',
  '<title>plansmith preview</title>',
  '</head>',
  '<body>',
  '<p>No build without errors yet: the terminal running <code>plansmith watch</code> shows what to fix. This page reloads by itself once the plan builds.</p>',
  '</body>',
  '</html>',
  '',
].join('\n');
