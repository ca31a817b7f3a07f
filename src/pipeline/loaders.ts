import { loadImages, type AssetResult } from '../content/images';
import { loadTemplateSet } from '../render/templates/templateSet';

/**
 * Where checking and rendering read the template set and images from: the files themselves, or `keepingLoaders`,
 * which read each once (a build checks, then renders; watch keeps them until the files change).
 */
export interface RenderLoaders {
  templateSet: typeof loadTemplateSet;
  images: (planDir: string, sources: string[]) => Promise<Map<string, AssetResult>>;
}

export const fileLoaders: RenderLoaders = { templateSet: loadTemplateSet, images: loadImages };

/** Loaders that keep what they read, until told that the templates (with theme.yaml) or the images may have changed. */
export interface KeepingLoaders extends RenderLoaders {
  forgetTemplates(): void;
  forgetImages(): void;
}

export function keepingLoaders(): KeepingLoaders {
  let templateSet: ReturnType<RenderLoaders['templateSet']> | undefined;
  const images = new Map<string, AssetResult>();
  return {
    templateSet(planDir, setOptions) {
      if (!templateSet) {
        const loading = fileLoaders.templateSet(planDir, setOptions);
        templateSet = loading;
        // A failed read (not a content problem) is tried again next time.
        loading.catch(() => {
          if (templateSet === loading) templateSet = undefined;
        });
      }
      return templateSet;
    },
    async images(planDir, sources) {
      const missing = sources.filter((src) => !images.has(src));
      if (missing.length) for (const [src, asset] of await fileLoaders.images(planDir, missing)) images.set(src, asset);
      return new Map(sources.map((src) => [src, images.get(src)!]));
    },
    forgetTemplates() {
      templateSet = undefined;
    },
    forgetImages() {
      images.clear();
    },
  };
}
