import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { generatePlanFiles } from '../../bench/generate';
import { splitFrontMatter } from '../../src/content/load';
import { LIMITS } from '../../src/content/limits';
import { readPlainYaml } from '../../src/content/plainYaml';

/** What `yaml` reads, when it reads the text without any error or warning (otherwise the fast reader must decline). */
function fullReading(text: string): { value: unknown } | undefined {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length || doc.warnings.length) return undefined;
  return { value: doc.toJS({ maxAliasCount: 100 }) };
}

/** The fast reader either declines or reads exactly what `yaml` reads from a text it finds no fault in. */
function agreement(text: string): 'read' | 'declined' | { text: string; fast: unknown; full: unknown } {
  const fast = readPlainYaml(text);
  if (!fast) return 'declined';
  const full = fullReading(text);
  return full && isDeepStrictEqual(fast.value, full.value) ? 'read' : { text, fast: fast.value, full: full?.value ?? 'an error' };
}

function yamlOf(name: string, text: string): string {
  return name.endsWith('.md') ? splitFrontMatter(text).yamlText : text;
}

function folderFiles(dir: string): [string, string][] {
  return readdirSync(dir)
    .filter((name) => /\.(ya?ml|md)$/.test(name))
    .map((name) => [name, yamlOf(name, readFileSync(join(dir, name), 'utf8'))]);
}

const corpus: [string, string][] = [
  ...folderFiles('content'),
  ...folderFiles('examples/library-circulation'),
  ...[...generatePlanFiles(3, 7)].filter(([name]) => /\.(ya?ml|md)$/.test(name)).map(([name, text]) => [name, yamlOf(name, text)] as [string, string]),
];

/** Lines that exercise the corners of YAML, inserted into real files at the indentation of the line they follow. */
const TRICKY = [
  'note: a # comment', 'note: a#b', 'note: "tab\\there"', "note: 'it''s'", 'note: "\\x41"', 'note: ~', 'note: Null', 'note: TRUE',
  'note: 0x1F', 'note: 0o17', 'note: -12', 'note: +3', 'note: .5', 'note: 5.', 'note: 1e3', 'note: -.inf', 'note: .NaN', 'note: 2027-01-05',
  'note: 1_000', 'note: 12:30', 'note: http://x.example/a', 'note: [a, b, ]', 'note: [a, [b, c]]', 'note: { a: 1, b: [x] }', 'note: {a: 1}',
  'note: { a: "x, y" }', 'note: [ ]', 'note: []', 'note: {}', 'note: &anchor x', 'note: *anchor', 'note: !tag x', 'note: |+', 'note: |2',
  'note: >', 'note: |', '  more text', '    - item', '- item', '-', '- - nested', '? complex', 'note:', 'note:   ', 'note: "a', "note: 'a",
  'note: "a" b', 'note: a: b', 'note: b:', 'note: -', 'note: - x', 'note: @at', 'note: `tick`', 'note: %pct', 'Key With Spaces: v',
  'key : v', 'true: v', '__proto__: v', 'note: "multi', '  line"', "note: 'multi", "  line ''quoted''", "  end'", 'note: *bold* text',
  '  **bold** more', '  # a comment', '#comment', '', '   ', 'note: a  b', 'note: "é ü 😀"', 'note: café: x', 'IV&V Lead: x', 'a/b: c',
];

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(text: string, next: () => number): string {
  const lines = text.split('\n');
  const pick = (n: number) => Math.floor(next() * n);
  const at = pick(lines.length);
  const indent = /^ */.exec(lines[at])![0];
  switch (pick(5)) {
    case 0:
      lines.splice(at, 1);
      break;
    case 1:
      lines[at] = pick(2) ? ` ${lines[at]}` : lines[at].replace(/^ {1,2}/, '');
      break;
    case 2:
      lines.splice(at + 1, 0, indent + TRICKY[pick(TRICKY.length)]);
      break;
    case 3:
      lines.splice(at + 1, 0, indent + TRICKY[pick(TRICKY.length)], indent + TRICKY[pick(TRICKY.length)]);
      break;
    default:
      return text.slice(0, pick(text.length));
  }
  return lines.join('\n');
}

describe('readPlainYaml', () => {
  it('reads every content file of the example, the sample plan and a generated plan as yaml does, declining none', () => {
    for (const [name, text] of corpus) expect([name, agreement(text)]).toEqual([name, 'read']);
  });

  it('reads each tricky line as yaml does, or declines it', () => {
    for (const line of TRICKY) {
      for (const text of [`${line}\n`, `top:\n  ${line}\n`, `list:\n  - ${line}\n  - x\n`, `${line}\nafter: 1\n`]) expect(agreement(text)).not.toHaveProperty('fast');
    }
  });

  it('never reads a variation of a real file differently from yaml: it reads it the same or declines', () => {
    const next = random(11);
    let read = 0;
    for (let round = 0; round < 3000; round++) {
      const [, text] = corpus[Math.floor(next() * corpus.length)];
      let variant = mutate(text, next);
      if (next() < 0.5) variant = mutate(variant, next);
      const result = agreement(variant);
      expect(result).not.toHaveProperty('fast');
      if (result === 'read') read++;
    }
    // Most variations stay plain YAML; a reader that declined everything would pass the check above.
    expect(read).toBeGreaterThan(1000);
  });

  it('declines what it does not read: anchors, tags, tabs, document markers, duplicate keys, multi-line flow', () => {
    for (const text of ['a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a:\n\t- 1\n', '---\na: 1\n', 'a: 1\na: 2\n', 'a: [1,\n  2]\n', 'a: |+\n  x\n\n']) {
      expect(readPlainYaml(text)).toBeUndefined();
    }
  });

  it('declines a file nested deeper, or with a list longer, than the limits, so that yaml reads it and its place is reported', () => {
    const nested = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}k:`).join('\n') + ' 1\n';
    expect(readPlainYaml(nested(LIMITS.yamlDepth))).toBeDefined();
    expect(readPlainYaml(nested(LIMITS.yamlDepth + 1))).toBeUndefined();
    expect(readPlainYaml(`a: ${'['.repeat(LIMITS.yamlDepth)}1${']'.repeat(LIMITS.yamlDepth)}\n`)).toBeUndefined();
    const list = (n: number) => `items:\n${'  - x\n'.repeat(n)}`;
    expect(readPlainYaml(list(LIMITS.listItems))).toBeDefined();
    expect(readPlainYaml(list(LIMITS.listItems + 1))).toBeUndefined();
  });

  it('reads folded and literal block scalars, multi-line plain and quoted values, and nested flow collections', () => {
    const text = 'a: >-\n  one\n  two\n\n  three\nb: |\n  x\n   y\nc: plain\n  goes on\nd: "quoted\n  on"\ne: { k: [1, 2.5, ~], "q": x }\n';
    expect(readPlainYaml(text)).toBeUndefined(); // a quoted key is left to yaml
    const plain = text.replace('"q"', 'q');
    expect(readPlainYaml(plain)).toEqual({ value: { a: 'one two\nthree', b: 'x\n y\n', c: 'plain goes on', d: 'quoted on', e: { k: [1, 2.5, null], q: 'x' } } });
    expect(agreement(plain)).toBe('read');
  });
});
