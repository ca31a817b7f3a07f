import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LIVE_RELOAD_SCRIPT, previewPage, previewPolicy } from '../../src/watch/liveReload';

const hash = `'sha256-${createHash('sha256').update(LIVE_RELOAD_SCRIPT).digest('base64')}'`;
const page = (head: string) => `<!doctype html>\n<html>\n<head>\n${head}\n</head>\n<body>\n<p>Costs $5 and $&.</p>\n</body>\n</html>\n`;

describe('previewPolicy', () => {
  it('allows exactly the live-reload script and requests to the server itself, keeping every other directive', () => {
    expect(previewPolicy("default-src 'none'; img-src data:; style-src 'unsafe-inline'")).toBe(
      `default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src ${hash}; connect-src 'self'`,
    );
  });

  it('replaces any script or connect rule the page had', () => {
    expect(previewPolicy("default-src 'none'; script-src 'unsafe-inline' https:; connect-src *")).toBe(`default-src 'none'; script-src ${hash}; connect-src 'self'`);
  });
});

describe('previewPage', () => {
  it('adds the script before </body> and opens the page policy for it alone', () => {
    const html = page(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`);
    const { html: served, policy } = previewPage(html);
    expect(policy).toBe(`default-src 'none'; script-src ${hash}; connect-src 'self'`);
    expect(served).toBe(
      page(`<meta http-equiv="Content-Security-Policy" content="${policy}">`).replace('</body>', `<script>${LIVE_RELOAD_SCRIPT}</script>\n</body>`),
    );
  });

  it('gives a page without a policy a strict one rather than none', () => {
    const { html: served, policy } = previewPage(page('<title>t</title>'));
    expect(policy).toBe(`default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src ${hash}; connect-src 'self'`);
    expect(served).toContain(`<head>\n<meta http-equiv="Content-Security-Policy" content="${policy}">\n<title>t</title>`);
  });

  it('leaves the rest of the page exactly as it was', () => {
    const html = page(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`);
    const { html: served, policy } = previewPage(html);
    expect(served.replace(`<script>${LIVE_RELOAD_SCRIPT}</script>\n`, '').replace(policy, "default-src 'none'")).toBe(html);
  });
});
