import type { z } from 'zod';
import type { metaSchema, SectionId, Sections } from '../src/content/sections';
import { addDays, longDate, workingDay } from './calendar';
import { share, type Skeleton } from './skeleton';
import {
  BASE_GLOSSARY,
  CORE_ROLES,
  HARDWARE_KINDS,
  NOUNS,
  SOFTWARE_KINDS,
  TASK_OBJECTS,
  TASK_VERBS,
  TEAM_ROLES,
  TERM_WORDS,
  VENDORS,
} from './vocabulary';

/** What a content file holds, typed by the section's own zod schema (its input side, as written in YAML). */
export type SectionInput<K extends SectionId> = z.input<Sections[K]['schema']>;
export type MetaInput = z.input<typeof metaSchema>;

/**
 * One builder per content file. Every list grows linearly with the scale N (N sites, 10·N contacts,
 * 20·N scheduled tasks, 5·N hardware and 5·N software rows, 10·N glossary terms, ...); the phases grow
 * slowly because they are table columns.
 */
export function buildSections(s: Skeleton): { meta: MetaInput; sections: { [K in SectionId]: SectionInput<K> } } {
  return {
    meta: meta(s),
    sections: {
      introduction: { text: introductionText(s) },
      planningAssumptions: planningAssumptions(s),
      constraints: constraints(s),
      systemOverview: { text: s.prose.text(3, true) },
      systemOrganization: systemOrganization(s),
      glossary: glossary(s),
      managementOverview: { text: s.prose.text(3, true) },
      pointsOfContact: pointsOfContact(s),
      majorTasks: majorTasks(s),
      implementationSchedule: implementationSchedule(s),
      implementationSecurity: implementationSecurity(s),
      implementationSupport: { text: s.prose.paragraph(3, 4), resourcesIntro: s.prose.paragraph(2, 3) },
      hardware: hardware(s),
      software: software(s),
      facilities: facilities(s),
      materials: materials(s),
      documentation: documentation(s),
      personnel: personnel(s),
      knownIssues: knownIssues(s),
      sites: sites(s),
      risksAndContingencies: risksAndContingencies(s),
      systemAcceptance: systemAcceptance(s),
      executiveSummary: executiveSummary(s),
      strategy: strategy(s),
      phases: phases(s),
      governance: governance(s),
      milestones: milestones(s),
      staffing: staffing(s),
      budget: budget(s),
      technology: technology(s),
      raci: raci(s),
      communication: communication(s),
      riskMitigation: riskMitigation(s),
      quality: quality(s),
      performance: performance(s),
      changeControl: changeControl(s),
      readiness: readiness(s),
      nextSteps: nextSteps(s),
    },
  };
}

// ---- shared helpers ------------------------------------------------------------------------------------

const times = <T>(count: number, make: (i: number) => T): T[] => Array.from({ length: count }, (_, i) => make(i));
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const someone = (s: Skeleton) => s.random.pick(s.people).name;
const someRole = (s: Skeleton) => s.random.pick(CORE_ROLES.slice(0, 8));
const people = (s: Skeleton, min: number, max: number) => s.random.sample(s.people, s.random.int(min, max)).map((p) => p.name);
/** A day inside the plan span, as an ISO date. */
const dayInPlan = (s: Skeleton, firstDay = 0, lastDay = s.phases[s.phases.length - 1].lastDay) =>
  workingDay(s.start, s.random.int(firstDay, lastDay));
const lastDay = (s: Skeleton) => s.phases[s.phases.length - 1].lastDay;
const periodInPlan = (s: Skeleton) => {
  const from = s.random.int(0, lastDay(s));
  const to = Math.min(lastDay(s), from + s.random.int(0, 40));
  return { from: workingDay(s.start, from), to: workingDay(s.start, to) };
};
const nounPhrase = (s: Skeleton) => capitalize(`${s.random.pick(['signed', 'approved', 'updated', 'final'])} ${s.random.pick(NOUNS)}`);
const activityName = (s: Skeleton) => `${s.random.pick(TASK_VERBS)} ${s.random.pick(TASK_OBJECTS)}`;
const phaseIds = (s: Skeleton) => s.phases.map((p) => p.id);

// ---- plan.yaml -----------------------------------------------------------------------------------------

function meta(s: Skeleton): MetaInput {
  const [manager, sponsor, lead] = ['Project Manager', 'Project Sponsor', 'Technical Lead'].map((role) => s.people.find((p) => p.role === role)!);
  const draftDate = addDays(s.start, -59);
  const reviewDate = addDays(s.start, -33);
  const approvalDate = addDays(s.start, -17);
  return {
    title: 'Implementation Management Plan',
    subtitle: 'Regional Services Platform Release 2.0',
    system: { name: 'Regional Services Platform (RSP)', version: '2.0' },
    department: 'Department of Public Services',
    division: 'Regional Services Division',
    project: 'Regional Services Modernization Project',
    logo: { src: 'assets/logo.png', alt: 'Department of Public Services logo', width: 25 },
    classification: 'Internal Use Only',
    preparedBy: manager.name,
    owner: sponsor.name,
    contactEmail: manager.email,
    language: 'en-US',
    approvals: [
      { name: sponsor.name, role: sponsor.role, date: approvalDate },
      { name: lead.name, role: lead.role, date: addDays(approvalDate, -1) },
    ],
    versions: [
      { version: '0.1', date: draftDate, author: manager.name, summary: 'Initial draft for review by the implementation team.' },
      { version: '0.2', date: reviewDate, author: manager.name, summary: s.prose.paragraph(1, 2) },
      { version: '1.0', date: approvalDate, author: manager.name, summary: 'Approved baseline, signed by the Project Sponsor and the Technical Lead.' },
    ],
  };
}

// ---- CA-PMF sections -----------------------------------------------------------------------------------

function introductionText(s: Skeleton): string {
  const phaseNames = s.phases.map((p) => p.name).join(', ');
  const opening =
    `This Implementation Management Plan describes how the Department of Public Services (DPS) will install, ` +
    `deploy and transition release 2.0 of the Regional Services Platform (RSP) into production at ${s.sites.length} ` +
    `site${s.sites.length === 1 ? '' : 's'}. The implementation runs for **${s.weeks} weeks**, from ${longDate(s.start)} ` +
    `to ${longDate(s.finish)}, in ${s.phases.length} phases: ${phaseNames}.`;
  return [opening, s.prose.paragraph(3, 4), s.prose.paragraph(2, 3)].join('\n\n');
}

function planningAssumptions(s: Skeleton): SectionInput<'planningAssumptions'> {
  return {
    intro: s.prose.paragraph(1, 2),
    assumptions: times(s.scale + 4, (i) => ({ assumption: `${capitalize(s.random.pick(NOUNS))} availability ${i + 1}`, description: s.prose.paragraph(1, 2) })),
  };
}

function constraints(s: Skeleton): SectionInput<'constraints'> {
  const extra = times(Math.floor(s.scale / 2), (i) => ({ constraint: `Site constraint ${i + 1}`, description: s.prose.paragraph(1, 2) }));
  return {
    intro: s.prose.paragraph(1, 2),
    constraints: [
      { constraint: 'Time', description: `The system must be in production at every site by **${longDate(s.finish)}**. ${s.prose.sentence()}` },
      { constraint: 'Cost', description: `The approved budget is fixed; drawing on the contingency reserve needs the Project Sponsor's approval. ${s.prose.sentence()}` },
      { constraint: 'Scope', description: s.prose.paragraph(1, 2) },
      ...extra,
    ],
  };
}

function systemOrganization(s: Skeleton): SectionInput<'systemOrganization'> {
  const layerNames = ['Presentation Layer', 'Business Logic Layer', 'Data Layer', 'Integration Layer', 'Monitoring Layer', 'Archive Layer', 'Reporting Layer', 'Identity Layer'];
  return {
    intro: s.prose.paragraph(2, 3),
    diagrams: [
      {
        src: 'assets/system-organization.png',
        alt: 'Diagram of the Regional Services Platform: the presentation, business logic and data layers and the interfaces to other systems.',
        caption: 'Regional Services Platform system organization and interfaces',
        width: 100,
      },
    ],
    layers: times(Math.min(layerNames.length, 3 + Math.floor(s.scale / 10)), (i) => ({
      name: layerNames[i],
      description: s.prose.paragraph(2, 3),
      functions: times(s.random.int(3, 4), () => s.prose.phrase()),
      hardware: times(s.random.int(0, 1), () => {
        const kind = s.random.pick(HARDWARE_KINDS);
        return { manufacturer: kind.model.split(' ')[0], type: kind.type, model: kind.model, configuration: ['2 processors, 12 cores each', '128 GB memory', '2 × 960 GB solid-state drives'] };
      }),
      cloudServices: times(s.random.int(1, 2), () => ({
        provider: 'Microsoft Azure Government',
        serviceType: s.random.pick(['IaaS', 'PaaS', 'SaaS'] as const),
        description: s.prose.sentence(),
      })),
      software: times(s.random.int(1, 3), (k) => ({ publisher: s.random.pick(VENDORS), title: `${s.random.pick(TERM_WORDS)} ${s.random.pick(['Portal', 'Service', 'Studio', 'Agent'])}`, function: s.prose.phrase(), version: `${k + 1}.${s.random.int(0, 9)}` })),
    })),
  };
}

/** The abbreviations the prose and the document use, then generated terms (abbreviations and phrases) up to 10·N terms. */
function glossary(s: Skeleton): SectionInput<'glossary'> {
  const terms = [...BASE_GLOSSARY];
  const used = new Set(terms.map((t) => t.term.toLowerCase()));
  while (terms.length < s.scale * 10) {
    const words = s.random.sample(TERM_WORDS, 3);
    const expansion = words.join(' ');
    const abbreviation = words.map((w) => w[0]).join('');
    const term = s.random.chance(0.5) ? abbreviation : capitalize(`${words[0]} ${words[1].toLowerCase()}`);
    // TBD would read as leftover template text.
    if (used.has(term.toLowerCase()) || term === 'TBD') continue;
    used.add(term.toLowerCase());
    terms.push({ term, definition: term === abbreviation ? `${expansion}. ${s.prose.sentence()}` : s.prose.paragraph(1, 2) });
  }
  return { intro: 'Terms and abbreviations used in this plan, in alphabetical order.', terms };
}

function pointsOfContact(s: Skeleton): SectionInput<'pointsOfContact'> {
  return {
    intro: s.prose.paragraph(1, 2),
    contacts: s.people.map((p) => ({
      role: p.role,
      name: p.name,
      organization: p.organization,
      email: p.email,
      phones: [{ label: 'desk', number: p.desk }, ...(p.cell ? [{ label: 'cell', number: p.cell }] : [])],
    })),
  };
}

function majorTasks(s: Skeleton): SectionInput<'majorTasks'> {
  const resources = ['Project schedule', 'Site survey checklist', 'Test environment', 'Deployment runbook', 'Training rooms', 'Vendor staff', 'Network diagrams', 'Configuration baseline'];
  return {
    intro: s.prose.paragraph(1, 2),
    tasks: s.tasks.map((t) => ({
      id: t.id,
      name: t.name,
      description: s.random.chance(0.5) ? s.prose.paragraph(1, 2) : undefined,
      resources: s.random.sample(resources, s.random.int(2, 4)),
      keyStaff: people(s, 1, 3),
      successCriteria: s.prose.paragraph(1, 2),
    })),
  };
}

function implementationSchedule(s: Skeleton): SectionInput<'implementationSchedule'> {
  return {
    intro: s.prose.paragraph(1, 2),
    tasks: s.tasks.map((t) => ({ id: t.id, task: t.name, phase: t.phase, start: t.start, finish: t.finish, dependsOn: t.dependsOn, ...(t.milestone ? { milestone: true } : {}) })),
  };
}

function implementationSecurity(s: Skeleton): SectionInput<'implementationSecurity'> {
  return {
    text: s.prose.text(3, true),
    sensitiveData: [
      { kind: 'PII', description: 'Names, addresses and phone numbers of the people the department serves', handling: s.prose.paragraph(1, 2) },
      { kind: 'Confidential', description: 'Unpublished budgets and plans of the regional offices', handling: s.prose.paragraph(1, 2) },
    ],
  };
}

function maintenance(s: Skeleton, vendor: string) {
  const year = Number(s.finish.slice(0, 4)) + 2;
  return {
    contract: `${vendor.slice(0, 4).toUpperCase()}-${year - 3}-${pad(s.random.int(100, 9999), 4)}`,
    contact: { name: someoneAt(s, vendor), organization: vendor, phone: `800-555-0${s.random.int(100, 199)}` },
    coverage: s.random.pick(['24x7, 4-hour on-site response', 'Next-business-day on-site repair', 'Enterprise support, 24x7 for severity 1 incidents']),
    expires: `${year}-${s.random.pick(['06-30', '12-31'])}`,
  };
}

/** A vendor's support contact: not a plan participant, so not from Points of Contact. */
function someoneAt(s: Skeleton, vendor: string): string {
  return `${vendor.split(' ')[0]} Support Desk ${s.random.int(1, 9)}`;
}

function hardware(s: Skeleton): SectionInput<'hardware'> {
  return {
    intro: s.prose.paragraph(1, 2),
    components: times(s.scale * 5, (i) => {
      const kind = HARDWARE_KINDS[i % HARDWARE_KINDS.length];
      const site = s.sites[i % s.sites.length];
      return {
        name: `RSP-HW-${pad(i + 1, 3)}`,
        type: kind.type,
        model: kind.model,
        location: `${site.name}, ${s.random.pick(['data center', 'telecommunications closet', 'training room', 'team room'])} ${s.random.int(1, 9)}`,
        owner: s.random.pick(['Technical Lead', 'Training Manager', 'Database Administrator']),
        maintenance: s.random.chance(0.8) ? maintenance(s, kind.model.split(' ')[0]) : undefined,
        licenses: s.random.chance(0.4) ? [{ count: s.random.int(1, 4), type: 'Operating system, per device' }] : [],
      };
    }),
  };
}

function software(s: Skeleton): SectionInput<'software'> {
  return {
    intro: s.prose.paragraph(1, 2),
    components: times(s.scale * 5, (i) => {
      const kind = SOFTWARE_KINDS[i % SOFTWARE_KINDS.length];
      return {
        name: `${kind.name} ${Math.floor(i / SOFTWARE_KINDS.length) + 1}`,
        type: kind.type,
        version: kind.version,
        origin: kind.origin,
        location: s.random.chance(0.5) ? 'Microsoft Azure Government, US Gov Virginia' : `${s.random.pick(s.sites).name} data center`,
        owner: s.random.pick(['Technical Lead', 'Database Administrator', 'Security Officer']),
        maintenance: kind.origin === 'legacy' ? undefined : maintenance(s, s.random.pick(VENDORS)),
        licenses: s.random.chance(0.5) ? [{ count: s.random.int(5, 200), type: 'Named user' }] : [],
      };
    }),
  };
}

function facilities(s: Skeleton): SectionInput<'facilities'> {
  const purposes = ['Implementation team room', 'Server installation', 'Training', 'Test lab', 'Storage', 'Help desk'];
  return {
    intro: s.prose.paragraph(1, 2),
    facilities: times(s.scale + 2, (i) => ({
      purpose: `${purposes[i % purposes.length]}${i >= purposes.length ? ` ${Math.floor(i / purposes.length) + 1}` : ''}`,
      location: `${s.sites[i % s.sites.length].name}, room ${s.random.int(100, 499)}`,
      size: `${s.random.int(2, 24)} people`,
      resources: times(s.random.int(2, 4), () => s.prose.phrase()),
      hours: 'Mon–Fri, 7:00–18:00',
      period: periodInPlan(s),
    })),
  };
}

function materials(s: Skeleton): SectionInput<'materials'> {
  const items = ['Printed quick reference cards', 'Network patch cables', 'Laptop locks', 'Training workbooks', 'Label printer ribbons', 'Spare badges'];
  return {
    intro: s.prose.paragraph(1, 1),
    materials: times(s.scale * 2 + 2, (i) => ({
      item: `${items[i % items.length]} (batch ${i + 1})`,
      identification: `Part ${s.random.int(10000, 99999)}`,
      version: s.random.chance(0.4) ? `${s.random.int(1, 4)}.${s.random.int(0, 9)}` : undefined,
      owner: someRole(s),
    })),
  };
}

function documentation(s: Skeleton): SectionInput<'documentation'> {
  return {
    intro: s.prose.paragraph(1, 1),
    documents: times(s.scale + 3, (i) => ({
      title: `${s.random.pick(TERM_WORDS)} ${s.random.pick(['Guide', 'Runbook', 'Manual', 'Procedure'])} ${i + 1}`,
      description: s.prose.paragraph(1, 2),
      version: `${s.random.int(1, 3)}.${s.random.int(0, 9)}`,
      owner: someone(s),
    })),
  };
}

function personnel(s: Skeleton): SectionInput<'personnel'> {
  return {
    intro: s.prose.paragraph(1, 1),
    staffing: times(s.scale + 3, (i) => ({
      staffingType: TEAM_ROLES[i % TEAM_ROLES.length],
      skills: s.prose.phrase(),
      securityClearance: s.random.chance(0.3),
      fte: s.random.pick([0.5, 1, 1.5, 2]),
      period: periodInPlan(s),
      assigned: people(s, 0, 2),
    })),
  };
}

function knownIssues(s: Skeleton): SectionInput<'knownIssues'> {
  const statuses = ['open', 'in-progress', 'deferred', 'resolved', 'closed'] as const;
  return {
    intro: s.prose.paragraph(1, 1),
    issues: times(s.scale * 2, (i) => ({
      id: `ISS-${pad(i + 1, 3)}`,
      description: s.prose.paragraph(1, 2),
      impact: s.prose.sentence(),
      owner: someone(s),
      status: s.random.pick(statuses),
      resolution: s.prose.sentence(),
    })),
  };
}

function sites(s: Skeleton): SectionInput<'sites'> {
  const last = s.phases[s.phases.length - 1];
  return {
    intro: s.prose.paragraph(2, 3),
    sites: s.sites.map((site, i) => ({
      id: site.id,
      name: site.name,
      address: site.address,
      contact: { person: site.representative.name, phone: site.representative.desk },
      goLive: workingDay(s.start, last.firstDay + Math.floor((i * (last.lastDay - last.firstDay)) / Math.max(1, s.sites.length))),
      visits: [
        { date: dayInPlan(s, 0, s.phases[0].lastDay), purpose: 'Survey of the rooms, the network and the power supply' },
        { date: dayInPlan(s, s.phases[0].lastDay, last.firstDay), purpose: 'Readiness walkthrough with the site representative' },
      ],
      preparation: i % 2 === 0 ? times(s.random.int(3, 5), () => s.prose.phrase()) : times(s.random.int(3, 4), () => `- ${s.prose.sentence()}`).join('\n'),
      readiness: i % 3 === 0 ? times(3, () => s.prose.phrase()) : s.prose.paragraph(2, 3),
    })),
  };
}

function risksAndContingencies(s: Skeleton): SectionInput<'risksAndContingencies'> {
  return {
    intro: s.prose.paragraph(1, 2),
    contingencies: times(s.scale * 2 + 2, (i) => ({
      id: `R-${pad(i + 1, 3)}`,
      risk: `${capitalize(s.random.pick(NOUNS))} delayed`,
      trigger: s.prose.sentence(),
      response: times(s.random.int(2, 4), () => s.prose.phrase()),
      decisionFactors: times(2, () => s.prose.phrase()),
      owner: someone(s),
    })),
  };
}

function systemAcceptance(s: Skeleton): SectionInput<'systemAcceptance'> {
  return {
    intro: s.prose.paragraph(1, 2),
    criteria: times(s.scale * 2 + 5, (i) => ({
      id: `AC-${pad(i + 1, 3)}`,
      criterion: s.prose.sentence(),
      method: s.prose.phrase(),
      tool: s.random.chance(0.7) ? `${s.random.pick(TERM_WORDS)} ${s.random.pick(['Monitor', 'Test Plans', 'Analyzer'])}` : undefined,
      benchmark: s.random.chance(0.6) ? `At least ${s.random.int(80, 99)}% of the checks pass` : undefined,
    })),
    process: ['Acceptance follows the department\'s deliverable acceptance procedure:', times(4, (i) => `${i + 1}. ${s.prose.sentence()}`).join('\n')].join('\n\n'),
    discrepancies: s.prose.paragraph(3, 4),
  };
}

// ---- roadmap sections ----------------------------------------------------------------------------------

function executiveSummary(s: Skeleton): SectionInput<'executiveSummary'> {
  return {
    scope: s.prose.paragraph(3, 4),
    totalDuration: `${s.weeks} weeks`,
    keyMilestones: s.phases.map((p) => `Completion of ${p.name} by **${longDate(p.finish)}**`),
    resourceRequirements: times(4, () => s.prose.sentence()),
    successProbability: { rating: 'high', rationale: s.prose.paragraph(1, 2) },
    criticalSuccessFactors: times(4, () => s.prose.phrase()),
  };
}

function strategy(s: Skeleton): SectionInput<'strategy'> {
  return {
    philosophy: s.prose.paragraph(2, 3),
    phasedRationale: s.prose.paragraph(2, 3),
    riskManagementApproach: s.prose.paragraph(2, 3),
    qualityStrategy: s.prose.paragraph(2, 3),
    principles: times(4 + Math.floor(s.scale / 5), (i) => ({ name: `Principle ${i + 1}: ${s.random.pick(TERM_WORDS).toLowerCase()} first`, description: s.prose.paragraph(1, 2) })),
    changeManagementApproach: s.prose.paragraph(2, 3),
  };
}

/** 3·N + 9 work packages spread over the phases; each phase's packages fit its days even if run in sequence. */
function phases(s: Skeleton): SectionInput<'phases'> {
  const total = 3 * s.scale + 9;
  return {
    intro: s.prose.paragraph(1, 2),
    phases: s.phases.map((phase, p) => {
      const count = share(total, s.phases.length, p);
      const days = Math.max(1, Math.floor((phase.lastDay - phase.firstDay + 1) / count));
      const ids = times(count, (j) => `WP${p + 1}.${j + 1}`);
      return {
        id: phase.id,
        name: phase.name,
        start: phase.start,
        finish: phase.finish,
        objectives: s.prose.paragraph(1, 2),
        workPackages: ids.map((id, j) => ({
          id,
          name: activityName(s),
          activities: times(s.random.int(2, 3), () => s.prose.phrase()),
          deliverables: times(s.random.int(1, 2), () => nounPhrase(s)),
          duration: days % 5 === 0 ? `${days / 5} week${days === 5 ? '' : 's'}` : `${days} day${days === 1 ? '' : 's'}`,
          dependsOn: j === 0 ? (p > 0 ? [s.phases[p - 1].id] : []) : [ids[j - 1], ...(j > 1 && s.random.chance(0.3) ? [ids[j - 2]] : [])],
        })),
      };
    }),
  };
}

function governance(s: Skeleton): SectionInput<'governance'> {
  const bodies = ['Steering Committee', 'Project Management Office', 'Technical Review Board', 'Change Advisory Board', 'Regional Coordination Group'];
  return {
    bodies: times(3 + Math.floor(s.scale / 5), (i) => {
      const members = people(s, 3, 6);
      return {
        name: `${bodies[i % bodies.length]}${i >= bodies.length ? ` ${Math.floor(i / bodies.length) + 1}` : ''}`,
        chair: members[0],
        members,
        meetingFrequency: s.random.pick(['Weekly, Monday mornings', 'Bi-weekly, Tuesday mornings', 'Monthly, first Thursday']),
        responsibilities: s.prose.paragraph(1, 2),
        authority: s.prose.sentence(),
      };
    }),
    decisionFramework: {
      categories: ['Scope changes', 'Budget approvals', 'Timeline adjustments', 'Technical decisions'].map((name) => ({ name, description: s.prose.sentence() })),
      escalation: times(3, () => s.prose.sentence()),
      approvalAuthorities: [
        { decision: 'Technical decisions within scope', approver: 'Technical Review Board' },
        { decision: 'Budget transfers up to $10,000', approver: 'Project Manager' },
        { decision: 'Budget transfers above $10,000', approver: 'Steering Committee' },
        { decision: 'Scope changes and milestone date changes', approver: 'Steering Committee' },
      ],
    },
  };
}

/** One milestone closing each phase, N − 1 more inside the phases, and one gate per phase. */
function milestones(s: Skeleton): SectionInput<'milestones'> {
  const closing = s.phases.map((p) => ({ phase: p, date: p.finish, name: `Completion of ${p.name}` }));
  const inner = times(s.scale - 1, (i) => {
    const phase = s.phases[i % s.phases.length];
    return { phase, date: dayInPlan(s, phase.firstDay, phase.lastDay), name: `Checkpoint ${i + 1}: ${s.random.pick(NOUNS)} accepted` };
  });
  const all = [...closing, ...inner].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    milestones: all.map((m, i) => ({ id: `M${i + 1}`, name: m.name, targetDate: m.date, phase: m.phase.id, successCriteria: s.prose.sentence(), responsible: someone(s) })),
    phaseGates: s.phases.map((p, i) => ({ id: `G${i + 1}`, name: `End of ${p.name} review`, phase: p.id, criteria: times(2, () => s.prose.phrase()) })),
  };
}

function staffing(s: Skeleton): SectionInput<'staffing'> {
  const roleNames = [...CORE_ROLES, ...TEAM_ROLES];
  return {
    intro: 'Full-time equivalents (FTE) by phase. The total is the sum of the phases.',
    phases: phaseIds(s),
    roles: times(6 + s.scale, (i) => {
      // Quarters add up exactly in binary floating point, so typed totals match the computed sums.
      const fte = Object.fromEntries(s.phases.map((p) => [p.id, s.random.pick([0, 0.25, 0.5, 1, 1.5, 2])]));
      const round = Math.floor(i / roleNames.length);
      return { role: `${roleNames[i % roleNames.length]}${round ? ` (team ${round + 1})` : ''}`, fte, totalFte: Object.values(fte).reduce((a, b) => a + b, 0) };
    }),
    keyPersonnel: CORE_ROLES.slice(0, 4).map((role) => ({ role, requirements: s.prose.sentence() })),
    onboarding: { recruitmentTimeline: s.prose.paragraph(1, 2), trainingRequirements: s.prose.paragraph(1, 2), knowledgeTransfer: s.prose.paragraph(1, 2) },
  };
}

function budget(s: Skeleton): SectionInput<'budget'> {
  const names = ['Personnel Costs', 'Technology Costs', 'External Services', 'Infrastructure', 'Training', 'Travel', 'Site Preparation', 'Licences', 'Contingency'];
  const categories = times(5 + Math.floor(s.scale / 2), (i) => {
    const amounts = Object.fromEntries(s.phases.map((p) => [p.id, s.random.int(0, 200) * 1000]));
    const round = Math.floor(i / names.length);
    return { category: `${names[i % names.length]}${round ? ` ${round + 1}` : ''}`, amounts, total: Object.values(amounts).reduce((a, b) => a + b, 0) };
  });
  const phaseTotals = Object.fromEntries(s.phases.map((p) => [p.id, categories.reduce((sum, c) => sum + c.amounts[p.id], 0)]));
  return {
    intro: 'Budget allocation by phase; every amount is in dollars.',
    currency: 'USD',
    phases: phaseIds(s),
    categories,
    phaseTotals,
    grandTotal: Object.values(phaseTotals).reduce((a, b) => a + b, 0),
    cashFlow: ['Monthly Cash Flow', 'Payment Schedule', 'Budget Monitoring'].map((topic) => ({ topic, plan: s.prose.paragraph(1, 2) })),
  };
}

function technology(s: Skeleton): SectionInput<'technology'> {
  const areas = ['Development Environment', 'Testing Infrastructure', 'Production Infrastructure', 'Security Infrastructure', 'Network', 'Monitoring'];
  return {
    requirements: times(4 + Math.floor(s.scale / 5), (i) => ({
      area: `${areas[i % areas.length]}${i >= areas.length ? ` ${Math.floor(i / areas.length) + 1}` : ''}`,
      requirements: times(2, () => s.prose.sentence()),
      phases: s.random.sample(phaseIds(s), s.random.int(1, 2)).sort(),
    })),
    infrastructureTimeline: times(s.scale + 3, (i) => ({ item: `${activityName(s)} (${i + 1})`, due: dayInPlan(s), description: s.prose.sentence(), owner: someone(s) })),
  };
}

/** 8·N activities over the six lead roles: exactly one accountable role and at least one responsible each. */
function raci(s: Skeleton): SectionInput<'raci'> {
  const roles = CORE_ROLES.slice(0, 6);
  return {
    intro: 'Every activity has exactly one accountable role; a blank cell means the role has no part in the activity.',
    roles,
    activities: times(8 * s.scale, (i) => {
      const [accountable, responsible, ...others] = s.random.shuffle(roles);
      const assignments: Record<string, 'R' | 'A' | 'C' | 'I' | 'A/R'> = s.random.chance(0.3) ? { [accountable]: 'A/R' } : { [accountable]: 'A', [responsible]: 'R' };
      for (const role of others) if (s.random.chance(0.5)) assignments[role] = s.random.pick(['C', 'I'] as const);
      return { activity: `${activityName(s)} (${i + 1})`, assignments };
    }),
    roleDefinitions: roles.slice(0, 3).map((role) => ({ role, responsibilities: s.prose.sentence(), authority: s.prose.sentence(), reporting: s.prose.sentence() })),
  };
}

function communication(s: Skeleton): SectionInput<'communication'> {
  return {
    reports: times(4 + Math.floor(s.scale / 5), (i) => ({
      name: `${s.random.pick(['Weekly Status', 'Monthly Executive', 'Milestone', 'Site Progress', 'Budget'])} Report ${i + 1}`,
      frequency: s.random.pick(['Weekly, Fridays', 'Monthly, first Tuesday', 'At each milestone']),
      audience: s.random.pick(['Project team', 'Steering Committee', 'Executive leadership', 'Site representatives']),
      purpose: s.prose.sentence(),
      preparedBy: someone(s),
    })),
    meetings: times(3 + Math.floor(s.scale / 10), (i) => ({
      name: `${s.random.pick(['Team', 'Steering', 'Technical', 'Site'])} Meeting ${i + 1}`,
      frequency: 'Weekly',
      participants: 'Team leads and the Project Manager',
      purpose: s.prose.sentence(),
      chair: someone(s),
    })),
    escalation: [
      { trigger: s.prose.sentence(), escalateTo: 'Project Manager', responseTime: '2 working days' },
      { trigger: s.prose.sentence(), escalateTo: 'Program Manager', responseTime: '5 working days' },
      { trigger: s.prose.sentence(), escalateTo: 'Steering Committee', responseTime: 'Next meeting' },
    ],
  };
}

function riskMitigation(s: Skeleton): SectionInput<'riskMitigation'> {
  const ratings = ['low', 'medium', 'high'] as const;
  return {
    risks: times(3 * s.scale, (i) => ({
      id: `R${i + 1}`,
      risk: `${capitalize(s.random.pick(NOUNS))} at risk`,
      description: s.prose.sentence(),
      probability: s.random.pick(ratings),
      impact: s.random.pick(ratings),
      mitigation: times(2, () => s.prose.phrase()),
      timelineImpact: s.prose.sentence(),
      resourceRequirements: s.prose.sentence(),
      monitoring: s.prose.sentence(),
      owner: someone(s),
    })),
    contingencies: times(2, (i) => ({ scenario: `Scenario ${i + 1}`, trigger: s.prose.sentence(), alternativeApproach: s.prose.sentence(), timelineImpact: s.prose.sentence(), resourceImpact: s.prose.sentence() })),
    responseProcedures: ['Response Triggers', 'Decision Making', 'Communication'].map((name) => ({ name, description: s.prose.sentence() })),
  };
}

function quality(s: Skeleton): SectionInput<'quality'> {
  const extra = times(Math.floor(s.scale / 2), (i) => ({ phase: s.random.pick(s.phases).id, check: `Interim review ${i + 1}`, criteria: s.prose.sentence(), responsible: someone(s) }));
  return {
    standards: ['Deliverable quality', 'Process quality', 'Technical quality'].map((area) => ({ area, standard: s.prose.sentence() })),
    checkpoints: [...s.phases.map((p) => ({ phase: p.id, check: `${p.name} review`, criteria: s.prose.sentence(), responsible: someone(s) })), ...extra],
    reviewProcedures: ['Peer Reviews', 'Stakeholder Reviews', 'Independent Reviews'].map((name) => ({ name, description: s.prose.sentence() })),
    approvalAuthority: [
      { area: 'Technical approvals', approver: 'Technical Review Board', description: s.prose.sentence() },
      { area: 'Business approvals', approver: 'Business Lead' },
      { area: 'Final approvals', approver: 'Steering Committee' },
    ],
  };
}

function performance(s: Skeleton): SectionInput<'performance'> {
  return {
    kpis: times(4 + Math.floor(s.scale / 5), (i) => ({ name: `${s.random.pick(['Schedule', 'Budget', 'Quality', 'Resource', 'Adoption'])} Performance ${i + 1}`, measure: s.prose.sentence(), target: `At least ${s.random.int(85, 99)}%`, frequency: s.random.pick(['Weekly', 'Every two weeks', 'At each phase gate']) })),
    successCriteria: ['On-Time Delivery', 'Budget Adherence', 'Quality Standards', 'User Adoption'].map((criterion) => ({ criterion, target: `At least ${s.random.int(85, 99)}%` })),
  };
}

function changeControl(s: Skeleton): SectionInput<'changeControl'> {
  return {
    procedure: ['Change Identification', 'Impact Assessment', 'Approval Process', 'Implementation'].map((step) => ({ step, description: s.prose.sentence(), responsible: someone(s) })),
    adaptationMechanisms: ['Resource Reallocation', 'Timeline Adjustment', 'Scope Prioritization'].map((name) => ({ name, description: s.prose.sentence() })),
  };
}

function readiness(s: Skeleton): SectionInput<'readiness'> {
  const groups = ['Organizational Readiness', 'Technical Readiness', 'Site Readiness', 'Operational Readiness', 'Training Readiness', 'Data Readiness', 'Security Readiness'];
  const count = Math.min(groups.length, 3 + Math.floor(s.scale / 10));
  const items = 4 * s.scale + 5;
  return {
    groups: times(count, (g) => ({
      name: groups[g],
      items: times(share(items, count, g), (i) => ({ item: `${capitalize(s.random.pick(NOUNS))} ready (${g + 1}.${i + 1})`, description: s.prose.sentence(), done: s.random.chance(0.5), owner: someone(s) })),
    })),
  };
}

function nextSteps(s: Skeleton): SectionInput<'nextSteps'> {
  return {
    immediateActions: times(s.scale + 4, (i) => ({ action: `${activityName(s)} (${i + 1})`, description: s.prose.sentence(), owner: someone(s), due: dayInPlan(s, 0, s.phases[0].lastDay) })),
    handover: ['Knowledge Transfer', 'Documentation', 'Support Arrangements'].map((item) => ({ item, description: s.prose.sentence() })),
  };
}
