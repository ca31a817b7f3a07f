import { createHash } from 'node:crypto';
import * as z from 'zod';

export const MANIFEST_FILE = 'manifest.json';

/** What an archived version records about itself; every file of the version folder is hashed here. */
export const manifestSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+$/),
  date: z.iso.date(),
  author: z.string().min(1),
  summary: z.string().min(1),
  tool: z.strictObject({ name: z.string(), version: z.string() }),
  /** Path relative to the version folder (forward slashes) -> SHA-256 of its bytes, hex. */
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});

export type Manifest = z.infer<typeof manifestSchema>;

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The manifest as bytes: keys in a fixed order and files sorted by path, so the same release always gives
 * the same manifest.
 */
export function serializeManifest(manifest: Manifest): string {
  const files = Object.fromEntries(Object.keys(manifest.files).sort(comparePaths).map((path) => [path, manifest.files[path]]));
  const ordered: Manifest = {
    version: manifest.version,
    date: manifest.date,
    author: manifest.author,
    summary: manifest.summary,
    tool: { name: manifest.tool.name, version: manifest.tool.version },
    files,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Parses manifest.json; a manifest that does not match the schema is reported, not trusted. */
export function parseManifest(text: string): { manifest?: Manifest; error?: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { error: `manifest.json is not valid JSON (${(error as Error).message})` };
  }
  const result = manifestSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { error: `manifest.json is not a plansmith manifest: ${issue.path.join('.') || 'top level'}: ${issue.message}` };
  }
  return { manifest: result.data };
}

/** Code-point order, independent of the locale, so the manifest is the same on every machine. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
