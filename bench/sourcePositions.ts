import { readdir, readFile, stat } from 'node:fs/promises';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * Maps positions in the code tsx compiled (what a CPU profile records) back to lines of the TypeScript
 * sources. tsx keeps each compiled module with its source map in a cache folder; the newest entry for a source
 * is the one the profiled process ran (it either compiled it or read it from there). When an entry is missing
 * the line is simply not known.
 */
export class SourcePositions {
  private constructor(private readonly maps: Map<string, SourceMap>) {}

  static async fromTsxCache(folder = join(tmpdir(), `tsx-${userInfo().uid}`)): Promise<SourcePositions> {
    const newest = new Map<string, { mtime: number; payload: SourceMapPayload }>();
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
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
    return new SourcePositions(new Map([...newest].map(([source, { payload }]) => [source, new SourceMap(payload)])));
  }

  /** 1-based line in `sourcePath` of a 0-based compiled position, if known. */
  originalLine(sourcePath: string, line: number, column: number): number | undefined {
    const entry = this.maps.get(sourcePath)?.findEntry(line, column);
    return entry && 'originalLine' in entry ? entry.originalLine + 1 : undefined;
  }
}
