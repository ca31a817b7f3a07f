import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlanFiles, type PlanFile, type ReadingCache } from '../../src/content/load';
import { checkLoaded } from '../../src/pipeline/check';

const CONTENT = join(import.meta.dirname, '../../content');
const exampleFiles: PlanFile[] = readdirSync(CONTENT)
  .filter((name) => /\.(ya?ml|md)$/.test(name))
  .map((name) => ({ name, bytes: readFileSync(join(CONTENT, name)) }));

/** Aliases that expand a thousandfold: a "billion laughs" in miniature, past the bound the loader keeps. */
const ALIAS_BOMB = ['zz0: &b0 [x, x, x, x, x, x, x, x, x, x]', ...[1, 2, 3].map((n) => `zz${n}: &b${n} [${Array(10).fill(`*b${n - 1}`).join(', ')}]`)];

/** Edits a person (or a hostile file) might make, applied to one line of one file. */
const mutation = fc.oneof(
  fc.constant((lines: string[], i: number) => lines.splice(i, 1)),
  fc.constant((lines: string[], i: number) => lines.splice(i, 0, lines[i])),
  fc.constant((lines: string[], i: number) => (lines[i] = `  ${lines[i]}`)),
  fc.constant((lines: string[], i: number) => (lines[i] = lines[i].replace(/:\s.*$/, ': [oops'))),
  fc.constant((lines: string[], i: number) => (lines[i] = lines[i].replace(/: .*$/, ': 42'))),
  fc.constant((lines: string[], i: number) => (lines[i] = lines[i].replace(/^(\s*-?\s*)(\w)/, '$1x$2'))),
  fc.constant((lines: string[], i: number) => (lines[i] = lines[i].replace(/\d{4}-\d{2}-\d{2}/, '2027-02-30'))),
  fc.constant((lines: string[], i: number) => (lines[i] = lines[i].replace(/T\d\d/, 'T99'))),
  fc.constant((lines: string[], i: number) => (lines[i] = `${lines[i]} &a *a`)),
  fc.constant((lines: string[]) => lines.push(...ALIAS_BOMB)),
  fc.constant((lines: string[], i: number) => (lines[i] = lines[i].replace(/: (\w)/, ': <script>$1'))),
  fc.constant((lines: string[], i: number) => (lines[i] = lines[i].replace(/: (\w+)/, ': [$1](javascript:alert(1))'))),
);

describe('check on mutated content', () => {
  it('the example plan passes --strict', () => {
    const result = checkLoaded(parsePlanFiles(exampleFiles), { strict: true });
    expect(result.diagnostics).toEqual([]);
  });

  it('always returns diagnostics and never throws, whatever is edited', () => {
    // The files left as they were are read once (the cache only saves work: the result is the same without it).
    const cache: ReadingCache = new Map();
    fc.assert(
      fc.property(
        fc.nat({ max: exampleFiles.length - 1 }),
        fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 4 }),
        (fileIndex, edits) => {
          const file = exampleFiles[fileIndex];
          const lines = new TextDecoder().decode(file.bytes).split('\n');
          for (const [line, edit] of edits) edit(lines, line % lines.length);
          const mutated = { name: file.name, bytes: new TextEncoder().encode(lines.join('\n')) };
          const result = checkLoaded(parsePlanFiles(exampleFiles.map((f) => (f === file ? mutated : f)), { cache }));
          expect(Array.isArray(result.diagnostics)).toBe(true);
          for (const d of result.diagnostics) {
            expect(d.file).toBeTypeOf('string');
            expect(d.line).toBeGreaterThanOrEqual(0);
            expect(d.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300, seed: 20261122 },
    );
  });
});
