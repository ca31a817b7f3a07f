import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedDocs } from '../../scripts/docs';

const root = join(import.meta.dirname, '../..');

describe('content format documentation', () => {
  it('README examples and docs/content-format.md match the schemas and the example plan (run `npm run docs`)', () => {
    const { reference, readme } = generatedDocs();
    expect(readFileSync(join(root, 'docs/content-format.md'), 'utf8')).toBe(reference);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe(readme);
  });
});
