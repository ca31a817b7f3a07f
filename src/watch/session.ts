import { loadPlan, type ReadingCache } from '../content/load';
import { fileLoaders, producePlan, type BuildOptions, type ProducedPlan, type RenderLoaders } from '../pipeline/build';
import { checkPlanFolder } from '../pipeline/check';
import type { AssetResult } from '../render/assets';
import { classifyChange } from './changes';

export type SessionOptions = Omit<BuildOptions, 'outDir'>;

export interface BuildSession {
  /**
   * Builds the plan in memory after the given paths changed (relative to the plan folder), reusing what those
   * changes cannot have affected. One build at a time: call again once the previous call has settled.
   */
  build(changed: readonly (string | undefined)[]): Promise<ProducedPlan>;
}

/**
 * Keeps, between builds: each content file's parsed and validated reading (by content hash, so only edited
 * files are parsed again), the template set (until templates/ or theme.yaml change) and the images (until
 * any other non-content file changes). Cross-checks, templates and writers run on every build, since any
 * section may appear in any other's checks and templates.
 */
export function createBuildSession(dir: string, options: SessionOptions): BuildSession {
  const readings: ReadingCache = new Map();
  let templateSet: ReturnType<RenderLoaders['templateSet']> | undefined;
  const images = new Map<string, AssetResult>();

  const loaders: RenderLoaders = {
    templateSet(planDir, setOptions) {
      if (!templateSet) {
        const loading = fileLoaders.templateSet(planDir, setOptions);
        templateSet = loading;
        // A failed read (not a content problem) is retried by the next build.
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
  };

  const invalidate = (changed: readonly (string | undefined)[]) => {
    for (const path of changed) {
      const kind = classifyChange(path);
      if (kind === 'templates' || kind === 'unknown') templateSet = undefined;
      if (kind === 'other' || kind === 'unknown') images.clear();
    }
  };

  return {
    async build(changed) {
      invalidate(changed);
      const check = await checkPlanFolder(dir, await loadPlan(dir, { cache: readings }), options, loaders);
      return producePlan(dir, check, { ...options, loaders });
    },
  };
}
