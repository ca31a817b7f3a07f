/**
 * Live reload as a real browser does it: headless Chromium opens the preview, runs the live-reload script
 * under the page's Content-Security-Policy, and reloads after an edit. The page title, read from Chromium's
 * DevTools HTTP endpoint, shows which build the browser is displaying.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWatch, type Watch } from '../../../src/watch';
import { consoleLines, onPath } from '../readers';
import { fetchText } from '../../watch/previewClient';
import { scratchDir } from '../../fixtures/scratch';

const CONTENT = join(import.meta.dirname, '../../../content');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  for (let waited = 0; waited < timeoutMs; waited += 200) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.skipIf(!onPath('chromium'))('live reload in headless Chromium', () => {
  let root = '';
  let watch: Watch | undefined;
  let browser: ChildProcess | undefined;
  let log = '';

  beforeAll(async () => {
    root = await scratchDir('watch-browser');
    await cp(CONTENT, join(root, 'plan'), { recursive: true });
    watch = await startWatch(join(root, 'plan'), { outDir: join(root, 'out'), port: 0 });
  });

  afterAll(async () => {
    // Chromium keeps writing its profile until it has exited, so removing the folder any earlier can race it.
    if (browser && browser.exitCode === null && browser.signalCode === null) {
      const exited = new Promise((resolve) => browser!.once('exit', resolve));
      browser.kill();
      await exited;
    }
    await watch?.close();
    if (root) await rm(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  });

  it('runs the script the policy allows and shows the edit without anyone reloading', async () => {
    const profile = join(root, 'profile');
    browser = spawn('chromium', [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`,
      '--remote-debugging-port=0', '--enable-logging=stderr', '--v=0', watch!.url,
    ], { stdio: ['ignore', 'ignore', 'pipe'] });
    browser.stderr!.on('data', (chunk) => (log += chunk));

    const devtools = await eventually('the DevTools port', async () => (await readFile(join(profile, 'DevToolsActivePort'), 'utf8')).split('\n')[0] || undefined);
    const pageTitle = async () => {
      const pages = JSON.parse((await fetchText(`http://127.0.0.1:${devtools}/json/list`)).body) as { type: string; url: string; title: string }[];
      return pages.find((p) => p.type === 'page' && p.url === watch!.url)?.title;
    };
    await eventually('the preview page', async () => ((await pageTitle())?.includes('Insight Analytics Modernization Project') ? true : undefined));
    await sleep(1000); // the script at the end of the page opens /events once the page has loaded

    const planFile = join(root, 'plan', 'plan.yaml');
    await writeFile(planFile, (await readFile(planFile, 'utf8')).replace(/^project: .*$/m, 'project: Reloaded By Itself'));
    const title = await eventually('the reloaded page', async () => ((await pageTitle())?.includes('Reloaded By Itself') ? pageTitle() : undefined));

    expect(title).toBe('Implementation Management Plan: Reloaded By Itself');
    expect(consoleLines(log, watch!.url)).toEqual([]); // no "Refused to execute inline script" or "Refused to connect"
  }, 120_000);
});
