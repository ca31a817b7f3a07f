import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { isInside, planRoot } from './planFolder';
import { imageSize } from 'image-size';
import { externalReference } from './svgReferences';

/** An image file read from the plan folder, ready to place in the tree. */
export interface ImageAsset {
  /** The original reference, for messages and alt-less fallbacks. */
  src: string;
  data: Uint8Array;
  mime: 'image/png' | 'image/jpeg' | 'image/svg+xml';
  /** Intrinsic size in CSS pixels. */
  width: number;
  height: number;
}

export type AssetResult = ImageAsset | { error: string };

const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/**
 * Reads the images a plan references. A reference must be a relative path that stays inside the plan
 * folder, also after following symlinks; remote URLs are never fetched (output must not depend on the
 * network). Problems come back as messages for the caller to report.
 */
export async function loadImages(planDir: string, sources: Iterable<string>): Promise<Map<string, AssetResult>> {
  const root = await planRoot(planDir);
  const results = new Map<string, AssetResult>();
  for (const src of new Set(sources)) results.set(src, await loadImage(root, src));
  return results;
}

async function loadImage(root: string, src: string): Promise<AssetResult> {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return { error: `image "${src}": only files inside the plan folder can be used, not URLs` };
  if (isAbsolute(src) || src.startsWith('\\')) return { error: `image "${src}": use a path relative to the plan folder` };
  const target = resolve(root, src);
  if (!isInside(root, target)) return { error: `image "${src}" is outside the plan folder` };
  let real: string;
  try {
    real = await realpath(target);
  } catch {
    return { error: `image "${src}" does not exist` };
  }
  if (!isInside(root, real)) return { error: `image "${src}" links to a file outside the plan folder` };
  const info = await stat(real);
  if (!info.isFile()) return { error: `image "${src}" is not a file` };
  if (info.size > MAX_IMAGE_BYTES) return { error: `image "${src}" is larger than 20 MiB` };
  const data = new Uint8Array(await readFile(real));
  const described = describeImage(src, data);
  if ('error' in described || described.mime !== 'image/svg+xml') return described;
  const problem = await svgParseError(data);
  return problem ? { error: `image "${src}" is not a well-formed SVG: ${problem}` } : described;
}

/**
 * Why resvg, which draws SVG images into the DOCX and the PDF, cannot read this SVG; undefined when it can. Read
 * here, so a broken SVG is a content error at check time, not a failed build.
 */
async function svgParseError(data: Uint8Array): Promise<string | undefined> {
  const { Resvg } = await import('@resvg/resvg-js');
  try {
    new Resvg(Buffer.from(data), { font: { loadSystemFonts: false }, logLevel: 'off' });
    return undefined;
  } catch (error) {
    return String((error as Error).message ?? error);
  }
}

/** Identifies PNG, JPEG and SVG by their bytes (never by the file name) and reads their size. */
export function describeImage(src: string, data: Uint8Array): AssetResult {
  let size: { width?: number; height?: number; type?: string };
  try {
    size = imageSize(data);
  } catch {
    return { error: `image "${src}" is not a PNG, JPEG or SVG image` };
  }
  const mime = size.type === 'png' ? 'image/png' : size.type === 'jpg' ? 'image/jpeg' : size.type === 'svg' ? 'image/svg+xml' : undefined;
  if (!mime || !size.width || !size.height) return { error: `image "${src}" is not a PNG, JPEG or SVG image with a known size` };
  const reference = mime === 'image/svg+xml' ? externalReference(new TextDecoder().decode(data)) : undefined;
  if (reference) return { error: `image "${src}": the SVG ${reference}, but only a self-contained SVG is drawn; embed what it shows as a data: URI, or use a PNG` };
  return { src, data, mime, width: size.width, height: size.height };
}

