import type { z } from 'zod';
import { capmfSections } from './capmf';
import type { SectionDefinition } from './define';
import { metaSchema, type Meta } from './meta';
import { roadmapSections } from './roadmap';

/** Every section a plan may contain, keyed by its id in the typed Plan. */
export const sections = { ...capmfSections, ...roadmapSections };

export type Sections = typeof sections;
export type SectionId = keyof Sections;
export type SectionData<K extends SectionId> = z.output<Sections[K]['schema']>;

/** The typed plan: metadata plus whichever sections the plan folder contains. */
export type Plan = { meta: Meta } & { [K in SectionId]?: SectionData<K> };

export const META_FILE = 'plan.yaml';
export { metaSchema };

export const sectionList: SectionDefinition[] = Object.values(sections);

export function sectionById(id: string): SectionDefinition | undefined {
  return (sections as Record<string, SectionDefinition>)[id];
}
