import { readdir, readFile, stat } from 'node:fs/promises';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a position of the code that ran comes from: a TypeScript source and its 1-based line. */
export interface OriginalPosition {
  path: string;
  line: number;
}

/**
 * Maps positions in the code that ran (what a CPU profile records) back to lines of the TypeScript sources: the code
 * compiled into dist/cli/ (each chunk has its source map beside it), and the code tsx compiled on the fly (tsx keeps
 * each compiled module with its source map in a cache folder; the newest entry for a source is the one the profiled
 * process ran). When a map is missing the position is simply not known.
 */
export class SourcePositions {
  private constructor(private readonly maps: Map<string, SourceMap>) {}

  /** Source maps of the compiled CLI in `distDir` and of tsx's cache. */
  static async load(distDir: string, tsxCache = join(tmpdir(), `tsx-${userInfo().uid}`)): Promise<SourcePositions> {
    const maps = new Map<string, SourceMap>();
    for (const [source, payload] of await tsxCacheMaps(tsxCache)) maps.set(source, new SourceMap(payload));
    for (const name of await readdir(distDir).catch(() => [] as string[])) {
      if (!name.endsWith('.mjs.map')) continue;
      const payload = JSON.parse(await readFile(join(distDir, name), 'utf8')) as SourceMapPayload;
      // esbuild names sources relative to the map's folder.
      payload.sources = payload.sources.map((source) => resolve(distDir, source));
      maps.set(join(distDir, name.slice(0, -'.map'.length)), new SourceMap(payload));
    }
    return new SourcePositions(maps);
  }

  /** The source and 1-based line of a 0-based position in `path`, if known. */
  original(path: string, line: number, column: number): OriginalPosition | undefined {
    const entry = this.maps.get(path)?.findEntry(line, column);
    if (!entry || !('originalLine' in entry)) return undefined;
    const source = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : entry.originalSource;
    return { path: source || path, line: entry.originalLine + 1 };
  }
}

/** The newest tsx cache entry for each source it compiled. */
async function tsxCacheMaps(folder: string): Promise<Map<string, SourceMapPayload>> {
  const newest = new Map<string, { mtime: number; payload: SourceMapPayload }>();
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    const path = join(folder, name);
    try {
      const entry = JSON.parse(await readFile(path, 'utf8')) as { map?: SourceMapPayload };
      const source = entry.map?.sources?.[0];
      if (!entry.map || !source) continue;
      const mtime = (await stat(path)).mtimeMs;
      if ((newest.get(source)?.mtime ?? -1) < mtime) newest.set(source, { mtime, payload: entry.map });
    } catch {
      // Not a compiled module (tsx keeps other files there too).
    }
  }
  return new Map([...newest].map(([source, { payload }]) => [source, payload]));
}

export const distFolder = (repo: string) => join(repo, 'dist', 'cli');
