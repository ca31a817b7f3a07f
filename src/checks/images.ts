/**
 * Images a plan shows must be readable files inside the plan folder. The files are read at the pipeline's edge
 * (`checkPlan`); here are the pure halves: where the plan names images, and what a failed load means for each place.
 */
import { markdownLimit } from './markdownLimits';
import type { Plan } from '../content/sections';
import type { AssetResult } from '../content/images';
import { markdownImages } from '../content/markdown';
import { proseValues, valuesOfKind } from '../content/fieldKinds';
import type { CrossCheck, Finding } from './finding';

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
  for (const { origin, path, value } of valuesOfKind(plan, 'image')) {
    const src = (value as { src?: unknown } | undefined)?.src;
    if (typeof src === 'string') references.push({ origin, path: [...path, 'src'], src });
  }
  for (const { origin, path, value } of markdownImagesOf(plan)) {
    for (const { src, offset } of value) references.push({ origin, path, src, ...(offset === undefined ? {} : { offset }) });
  }
  return references;
}

/**
 * The Markdown images of each prose value, each with the offset of its path in the value (found from the image's own
 * source text, so a path written with escapes or entities is still found where it stands).
 */
function* markdownImagesOf(plan: Plan) {
  for (const { origin, path, value } of proseValues(plan)) {
    // Prose past a Markdown limit is not parsed (see `markdownWithinLimits`).
    if (!value.includes('![') || markdownLimit(value)) continue;
    let from = 0;
    const images = markdownImages(value).map((found) => {
      const at = value.indexOf(found.raw, from);
      if (at >= 0) from = at + found.raw.length;
      return { ...found, at: at >= 0 ? at : undefined, offset: at >= 0 ? at + found.raw.indexOf('](') + 2 : undefined };
    });
    yield { origin, path, value: images };
  }
}

/** A Markdown image with no alt text (`![](x.png)`): an error at the image, as for an image field without `alt`. */
export const markdownImagesHaveAlt: CrossCheck = (plan) =>
  [...markdownImagesOf(plan)].flatMap(({ origin, path, value }) =>
    value.filter((image) => image.alt.trim() === '').map((image): Finding => ({
      origin,
      path,
      ...(image.at === undefined ? {} : { offset: image.at }),
      severity: 'error',
      code: 'missing-alt',
      message: `image "${image.src}" has no alt text; every image needs one, for readers who cannot see it`,
      hint: `describe the image between the brackets: ![what it shows](${image.src})`,
    })),
  );

/** An error at every place that names an image which could not be loaded. */
export function imageFindings(references: readonly ImageReference[], loaded: ReadonlyMap<string, AssetResult>): Finding[] {
  return references.flatMap(({ origin, path, src, offset }) => {
    const result = loaded.get(src);
    if (!result || !('error' in result)) return [];
    return [{ origin, path, severity: 'error' as const, code: 'bad-image', message: result.error, ...(offset === undefined ? {} : { offset }) }];
  });
}
