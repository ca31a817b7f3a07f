/**
 * Images a plan shows must be readable files inside the plan folder. The files are read at the pipeline's edge
 * (`checkPlan`); here are the pure halves: where the plan names images, and what a failed load means for each place.
 */
import { markdownLimit } from './markdownLimits';
import type { Plan } from '../content/sections';
import { image } from '../content/sections/fields';
import type { AssetResult } from '../render/assets';
import { imageSources } from '../render/markdown';
import { proseValues, valuesOfKind } from './fieldKinds';
import type { Finding } from './finding';

/** A place the plan names an image: an image field's `src`, or a Markdown image in prose. */
export interface ImageReference {
  origin: Finding['origin'];
  path: Finding['path'];
  src: string;
  /** Where the path stands inside a prose value. */
  offset?: number;
}

export function imageReferences(plan: Plan): ImageReference[] {
  const references: ImageReference[] = [];
  for (const { origin, path, value } of valuesOfKind(plan, image)) {
    const src = (value as { src?: unknown } | undefined)?.src;
    if (typeof src === 'string') references.push({ origin, path: [...path, 'src'], src });
  }
  for (const { origin, path, value } of proseValues(plan)) {
    // Prose past a Markdown limit is not parsed (see `markdownWithinLimits`).
    if (!value.includes('![') || markdownLimit(value)) continue;
    for (const src of imageSources(value)) {
      const at = value.indexOf(`](${src}`);
      references.push({ origin, path, src, ...(at >= 0 ? { offset: at + 2 } : {}) });
    }
  }
  return references;
}

/** An error at every place that names an image which could not be loaded. */
export function imageFindings(references: readonly ImageReference[], loaded: ReadonlyMap<string, AssetResult>): Finding[] {
  return references.flatMap(({ origin, path, src, offset }) => {
    const result = loaded.get(src);
    if (!result || !('error' in result)) return [];
    return [{ origin, path, severity: 'error' as const, code: 'bad-image', message: result.error, ...(offset === undefined ? {} : { offset }) }];
  });
}
