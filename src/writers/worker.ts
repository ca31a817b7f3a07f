/**
 * A worker thread that writes one format: it is given the format, tree, theme and writer options as its workerData and posts back the
 * bytes. Compiled into dist/cli/writerWorker.mjs (scripts/bundle.mjs); see `produceFormats`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DocTree } from '../render/tree/doctree';
import type { Theme } from '../render/templates/theme';
import { writers, type Format, type WriterOptions } from './index';

const { format, tree, theme, options } = workerData as { format: Format; tree: DocTree; theme: Theme; options: WriterOptions };
parentPort!.postMessage(await writers[format](tree, theme, options));
