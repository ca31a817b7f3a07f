import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { previewPage, WAITING_PAGE } from './liveReload';

export interface PreviewServer {
  port: number;
  url: string;
  /** Serves this page from now on and tells every open page to reload. */
  publish(html: Uint8Array): void;
  /** Closes the event streams and every connection, then stops listening. */
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

interface Page {
  body: Buffer;
  policy: string;
}

/**
 * An HTTP server on 127.0.0.1 that answers two paths from memory: `/` (the last good HTML, with live reload)
 * and `/events` (one Server-Sent Event per good build). It never reads the disk, so there is no path to
 * traverse; requests naming another host are refused, so a web page cannot reach it by DNS rebinding.
 */
export async function startPreviewServer(options: { port: number }): Promise<PreviewServer> {
  // The page is made from the published HTML when it is first asked for: publishing stays cheap, so the build's files
  // are not kept waiting for it.
  let page: Page | undefined = toPage(WAITING_PAGE);
  let published: Uint8Array | undefined;
  const currentPage = () => (page ??= toPage(new TextDecoder().decode(published)));
  let waiting = true;
  let builds = 0;
  const streams = new Set<ServerResponse>();
  let allowedHosts = new Set<string>();

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    if (!allowedHosts.has(req.headers.host ?? '')) return plain(res, 403, 'the preview answers only on 127.0.0.1\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'only GET and HEAD\n', { Allow: 'GET, HEAD' });
    if (url.pathname === '/') return servePage(req, res, currentPage(), waiting ? 503 : 200);
    if (url.pathname === '/events') return openStream(req, res, streams);
    return plain(res, 404, 'not found: the preview serves the plan at /\n');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`${HOST}:${port}`, `localhost:${port}`]);

  let closing: Promise<void> | undefined;
  return {
    port,
    url: `http://${HOST}:${port}/`,
    publish(html) {
      published = html;
      page = undefined;
      waiting = false;
      builds++;
      for (const stream of streams) stream.write(`event: build\ndata: ${builds}\n\n`);
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        streams.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function toPage(html: string): Page {
  const { html: served, policy } = previewPage(html);
  return { body: Buffer.from(served), policy };
}

const COMMON_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function servePage(req: IncomingMessage, res: ServerResponse, page: Page, status: number): void {
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': page.body.byteLength,
    // The same policy as the page's meta tag, so it also holds before the meta tag is parsed.
    'Content-Security-Policy': page.policy,
  });
  res.end(req.method === 'HEAD' ? undefined : page.body);
}

function openStream(req: IncomingMessage, res: ServerResponse, streams: Set<ServerResponse>): void {
  res.writeHead(200, { ...COMMON_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  // The browser reconnects after a second if the stream drops (e.g. while the machine sleeps).
  res.write('retry: 1000\n\n');
  streams.add(res);
  res.on('close', () => streams.delete(res));
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...COMMON_HEADERS, ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
