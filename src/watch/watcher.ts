import { watch, type FSWatcher } from 'node:fs';
import { debounceBatches } from './debounce';
import { isIgnoredChange } from './changes';

export interface FolderWatcherOptions {
  /** Quiet period after the last change before a batch is handed over. */
  quietMs: number;
  /** Folders (relative to the watched folder) whose changes are ignored. */
  ignoredFolders: readonly string[];
  /** Receives the changed paths of one burst (relative, `/`-separated; `undefined` when unnamed). */
  onChanges: (paths: (string | undefined)[]) => Promise<void>;
  onError: (error: unknown) => void;
}

export interface FolderWatcher {
  /** Stops watching and waits for a batch in progress to finish. */
  close(): Promise<void>;
}

/** Watches a folder and its subfolders; each burst of relevant changes becomes one call of `onChanges`. */
export function watchFolder(dir: string, options: FolderWatcherOptions): FolderWatcher {
  const batches = debounceBatches<string | undefined>(options.quietMs, (paths) => options.onChanges(unique(paths)), options.onError);
  // Recursive watching is native on Linux since Node 20 (inotify per folder, new folders included).
  const watcher: FSWatcher = watch(dir, { recursive: true }, (_event, filename) => {
    const path = filename === null ? undefined : filename.replaceAll('\\', '/');
    if (!isIgnoredChange(path, options.ignoredFolders)) batches.push(path);
  });
  watcher.on('error', options.onError);
  return {
    async close() {
      watcher.close();
      await batches.close();
    },
  };
}

function unique(paths: (string | undefined)[]): (string | undefined)[] {
  return [...new Set(paths)].sort((a, b) => (a ?? '').localeCompare(b ?? ''));
}
