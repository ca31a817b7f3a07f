import { loadPlan, type ReadingCache } from '../content/load';
import { producePlan, type BuildOptions, type ProducedPlan } from '../pipeline/build';
import { checkPlanFolder } from '../pipeline/check';
import { keepingLoaders } from '../pipeline/loaders';
import { MarkdownCache } from '../render/tree/markdownCache';
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
 * files are parsed again), the template set (until templates/ or theme.yaml change), the images (until
 * any other non-content file changes) and what each section's Markdown became (by its text). Cross-checks,
 * templates and writers run on every build, since any section may appear in any other's checks and templates.
 */
export function createBuildSession(dir: string, options: SessionOptions): BuildSession {
  const readings: ReadingCache = new Map();
  const loaders = keepingLoaders();
  const markdownCache = new MarkdownCache();

  const invalidate = (changed: readonly (string | undefined)[]) => {
    for (const path of changed) {
      const kind = classifyChange(path);
      if (kind === 'templates' || kind === 'unknown') loaders.forgetTemplates();
      if (kind === 'other' || kind === 'unknown') loaders.forgetImages();
    }
  };

  return {
    async build(changed) {
      invalidate(changed);
      markdownCache.nextBuild();
      const check = await checkPlanFolder(dir, await loadPlan(dir, { cache: readings }), options, loaders);
      return producePlan(dir, check, { ...options, loaders, markdownCache });
    },
  };
}
