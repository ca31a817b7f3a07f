#!/usr/bin/env node
// Runs the CLI compiled ahead of time into dist/cli/ (by `npm ci`, `npm start` or `node scripts/bundle.mjs`) when it
// is at least as new as every source file compiled into it (the bundle lists them in sources.json); otherwise tsx
// compiles the TypeScript sources on load, so an edit to src/ is never run stale.
import { readFileSync, statSync } from 'node:fs';

const bundle = new URL('../dist/cli/main.mjs', import.meta.url);
const root = new URL('..', import.meta.url);

function bundleIsCurrent() {
  try {
    const built = statSync(bundle).mtimeMs;
    const sources = JSON.parse(readFileSync(new URL('../dist/cli/sources.json', import.meta.url), 'utf8'));
    // A source that is not there (a package installed without src/) cannot be newer.
    return sources.every((source) => (statSync(new URL(source, root), { throwIfNoEntry: false })?.mtimeMs ?? 0) <= built);
  } catch {
    return false;
  }
}

let main;
if (bundleIsCurrent()) {
  ({ main } = await import(bundle.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
