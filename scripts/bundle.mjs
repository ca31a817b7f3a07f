// Compiles the CLI and the library ahead of time into dist/cli/: a run does not pay for compiling TypeScript on every
// start, and a team's own scripts can import plansmith with plain Node (`index.mjs`, the package's entry point).
// Pure-JavaScript packages are compiled in with the code that uses them: loading zod, yaml and handlebars file by file
// (some 250 files for a `check`) cost more than running them (check at N=50: 0.95 -> 0.76 s). Packages with native
// code or data files they read from their own folder stay external, loaded from node_modules as they are; so does
// fontkit, which pdfkit loads too, so that one copy serves both.
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
  external: ['@resvg/resvg-js', 'pdfkit', 'subset-font', 'dejavu-fonts-ttf', 'fontkit', 'mammoth', 'tsx', 'tsx/*'],
  // The CommonJS packages compiled in (handlebars) call require(), which an ES module has only when given one.
  banner: { js: "import { createRequire as __plansmithRequire } from 'node:module'; const require = __plansmithRequire(import.meta.url);" },
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
