import { describe, expect, it } from 'vitest';
import { parseManifest, serializeManifest, sha256, type Manifest } from '../../src/lifecycle/manifest';

const manifest: Manifest = {
  version: '1.1',
  date: '2027-01-20',
  author: 'Ana Núñez',
  summary: 'Moved the Fresno go-live.',
  tool: { name: 'plansmith', version: '0.1.0' },
  files: { 'z.pdf': sha256(new Uint8Array([1])), 'content/plan.yaml': sha256(new Uint8Array([2])), 'a.docx': sha256(new Uint8Array([3])) },
};

describe('manifest.json', () => {
  it('has a fixed key order and files sorted by path, whatever order they were given in', () => {
    const shuffled = { ...manifest, files: Object.fromEntries(Object.entries(manifest.files).reverse()) };
    const text = serializeManifest({ tool: manifest.tool, files: shuffled.files, summary: manifest.summary, author: manifest.author, date: manifest.date, version: manifest.version });
    expect(text).toBe(serializeManifest(manifest));
    expect(Object.keys(JSON.parse(text))).toEqual(['version', 'date', 'author', 'summary', 'tool', 'files']);
    expect(Object.keys(JSON.parse(text).files)).toEqual(['a.docx', 'content/plan.yaml', 'z.pdf']);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('reads back what it wrote', () => {
    expect(parseManifest(serializeManifest(manifest)).manifest).toEqual(manifest);
  });

  it('reports a manifest that is not JSON or not a plansmith manifest instead of trusting it', () => {
    expect(parseManifest('{').error).toMatch(/not valid JSON/);
    expect(parseManifest(JSON.stringify({ ...manifest, files: { 'a.pdf': 'abc' } })).error).toMatch(/files\.a\.pdf/);
    expect(parseManifest(JSON.stringify({ ...manifest, version: 'latest' })).error).toMatch(/version/);
  });

  it('hashes with SHA-256', () => {
    expect(sha256(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
