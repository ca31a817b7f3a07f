import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedDocs, generatedSchemas } from '../../scripts/docs';

const root = join(import.meta.dirname, '../..');

describe('content format documentation', () => {
  it('docs/content-format.md and docs/examples.md match the schemas and the example plan (run `npm run docs`)', () => {
    const { reference, examples } = generatedDocs();
    expect(readFileSync(join(root, 'docs/content-format.md'), 'utf8')).toBe(reference);
    expect(readFileSync(join(root, 'docs/examples.md'), 'utf8')).toBe(examples);
  });
});

describe('the JSON Schemas of the content files', () => {
  it('schemas/ holds what `plansmith schema` writes, one per content file (run `npm run docs`)', () => {
    const expected = generatedSchemas();
    expect(readdirSync(join(root, 'schemas')).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, text] of Object.entries(expected)) expect(readFileSync(join(root, 'schemas', name), 'utf8'), name).toBe(text);
  });

  it('is what every example YAML file names in its $schema line', () => {
    const content = join(root, 'content');
    const yamlFiles = readdirSync(content).filter((f) => f.endsWith('.yaml'));
    for (const file of yamlFiles) {
      const line = /\$schema=(\S+)/.exec(readFileSync(join(content, file), 'utf8'))?.[1];
      expect(line, file).toBe(`../schemas/${file.replace(/\.yaml$/, '.schema.json')}`);
      expect(() => readFileSync(join(content, line!)), file).not.toThrow();
    }
  });
});
