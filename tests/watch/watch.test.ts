import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWatch, type Watch, type WatchBuild } from '../../src/watch';
import { fetchText, openEvents, type EventStream } from './previewClient';
import { scratchDir } from '../fixtures/scratch';

const CONTENT = join(import.meta.dirname, '../../content');
const OUTPUT = 'implementation-management-plan.html';
/** Longer than the quiet period plus a build on a busy machine: no build may start after this long. */
const SETTLE_MS = 1500;

let root: string;
let dir: string;
let outDir: string;
let watch: Watch;
let events: EventStream;
const builds: WatchBuild[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const nextBuild = () => new Promise<WatchBuild>((resolve) => watch.on('build', function once(build) {
  watch.off('build', once);
  resolve(build);
}));
/** Waits for the next build and then for a quiet spell, and returns every build that happened meanwhile. */
async function buildsAfter(edit: () => Promise<void>): Promise<WatchBuild[]> {
  const before = builds.length;
  const first = nextBuild();
  await edit();
  await first;
  await sleep(SETTLE_MS);
  return builds.slice(before);
}
const edit = async (file: string, change: (text: string) => string) => {
  const path = join(dir, file);
  await writeFile(path, change(await readFile(path, 'utf8')));
};
const onDisk = () => readFile(join(outDir, OUTPUT), 'utf8');
const served = async () => (await fetchText(watch.url)).body;
const introWith = (sentence: string) => (text: string) => text.replace(/^text: \|\n/m, `text: |\n  ${sentence}\n\n`);

beforeAll(async () => {
  root = await scratchDir('watch');
  dir = join(root, 'plan');
  await cp(CONTENT, dir, { recursive: true });
  // Inside the plan folder on purpose: writing the outputs must not trigger another build.
  outDir = join(dir, 'out');
  // A quiet period longer than the default, so the three quick saves below are one burst even on a busy machine.
  watch = await startWatch(dir, { outDir, port: 0, quietMs: 100, onBuild: (build) => builds.push(build) });
  events = await openEvents(watch.url);
});

afterAll(async () => {
  events?.close();
  await watch?.close();
  await rm(root, { recursive: true, force: true });
});

describe('plansmith watch', () => {
  it('builds once on start, writes only HTML by default and serves it on 127.0.0.1', async () => {
    expect(builds.map((b) => [b.sequence, b.ok, b.changed])).toEqual([[1, true, []]]);
    expect(watch.lastBuild).toBe(builds[0]);
    expect(builds[0].written.map((w) => w.format)).toEqual(['html']);
    expect(watch.url).toBe(`http://127.0.0.1:${watch.port}/`);
    const page = await fetchText(watch.url);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('Insight Analytics Platform');
  });

  it('turns three saves within 50 ms into exactly one rebuild, with the last save in it', async () => {
    const eventsBefore = events.events.length;
    const happened = await buildsAfter(async () => {
      for (const word of ['first', 'second', 'third']) {
        await edit('introduction.yaml', introWith(`The ${word} quick edit.`));
        await sleep(15);
      }
    });
    expect(happened.map((b) => [b.ok, b.changed])).toEqual([[true, ['introduction.yaml']]]);
    expect(events.events.slice(eventsBefore)).toEqual(['build']);
    const page = await served();
    expect(page).toContain('The third quick edit.');
    expect(page).toContain('The second quick edit.'); // the edits stack up in the file
    expect(await onDisk()).toContain('The third quick edit.');
  });

  it('keeps serving and keeping the previous outputs when an edit makes the plan invalid, and reports why', async () => {
    const pageBefore = await served();
    const diskBefore = await onDisk();
    const eventsBefore = events.events.length;
    const happened = await buildsAfter(() => edit('points-of-contact.yaml', (t) => t.replace('ana.nunez@dco.example.gov', 'ana.nunez@')));
    expect(happened).toHaveLength(1);
    const [failed] = happened;
    expect(failed.ok).toBe(false);
    expect(failed.written).toEqual([]);
    expect(failed.diagnostics).toContainEqual(expect.objectContaining({ file: 'points-of-contact.yaml', severity: 'error', code: 'invalid-email', line: 24 }));
    expect(failed.sources.map((s) => s.file)).toContain('points-of-contact.yaml'); // for the code frame
    expect(events.events.slice(eventsBefore)).toEqual([]); // no reload of the open pages
    expect(await served()).toBe(pageBefore);
    expect(await onDisk()).toBe(diskBefore);
  });

  it('serves the new HTML once the plan is fixed, and signals the reload on /events', async () => {
    const eventsBefore = events.events.length;
    const reload = events.next();
    const happened = await buildsAfter(async () => {
      await edit('points-of-contact.yaml', (t) => t.replace('ana.nunez@\n', 'ana.nunez@dco.example.gov\n'));
      await edit('introduction.yaml', introWith('Fixed and edited again.'));
    });
    expect(await reload).toBe('build');
    // Two saves usually make one build; on a busy machine the second may come after the debounce window.
    expect(happened.every((b) => b.ok)).toBe(true);
    expect(happened.flatMap((b) => b.changed).sort()).toEqual(['introduction.yaml', 'points-of-contact.yaml']);
    expect(happened.flatMap((b) => b.diagnostics).filter((d) => d.severity === 'error')).toEqual([]);
    expect(events.events.slice(eventsBefore)).toEqual(happened.map(() => 'build'));
    expect(await served()).toContain('Fixed and edited again.');
    expect(await onDisk()).toContain('Fixed and edited again.');
  });

  it('adds the live-reload script to the served copy only, allowed by its hash and nothing else', async () => {
    const page = await fetchText(watch.url);
    const disk = await onDisk();
    expect(disk).not.toContain('<script');
    expect(disk).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"`);

    const scripts = [...page.body.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toContain('new EventSource("/events")');
    const hash = createHash('sha256').update(scripts[0]).digest('base64');
    const policy = `default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; connect-src 'self'`;
    expect(page.body).toContain(`<meta http-equiv="Content-Security-Policy" content="${policy}">`);
    expect(page.headers['content-security-policy']).toBe(policy);
    // Apart from the script and the policy, the served page is the file on disk.
    const stripped = page.body.replace(`<script>${scripts[0]}</script>\n`, '').replace(policy, "default-src 'none'; img-src data:; style-src 'unsafe-inline'");
    expect(stripped).toBe(disk);
  });

  it('serves nothing else: no files from disk, no other methods, no other host names', async () => {
    for (const path of ['plan.yaml', 'out/implementation-management-plan.html', '..%2F..%2Fetc%2Fpasswd', 'assets/dco-logo.png']) {
      expect((await fetchText(`${watch.url}${path}`)).status, path).toBe(404);
    }
    expect((await fetchText(watch.url, { Host: 'attacker.example:80' })).status).toBe(403);
    const post = await new Promise<number>((resolve, reject) => {
      const socket = connect(watch.port, '127.0.0.1', () => socket.write(`POST / HTTP/1.1\r\nHost: 127.0.0.1:${watch.port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`));
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk));
      socket.on('end', () => resolve(Number(answer.split(' ')[1])));
      socket.on('error', reject);
    });
    expect(post).toBe(405);
  });

  it('reads the plan\'s own templates again when they change', async () => {
    const happened = await buildsAfter(async () => {
      await mkdir(join(dir, 'templates', 'sections'), { recursive: true });
      await writeFile(join(dir, 'templates', 'sections', 'introduction.hbs'), 'Overridden introduction: {{md text}}\n');
    });
    expect(happened.map((b) => b.ok)).toEqual([true]);
    expect(await served()).toContain('Overridden introduction:');
  });

  it('stops everything on close(): the port refuses connections and edits are no longer built', async () => {
    const count = builds.length;
    await watch.close();
    await watch.close(); // closing twice is harmless
    const refused = await new Promise<string>((resolve) => {
      const socket = connect(watch.port, '127.0.0.1', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
    await edit('introduction.yaml', introWith('After the end.'));
    await sleep(500);
    expect(builds.length).toBe(count);
  });
});

describe('plansmith watch on a plan that does not build yet', () => {
  it('serves a waiting page that reloads itself, then the plan once it builds', async () => {
    const scratch = await scratchDir('watch-broken');
    const plan = join(scratch, 'plan');
    await cp(CONTENT, plan, { recursive: true });
    const file = join(plan, 'plan.yaml');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace('preparedBy:', 'preparedby:'));
    const broken = await startWatch(plan, { outDir: join(scratch, 'out'), port: 0 });
    try {
      expect(broken.lastBuild.ok).toBe(false);
      expect(broken.lastBuild.diagnostics.map((d) => d.code)).toContain('unknown-key');
      const waiting = await fetchText(broken.url);
      expect(waiting.status).toBe(503);
      expect(waiting.body).toContain('No build without errors yet');
      expect(waiting.body).toContain('<script>new EventSource("/events")');

      const built = new Promise<WatchBuild>((resolve) => broken.on('build', resolve));
      await writeFile(file, original);
      expect((await built).ok).toBe(true);
      const page = await fetchText(broken.url);
      expect(page.status).toBe(200);
      expect(page.body).toContain('Insight Analytics Platform');
    } finally {
      await broken.close();
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
