// Compiles the CLI and the library ahead of time into dist/cli/: a run does not pay for compiling TypeScript on every
// start, and a team's own scripts can import plansmith with plain Node (`index.mjs`, the package's entry point).
// Packages stay external: they are loaded from node_modules as they are (native modules and data files included).
// dist/cli/ is two folders deep, as src/cli/ is, so paths such as `../../templates/` resolve the same from both.
import { build } from 'esbuild';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';

// An argument names another folder (tests compile into one of their own); it should also be two folders deep.
const outdir = process.argv[2] ?? new URL('../dist/cli/', import.meta.url).pathname;
await rm(outdir, { recursive: true, force: true });
const { metafile } = await build({
  entryPoints: {
    main: new URL('../src/cli/main.ts', import.meta.url).pathname,
    index: new URL('../src/index.ts', import.meta.url).pathname,
    writerWorker: new URL('../src/writers/worker.ts', import.meta.url).pathname,
  },
  outdir,
  bundle: true,
  splitting: true, // commands stay loaded on demand, each in a chunk of its own
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outExtension: { '.js': '.mjs' },
  sourcemap: 'linked',
  logLevel: 'warning',
  metafile: true,
});
// The sources compiled in, so bin/plansmith.js can tell a stale bundle by looking at these files only.
const root = new URL('..', import.meta.url).pathname;
const sources = Object.keys(metafile.inputs).map((input) => relative(root, resolve(input))).filter((path) => path.startsWith('src/')).sort();
await writeFile(resolve(outdir, 'sources.json'), `${JSON.stringify(sources, null, 1)}\n`);

// The built-in section templates compiled now rather than on every run, by the hash of their text (see PRECOMPILED in
// src/render/templates/handlebars.ts).
const { precompileTemplate, templateKey } = await tsImport('../src/render/templates/handlebars.ts', import.meta.url);
const templates = new URL('../templates/sections/', import.meta.url);
const precompiled = {};
for (const name of (await readdir(templates)).filter((file) => file.endsWith('.hbs')).sort()) {
  const source = await readFile(new URL(name, templates), 'utf8');
  precompiled[templateKey(source)] = precompileTemplate(source);
}
await writeFile(resolve(outdir, 'templates.json'), `${JSON.stringify(precompiled)}\n`);
