import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTheme } from '../../../src/render/templates/theme';
import { defaultThreads, produceFormats } from '../../../src/writers/produceFormats';
import { sampleTree } from '../../fixtures/sampleTree';

const REPO = join(import.meta.dirname, '../../..');

describe('produceFormats', () => {
  const tree = sampleTree();
  let scratch = '';
  let workerEntry: URL;

  beforeAll(async () => {
    // A compiled worker of its own, inside the repository so its packages resolve from node_modules.
    scratch = await mkdtemp(join(REPO, '.test-bundle-'));
    execFileSync(process.execPath, [join(REPO, 'scripts/bundle.mjs'), join(scratch, 'cli')]);
    workerEntry = pathToFileURL(join(scratch, 'cli/writerWorker.mjs'));
  }, 60_000);

  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('writes the same bytes on worker threads as on the calling thread, in the order asked for', async () => {
    const formats = ['html', 'docx', 'pdf'] as const;
    const threaded = await produceFormats(tree, defaultTheme, formats, { threads: 2, workerEntry });
    const inline = await produceFormats(tree, defaultTheme, formats, { threads: 0, workerEntry });
    expect(threaded.map((p) => [p.format, p.onWorker])).toEqual([['html', false], ['docx', true], ['pdf', true]]);
    expect(inline.map((p) => [p.format, p.onWorker])).toEqual([['html', false], ['docx', false], ['pdf', false]]);
    threaded.forEach((p, i) => expect(Buffer.from(p.bytes).equals(Buffer.from(inline[i].bytes)), p.format).toBe(true));
  }, 60_000);

  it('hands writer options (PDF/A for a release) to writers on worker threads and on the calling thread alike', async () => {
    const isPdfA = (bytes: Uint8Array) => Buffer.from(bytes).includes('pdfaid:part');
    const [threaded] = await produceFormats(tree, defaultTheme, ['pdf', 'html'], { threads: 1, workerEntry, writer: { pdfa: true } });
    const [inline] = await produceFormats(tree, defaultTheme, ['pdf'], { threads: 0, writer: { pdfa: true } });
    const [plain] = await produceFormats(tree, defaultTheme, ['pdf'], { threads: 0 });
    expect([threaded.onWorker, isPdfA(threaded.bytes), isPdfA(inline.bytes), isPdfA(plain.bytes)]).toEqual([true, true, true, false]);
    expect(Buffer.from(threaded.bytes).equals(Buffer.from(inline.bytes))).toBe(true);
  }, 60_000);

  it('keeps the calling thread for the last format, and for a single one', async () => {
    const [only] = await produceFormats(tree, defaultTheme, ['docx'], { threads: 4, workerEntry });
    expect(only.onWorker).toBe(false);
  }, 60_000);

  it('fails with the error of a writer that fails on its thread', async () => {
    const failing = join(scratch, 'failing.mjs');
    await writeFile(failing, "throw new Error('the writer broke');\n");
    await expect(produceFormats(tree, defaultTheme, ['docx', 'html'], { threads: 1, workerEntry: pathToFileURL(failing) })).rejects.toThrow('the writer broke');
  }, 60_000);

  it('begins the calling thread\'s formats without waiting for a worker\'s result', async () => {
    // The worker answers only once the HTML has begun: waiting for the worker first would never finish.
    const begun = join(scratch, 'html-begun');
    const waiting = join(scratch, 'waiting.mjs');
    await writeFile(
      waiting,
      `import { existsSync } from 'node:fs';\nimport { parentPort } from 'node:worker_threads';\n` +
        `const poll = setInterval(() => { if (existsSync(${JSON.stringify(begun)})) { clearInterval(poll); parentPort.postMessage(new Uint8Array([1])); } }, 10);\n`,
    );
    const produced = await produceFormats(tree, defaultTheme, ['docx', 'html'], {
      threads: 1,
      workerEntry: pathToFileURL(waiting),
      onFormat: (format) => format === 'html' && writeFileSync(begun, ''),
    });
    expect(produced.map((p) => [p.format, p.onWorker])).toEqual([['docx', true], ['html', false]]);
  }, 30_000);

  it('writes on the calling thread when there is no compiled worker (run from the TypeScript sources)', async () => {
    const produced = await produceFormats(tree, defaultTheme, ['html', 'pdf'], { threads: 1, workerEntry: pathToFileURL(join(scratch, 'missing.mjs')) });
    expect(produced.map((p) => p.onWorker)).toEqual([false, false]);
  }, 60_000);

  it('uses a thread per core beyond the two V8 keeps busy', () => {
    expect([1, 2, 3, 4, 8].map((cores) => defaultThreads(cores))).toEqual([0, 0, 1, 2, 6]);
  });
});
