import { createServer } from 'node:http';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import type { Output } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { runWatch } from '../../src/cli/watch';
import { fetchText } from './previewClient';
import { scratchDir } from '../fixtures/scratch';

const CONTENT = join(import.meta.dirname, '../../content');

let root: string;
let dir: string;
let lines: string[];
let io: Output;

beforeEach(async () => {
  root = await scratchDir('watch-cli');
  dir = join(root, 'plan');
  await cp(CONTENT, dir, { recursive: true });
  lines = [];
  io = { out: (s) => lines.push(s), err: (s) => lines.push(s), color: false };
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** Waits until a printed line matches; the watch prints as it goes. */
async function printed(pattern: RegExp, from = 0): Promise<string> {
  for (let waited = 0; waited < 30_000; waited += 20) {
    const line = lines.slice(from).find((l) => pattern.test(l));
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`nothing printed matches ${pattern}:\n${lines.join('\n')}`);
}
const edit = async (file: string, change: (text: string) => string) => {
  const path = join(dir, file);
  await writeFile(path, change(await readFile(path, 'utf8')));
};

describe('plansmith watch (command line)', () => {
  it('prints the preview address, diagnostics only when they change, and exits 0 when stopped', async () => {
    const stop = new AbortController();
    const exit = runWatch([dir, '--port', '0', '--out', join(root, 'out')], io, stop.signal);
    onTestFinished(() => stop.abort());
    const ready = await printed(/preview at http:\/\/127\.0\.0\.1:\d+\/ \(Ctrl-C to stop\)$/);
    expect(lines[0]).toMatch(/^built in \d+ ms$/);
    const url = /http:\S+/.exec(ready)![0];
    expect((await fetchText(url)).status).toBe(200);

    let mark = lines.length;
    await edit('points-of-contact.yaml', (t) => t.replace('ana.nunez@dco.example.gov', 'ana.nunez@'));
    await printed(/^not rebuilt: the preview keeps the last good build \(points-of-contact\.yaml\)$/, mark);
    expect(lines.slice(mark).join('\n')).toMatch(/^points-of-contact\.yaml:24:\d+: error: .*\[invalid-email\]\n[\s\S]*^\s+24 \|\s+email: ana\.nunez@$/m);

    mark = lines.length;
    await edit('introduction.yaml', (t) => t.replace('text: |\n', 'text: |\n  Still broken elsewhere.\n\n'));
    await printed(/^not rebuilt, still 1 error, \d+ warnings?: the preview keeps the last good build \(introduction\.yaml\)$/, mark);
    expect(lines.slice(mark).join('\n')).not.toContain('invalid-email'); // the same set is not printed again

    mark = lines.length;
    await edit('points-of-contact.yaml', (t) => t.replace('ana.nunez@\n', 'ana.nunez@dco.example.gov\n'));
    await printed(/^rebuilt in \d+ ms \(points-of-contact\.yaml\)$/, mark);
    expect(lines.slice(mark)).toContain('no problems left');
    expect((await fetchText(url)).body).toContain('Still broken elsewhere.');

    stop.abort();
    expect(await exit).toBe(0);
    expect(lines[lines.length - 1]).toBe('stopped watching');
    await expect(fetchText(url)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('prints one JSON object per line with --json', async () => {
    const stop = new AbortController();
    const exit = runWatch([dir, '--port', '0', '--out', join(root, 'out'), '--json'], io, stop.signal);
    onTestFinished(() => stop.abort());
    await printed(/"type":"ready"/);
    stop.abort();
    expect(await exit).toBe(0);
    const [build, ready] = lines.map((l) => JSON.parse(l));
    expect(build).toMatchObject({ type: 'build', sequence: 1, ok: true, changed: [], diagnostics: [], written: [{ format: 'html' }] });
    expect(ready).toEqual({ type: 'ready', url: `http://127.0.0.1:${ready.port}/`, port: ready.port });
  });

  it('says so and exits 1 when the port is taken', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as AddressInfo;
    try {
      expect(await runWatch([dir, '--port', String(port), '--out', join(root, 'out')], io, new AbortController().signal)).toBe(1);
      expect(lines).toEqual([`plansmith: port ${port} is in use; choose another with --port, or --port 0 for any free port`]);
    } finally {
      busy.close();
    }
  });

  it('rejects a bad port or an output folder that is the plan folder', async () => {
    expect(await main(['watch', dir, '--port', 'http'], io)).toBe(2);
    expect(lines[0]).toContain('--port takes a port number');
    lines.length = 0;
    expect(await runWatch([dir, '--port', '0', '--out', dir], io, new AbortController().signal)).toBe(1);
    expect(lines).toEqual(['plansmith: the output folder must not be the plan folder itself: every write would trigger another build']);
  });
});
