import { loadImages, type AssetResult } from '../render/assets';
import { loadTemplateSet } from '../render/templateSet';

/**
 * Where checking and rendering read the template set and images from. `check` and `build` read the files each
 * time; `watch` passes loaders that keep what they read until the files change.
 */
export interface RenderLoaders {
  templateSet: typeof loadTemplateSet;
  images: (planDir: string, sources: string[]) => Promise<Map<string, AssetResult>>;
}

export const fileLoaders: RenderLoaders = { templateSet: loadTemplateSet, images: loadImages };
