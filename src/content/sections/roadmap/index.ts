/** Optional roadmap sections (phases, milestones, RACI, budget, ...) from the roadmap-style plans. */
export const roadmapSections = {};
