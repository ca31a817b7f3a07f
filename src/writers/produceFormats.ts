import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocTree } from '../render/tree/doctree';
import type { Theme } from '../render/templates/theme';
import { writers, type Format, type WriterOptions } from './index';

/** One format's document, produced in memory. */
export interface ProducedFile {
  format: Format;
  bytes: Uint8Array;
  /** Wall time from starting the writer to having the bytes. */
  ms: number;
  /** Whether a worker thread wrote it. */
  onWorker: boolean;
}

/**
 * The compiled worker entry, next to the compiled pipeline in dist/cli/. Run from the TypeScript sources (tests, tsx)
 * there is no such file next to this one, and every format is written on the calling thread.
 */
const WORKER_ENTRY = new URL('./writerWorker.mjs', import.meta.url);

/** Typical cost of each writer, heaviest first: which formats are worth a thread of their own. */
const HEAVIEST_FIRST: readonly Format[] = ['docx', 'pdf', 'html'];

export interface ProduceOptions {
  /** Most worker threads to use; default: one per core beyond two (see `defaultThreads`). */
  threads?: number;
  /** The compiled worker to run; default: the one next to the compiled pipeline. */
  workerEntry?: URL;
  /** Told as each format starts, for progress. */
  onFormat?: (format: Format) => void;
  /** Passed to every writer (a release asks for PDF/A). */
  writer?: WriterOptions;
}

/**
 * V8 keeps a second core busy on its own: it optimises the writers' code and collects garbage on threads of its own
 * (a DOCX build takes 1.4 s of CPU per second of wall time). On two cores a writer thread only competes with that, and
 * measured slower (N=10, all three formats, with the calling thread's formats running alongside the worker's: 6.38 s
 * with one against 5.17 s without, 9.6 against 6.9 s of CPU; hyperfine, 4 runs), so threads start from the third core.
 */
export function defaultThreads(cores = availableParallelism()): number {
  return Math.max(0, cores - 2);
}

/**
 * Every requested format, in the order requested. The writers are independent, so with spare cores the heaviest
 * formats go to worker threads, one each, while the calling thread writes the rest. The bytes are the same either way.
 */
export async function produceFormats(tree: DocTree, theme: Theme, formats: readonly Format[], options: ProduceOptions = {}): Promise<ProducedFile[]> {
  const entry = options.workerEntry ?? WORKER_ENTRY;
  const writer = options.writer ?? {};
  const threads = existsSync(entry) ? Math.min(options.threads ?? defaultThreads(), formats.length - 1) : 0;
  const offloaded = HEAVIEST_FIRST.filter((format) => formats.includes(format)).slice(0, Math.max(0, threads));
  // Workers start before the calling thread gets busy with its own formats.
  const running = new Map<Format, Promise<ProducedFile>>();
  for (const format of offloaded) {
    options.onFormat?.(format);
    running.set(format, timed(format, true, () => inWorker(entry, format, tree, theme, writer)));
  }
  // Each is awaited below, in order; one failing before its turn must not count as unhandled meanwhile.
  for (const result of running.values()) result.catch(() => undefined);
  // The calling thread writes its own formats while the workers write theirs; all are then collected in the order
  // requested.
  for (const format of formats.filter((format) => !running.has(format))) {
    options.onFormat?.(format);
    const result = timed(format, false, () => writers[format](tree, theme, writer));
    running.set(format, result);
    await result.catch(() => undefined);
  }
  const produced: ProducedFile[] = [];
  for (const format of formats) produced.push(await running.get(format)!);
  return produced;
}

async function timed(format: Format, onWorker: boolean, write: () => Promise<Uint8Array>): Promise<ProducedFile> {
  const started = performance.now();
  const bytes = await write();
  return { format, bytes, ms: performance.now() - started, onWorker };
}

function inWorker(entry: URL, format: Format, tree: DocTree, theme: Theme, options: WriterOptions): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: { format, tree, theme, options } });
    let result: Uint8Array | undefined;
    worker.once('message', (bytes: Uint8Array) => (result = bytes));
    worker.once('error', reject);
    worker.once('exit', (code) => (result ? resolve(result) : reject(new Error(`the ${format} writer's thread stopped (exit code ${code}) without a result`))));
  });
}
