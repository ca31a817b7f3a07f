import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The folders of src/ in pipeline order. A folder may import only folders before it in this list, so every import
 * points back up the pipeline and no two folders depend on each other. `(root)` is src/index.ts, the library's face.
 */
const LAYERS = [
  'diagnostics',
  'fonts',
  'content',
  'derive',
  'checks',
  'render',
  'writers',
  'output',
  'pipeline',
  'lifecycle',
  'watch',
  'import',
  'cli',
  '(root)',
];

interface Import {
  from: string;
  to: string;
}

const SRC = resolve(import.meta.dirname, '../src');

/** Every relative import of every TypeScript file under `root` (static, type-only, re-exports and `import()`). */
function importsOf(root: string): Import[] {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
  return files.flatMap((file) =>
    ts
      .preProcessFile(readFileSync(join(root, file), 'utf8'), true, true)
      .importedFiles.map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => ({ from: file, to: relative(root, sourceFile(resolve(root, dirname(file), specifier))) })),
  );
}

/** The file an import specifier means: `x` is `x.ts`, or `x/index.ts` for a folder. */
function sourceFile(path: string): string {
  return [`${path}.ts`, join(path, 'index.ts')].find((file) => existsSync(file)) ?? path;
}

/** The top folder a path of src/ lies in; files at the top are `(root)`. */
function folderOf(path: string): string {
  const [first, ...rest] = path.split(/[\\/]/);
  return rest.length === 0 ? '(root)' : first;
}

/** Imports between folders as `from -> to`, each with one file import that makes it, for the message. */
function folderEdges(imports: readonly Import[]): Map<string, string> {
  const edges = new Map<string, string>();
  for (const { from, to } of imports) {
    const edge = `${folderOf(from)} -> ${folderOf(to)}`;
    if (folderOf(from) !== folderOf(to) && !edges.has(edge)) edges.set(edge, `${from} imports ${to}`);
  }
  return edges;
}

/** Imports from a folder to one at or after it in `layers`, and folders missing from `layers`. */
function layerViolations(imports: readonly Import[], layers: readonly string[]): string[] {
  const problems: string[] = [];
  for (const [edge, example] of folderEdges(imports)) {
    const [from, to] = edge.split(' -> ');
    const [rankFrom, rankTo] = [layers.indexOf(from), layers.indexOf(to)];
    if (rankFrom < 0 || rankTo < 0) problems.push(`${edge}: ${rankFrom < 0 ? from : to} is not in the layer list (${example})`);
    else if (rankTo > rankFrom) problems.push(`${edge}: ${from} comes before ${to} in the pipeline (${example})`);
  }
  return problems.sort();
}

/** Every cycle of folders (as `a -> b -> a`), found by a depth-first search from each folder. */
function folderCycles(imports: readonly Import[]): string[] {
  const next = new Map<string, Set<string>>();
  for (const edge of folderEdges(imports).keys()) {
    const [from, to] = edge.split(' -> ');
    if (!next.has(from)) next.set(from, new Set());
    next.get(from)!.add(to);
  }
  const cycles = new Set<string>();
  const visit = (path: string[]): void => {
    for (const to of next.get(path.at(-1)!) ?? []) {
      if (to === path[0]) cycles.add([...path, to].join(' -> '));
      // Each cycle is reported once, from its alphabetically first folder.
      else if (!path.includes(to) && to > path[0]) visit([...path, to]);
    }
  };
  for (const start of [...next.keys()].sort()) visit([start]);
  return [...cycles].sort();
}

describe('the folders of src/', () => {
  const imports = importsOf(SRC);

  it('finds the imports there are (the walk itself works)', () => {
    expect(imports.length).toBeGreaterThan(500);
    expect(imports).toContainEqual({ from: join('pipeline', 'build.ts'), to: join('content', 'load.ts') });
    expect(imports).toContainEqual({ from: join('pipeline', 'build.ts'), to: join('writers', 'index.ts') });
  });

  it('import only folders before them in pipeline order', () => {
    expect(layerViolations(imports, LAYERS)).toEqual([]);
  });

  it('have no cycle between them', () => {
    expect(folderCycles(imports)).toEqual([]);
  });
});

describe('the rules, on a made-up import graph', () => {
  const graph: Import[] = [
    { from: 'derive/compute.ts', to: 'content/calendar' },
    { from: 'content/load.ts', to: 'derive/compute' },
    { from: 'render/tree/gantt.ts', to: 'render/markdown/text' },
    { from: 'writers/pdf/index.ts', to: 'render/tree/doctree' },
    { from: 'render/tree/doctree.ts', to: 'writers/shared/raster' },
    { from: 'cli/main.ts', to: 'index' },
    { from: 'stray/x.ts', to: 'content/load' },
  ];

  it('names an import that points down the pipeline, and a folder the list does not know', () => {
    expect(layerViolations(graph, ['content', 'derive', 'render', 'writers', 'cli', '(root)'])).toEqual([
      'cli -> (root): cli comes before (root) in the pipeline (cli/main.ts imports index)',
      'content -> derive: content comes before derive in the pipeline (content/load.ts imports derive/compute)',
      'render -> writers: render comes before writers in the pipeline (render/tree/doctree.ts imports writers/shared/raster)',
      'stray -> content: stray is not in the layer list (stray/x.ts imports content/load)',
    ]);
  });

  it('names each cycle between folders once, and not imports inside one folder', () => {
    expect(folderCycles(graph)).toEqual(['content -> derive -> content', 'render -> writers -> render']);
  });

  it('passes a graph whose imports all point up the pipeline', () => {
    const sound = graph.filter((i) => ['derive/compute.ts', 'writers/pdf/index.ts', 'render/tree/gantt.ts'].includes(i.from));
    expect(layerViolations(sound, ['content', 'derive', 'render', 'writers'])).toEqual([]);
    expect(folderCycles(sound)).toEqual([]);
  });
});
