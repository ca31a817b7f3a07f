import { sectionList, type SectionId } from '../content/sections';
import { closest, editDistance } from '../diagnostics/suggest';

/**
 * Headings that name a section besides the section's own title: the CA-PMF template's wording, the roadmap
 * plans' wording and close variants. A section may be named by several headings (RACI Matrix and Role
 * Definitions both fill raci.yaml); what each heading fills inside the section is the mapper's business.
 */
export const HEADING_ALIASES: Record<string, SectionId> = {
  'assumptions': 'planningAssumptions',
  'project constraints': 'constraints',
  'terms and abbreviations': 'glossary',
  'glossary of terms': 'glossary',
  'contacts': 'pointsOfContact',
  'tasks': 'majorTasks',
  'schedule': 'implementationSchedule',
  'security': 'implementationSecurity',
  'support': 'implementationSupport',
  'hardware software facilities and materials': 'implementationSupport',
  'staffing requirements': 'personnel',
  'issues': 'knownIssues',
  'site requirements': 'sites',
  'implementation requirements by site': 'sites',
  'acceptance criteria': 'systemAcceptance',
  'implementation strategy': 'strategy',
  'strategy': 'strategy',
  'work breakdown structure wbs': 'phases',
  'wbs': 'phases',
  'phases': 'phases',
  'governance': 'governance',
  'governance structure': 'governance',
  'milestones': 'milestones',
  'staffing': 'staffing',
  'staffing plan': 'staffing',
  'budget': 'budget',
  'budget and financial plan': 'budget',
  'technology plan': 'technology',
  'raci': 'raci',
  'role definitions': 'raci',
  'communication plan': 'communication',
  'communication and reporting': 'communication',
  'risk management integration': 'riskMitigation',
  'risk mitigation': 'riskMitigation',
  'risk management': 'riskMitigation',
  'quality assurance': 'quality',
  'quality management': 'quality',
  'performance monitoring': 'performance',
  'change control': 'changeControl',
  'change management': 'changeControl',
  'readiness checklist': 'readiness',
  'next steps': 'nextSteps',
  // Headings of the built-in layout (templates/layout.yaml), as plansmith's own documents print them.
  'strategic approach': 'strategy',
  'phases and work packages': 'phases',
  'milestones and phase gates': 'milestones',
  'project governance': 'governance',
  'staffing by phase': 'staffing',
  'technology and infrastructure': 'technology',
  'responsibility and accountability raci': 'raci',
  'risk mitigation in the timeline': 'riskMitigation',
};

/** Lower case, no numbering ("2.3", "1)", "Section 4:"), no punctuation, single spaces. */
export function normalizeTitle(title: string): string {
  return title
    .replace(/\[bookmark:[^\]]*\]/gi, '')
    .replace(/[*_`]/g, '')
    .toLowerCase()
    .replace(/^\s*(?:section|chapter)?\s*(?:\d+(?:\.\d+)*|[ivx]+|[a-z])[.):]?\s+(?=\S)/, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const byTitle = new Map<string, SectionId>([
  ...sectionList.map((s): [string, SectionId] => [normalizeTitle(s.title), s.id as SectionId]),
  ...Object.entries(HEADING_ALIASES),
]);

/** The section a heading names, by its title, an alias or a close spelling of either; undefined if none. */
export function sectionForHeading(title: string): SectionId | undefined {
  const key = normalizeTitle(title);
  if (!key) return undefined;
  const exact = byTitle.get(key);
  if (exact) return exact;
  if (key.length < 8) return undefined; // "Tasks" one letter off is not a heading we know
  // A close variant is a typo or a plural away: a few edits, not another title sharing a long first word.
  const near = closest(key, [...byTitle.keys()]);
  return near && editDistance(near, key) <= (key.length >= 20 ? 3 : 2) ? byTitle.get(near) : undefined;
}
