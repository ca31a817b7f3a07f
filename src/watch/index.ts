import { EventEmitter } from 'node:events';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { SourceFile } from '../content/source';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { writeOutputs, type WrittenFile } from '../pipeline/build';
import type { Format } from '../writers';
import { IGNORED_FOLDERS } from './changes';
import { startPreviewServer } from './preview';
import { createBuildSession, type SessionOptions } from './session';
import { watchFolder, type FolderWatcher } from './watcher';

export interface WatchOptions extends Omit<SessionOptions, 'formats'> {
  outDir: string;
  /** Formats written to `outDir` after each good build; HTML only by default. The preview always gets HTML. */
  formats?: readonly Format[];
  /** Port of the preview server on 127.0.0.1; 0 picks a free one. Default 4321. */
  port?: number;
  /** Quiet period after the last change before rebuilding, in ms. Default 100. */
  quietMs?: number;
  /** Called after every build, the first included (it happens before `startWatch` resolves). */
  onBuild?: (build: WatchBuild) => void;
  /** Problems of the watching itself (the folder vanished, a build crashed). */
  onError?: (error: unknown) => void;
}

export interface WatchBuild {
  /** 1 for the build on start, then one more per rebuild. */
  sequence: number;
  /** Whether the outputs were rebuilt; when not, the previous ones stay on disk and in the preview. */
  ok: boolean;
  /** From the end of the quiet period to the outputs written. */
  ms: number;
  /** Paths (relative to the plan folder, `?` where the system did not name one) whose change caused this build; empty for the first. */
  changed: string[];
  diagnostics: Diagnostic[];
  /** Files the diagnostics point into, for code frames. */
  sources: SourceFile[];
  written: WrittenFile[];
  /** A failure that is not about the content (a file that could not be read or written). */
  error?: string;
}

export interface Watch {
  port: number;
  /** Address of the preview, e.g. http://127.0.0.1:4321/ */
  url: string;
  readonly lastBuild: WatchBuild;
  on(event: 'build', listener: (build: WatchBuild) => void): this;
  off(event: 'build', listener: (build: WatchBuild) => void): this;
  /** Stops watching (waiting for a build in progress) and stops the preview server. */
  close(): Promise<void>;
}

export const DEFAULT_PORT = 4321;
/**
 * An editor's save reaches us as a few file events within a few milliseconds (write, or write to a temporary file and
 * rename); 40 ms gathers them into one build without making the preview wait noticeably.
 */
const DEFAULT_QUIET_MS = 40;

/**
 * Builds the plan, serves its HTML with live reload, and rebuilds after every burst of changes to the plan
 * folder. A build with errors changes nothing: the previous outputs stay on disk and in the preview.
 */
export async function startWatch(dir: string, options: WatchOptions): Promise<Watch> {
  if (resolve(options.outDir) === resolve(dir)) throw new Error('the output folder must not be the plan folder itself: every write would trigger another build');
  const formats = options.formats ?? ['html'];
  // The preview needs HTML even when only other formats are written.
  const produced: Format[] = formats.includes('html') ? [...formats] : [...formats, 'html'];
  const session = createBuildSession(dir, { ...options, formats: produced });
  const ignoredFolders = [...IGNORED_FOLDERS, ...folderInside(dir, options.outDir)];
  const reportError = options.onError ?? ((error: unknown) => process.emitWarning(error instanceof Error ? error : String(error)));

  const events = new EventEmitter();
  let lastBuild: WatchBuild | undefined;
  let sequence = 0;
  const preview = await startPreviewServer({ port: options.port ?? DEFAULT_PORT });

  const rebuild = async (changed: (string | undefined)[]): Promise<void> => {
    const started = performance.now();
    const base = { sequence: ++sequence, changed: changed.map((path) => path ?? '?') };
    let build: WatchBuild;
    try {
      const result = await session.build(changed);
      let written: WrittenFile[] = [];
      if (result.ok) {
        // The preview first: the browser reloads while the files are still being written.
        preview.publish(result.outputs.find((output) => output.format === 'html')!.bytes);
        const toWrite = result.outputs.filter((output) => formats.includes(output.format));
        written = await writeOutputs(toWrite, options.outDir, result.name);
      }
      build = { ...base, ok: result.ok, ms: performance.now() - started, diagnostics: result.diagnostics, sources: result.sources, written };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      build = { ...base, ok: false, ms: performance.now() - started, diagnostics: [], sources: [], written: [], error: message };
    }
    lastBuild = build;
    options.onBuild?.(build);
    events.emit('build', build);
  };

  // One build at a time, in order: a later build's files must never be overwritten by an earlier one's.
  let queue = Promise.resolve();
  const enqueue = (changed: (string | undefined)[]): Promise<void> => {
    const run = queue.then(() => rebuild(changed));
    queue = run.catch(() => undefined); // a throwing listener must not stop later builds
    return run;
  };

  let watcher: FolderWatcher;
  try {
    // Watching starts before the first build, so an edit made during that build is not missed.
    watcher = watchFolder(dir, { quietMs: options.quietMs ?? DEFAULT_QUIET_MS, ignoredFolders, onChanges: enqueue, onError: reportError });
  } catch (error) {
    await preview.close();
    throw error;
  }
  try {
    await enqueue([]);
  } catch (error) {
    await watcher.close();
    await preview.close();
    throw error;
  }

  let closing: Promise<void> | undefined;
  const watch: Watch = {
    port: preview.port,
    url: preview.url,
    get lastBuild() {
      return lastBuild!;
    },
    on(event, listener) {
      events.on(event, listener);
      return watch;
    },
    off(event, listener) {
      events.off(event, listener);
      return watch;
    },
    close() {
      closing ??= (async () => {
        await watcher.close();
        await preview.close();
      })();
      return closing;
    },
  };
  return watch;
}

/** `folder` relative to `dir` with `/` separators, when it lies inside `dir`; rebuilding must not react to our own outputs. */
function folderInside(dir: string, folder: string): string[] {
  const rel = relative(resolve(dir), resolve(folder));
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return [];
  return [rel.split(sep).join('/')];
}
