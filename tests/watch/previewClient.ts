import { get, type ClientRequest, type IncomingMessage } from 'node:http';

/** A reader of the preview's Server-Sent Events stream, as a browser's EventSource would open it. */
export interface EventStream {
  /** Names of the events received so far (e.g. "build"). */
  readonly events: string[];
  /** Resolves with the next event's name that arrives after this call. */
  next(): Promise<string>;
  close(): void;
}

export function openEvents(baseUrl: string): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const events: string[] = [];
    let waiters: ((name: string) => void)[] = [];
    let buffer = '';
    const request: ClientRequest = get(new URL('/events', baseUrl), (res: IncomingMessage) => {
      if (res.statusCode !== 200) return reject(new Error(`/events answered ${res.statusCode}`));
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const name = /^event: (.*)$/m.exec(message)?.[1];
          if (!name) continue;
          events.push(name);
          const current = waiters;
          waiters = [];
          current.forEach((wake) => wake(name));
        }
      });
      res.on('error', () => undefined);
      resolve({
        events,
        next: () => new Promise((wake) => waiters.push(wake)),
        close: () => request.destroy(),
      });
    });
    request.on('error', reject);
  });
}

export interface Answer {
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
}

/** One GET request over loopback, answered in full. */
export function fetchText(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    get(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    }).on('error', reject);
  });
}
