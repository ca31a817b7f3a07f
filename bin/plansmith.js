#!/usr/bin/env node
// Runs the CLI compiled ahead of time into dist/cli/ (by `npm ci`, `npm start` or `node scripts/bundle.mjs`) when it
// is at least as new as every source file; otherwise tsx compiles the TypeScript sources on load, so an edit to src/
// is never run stale.
import { readdirSync, statSync } from 'node:fs';

const bundle = new URL('../dist/cli/main.mjs', import.meta.url);

function newestSource(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = `${folder}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function bundleIsCurrent() {
  try {
    return statSync(bundle).mtimeMs >= newestSource(new URL('../src', import.meta.url).pathname);
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
