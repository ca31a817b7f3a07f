import { workingDay } from './calendar';
import { Prose } from './prose';
import type { Random } from './random';
import { CITIES, CORE_ROLES, FIRST_NAMES, LAST_NAMES, STREETS, TASK_OBJECTS, TASK_VERBS, TEAM_ROLES } from './vocabulary';

/**
 * The backbone of a generated plan: what several sections refer to (phases and their dates, people, sites,
 * scheduled tasks). Sections are built from it, so every cross-reference holds by construction.
 */
export interface Skeleton {
  scale: number;
  random: Random;
  prose: Prose;
  /** First day of the plan, a Monday. */
  start: string;
  phases: PhasePlan[];
  /** Last day of the plan (the last phase's finish, a Friday). */
  finish: string;
  weeks: number;
  people: Person[];
  sites: SitePlan[];
  tasks: TaskPlan[];
}

export interface PhasePlan {
  id: string;
  name: string;
  /** Working-day indexes from the plan start, both included. */
  firstDay: number;
  lastDay: number;
  start: string;
  finish: string;
}

export interface Person {
  name: string;
  role: string;
  organization: string;
  email: string;
  desk: string;
  cell?: string;
}

export interface SitePlan {
  id: string;
  name: string;
  city: string;
  address: string;
  representative: Person;
}

export interface TaskPlan {
  id: string;
  name: string;
  phase: string;
  firstDay: number;
  lastDay: number;
  start: string;
  finish: string;
  dependsOn: string[];
  milestone: boolean;
}

const PLAN_START = '2027-01-04';

/** Phase names to choose from, in the order phases run; the first and last are always used. */
const PHASE_NAMES = [
  'Preparation and Setup',
  'Design and Build',
  'Core Implementation',
  'Data Conversion',
  'Regional Rollout',
  'Integration and Testing',
  'Pilot Operations',
  'Deployment and Closure',
];

/** How the plan grows with the scale N: phases slowly (they are table columns), the span and lists linearly. */
function phaseCount(scale: number): number {
  return Math.min(PHASE_NAMES.length, 4 + Math.floor(scale / 10));
}

export function buildSkeleton(scale: number, random: Random): Skeleton {
  const phases = buildPhases(scale);
  const sites = Array.from({ length: scale }, (_, i) => siteName(i));
  const people = buildPeople(scale * 10, sites.map((s) => s.short), random);
  const siteList = sites.map((site, i): SitePlan => {
    const representative = people.find((p) => p.role === siteRepresentativeRole(site.short))!;
    return {
      id: `SITE-${String(i + 1).padStart(2, '0')}`,
      name: site.name,
      city: site.city,
      address: `${random.int(100, 2999)} ${random.pick(STREETS)}, ${site.city}, CA 9${random.int(3000, 6199)}`,
      representative,
    };
  });
  const tasks = buildTasks(scale * 20, phases, siteList, random);
  const last = phases[phases.length - 1];
  return {
    scale,
    random,
    prose: new Prose(random),
    start: PLAN_START,
    phases,
    finish: last.finish,
    weeks: (last.lastDay + 1) / 5,
    people,
    sites: siteList,
    tasks,
  };
}

/** Consecutive phases of whole weeks, Monday to Friday; 12 weeks at N=1, 2 more weeks per unit of N. */
function buildPhases(scale: number): PhasePlan[] {
  const count = phaseCount(scale);
  const weeksEach = Math.max(3, Math.ceil((12 + 2 * (scale - 1)) / count));
  return Array.from({ length: count }, (_, i) => {
    const firstDay = i * weeksEach * 5;
    const lastDay = (i + 1) * weeksEach * 5 - 1;
    const name = PHASE_NAMES[Math.round((i * (PHASE_NAMES.length - 1)) / Math.max(1, count - 1))];
    return { id: `P${i + 1}`, name, firstDay, lastDay, start: workingDay(PLAN_START, firstDay), finish: workingDay(PLAN_START, lastDay) };
  });
}

function siteName(i: number): { name: string; short: string; city: string } {
  const round = Math.floor(i / CITIES.length);
  const city = CITIES[i % CITIES.length];
  const short = round === 0 ? city : `${city} ${round + 1}`;
  return { name: i === 0 ? `${short} Headquarters` : `${short} Regional Office`, short, city };
}

function siteRepresentativeRole(siteShortName: string): string {
  return `Site Implementation Representative (${siteShortName})`;
}

/** `count` people with distinct names: the core roles, one representative per site, then team roles in turn. */
function buildPeople(count: number, siteNames: readonly string[], random: Random): Person[] {
  const roles = [...CORE_ROLES, ...siteNames.map(siteRepresentativeRole)];
  for (let i = 0; roles.length < count; i++) roles.push(TEAM_ROLES[i % TEAM_ROLES.length]);
  const combinations = FIRST_NAMES.length * LAST_NAMES.length;
  const order = random.shuffle(Array.from({ length: combinations }, (_, k) => k));
  const emails = new Map<string, number>();
  return roles.slice(0, count).map((role, i) => {
    const k = order[i % combinations];
    const round = Math.floor(i / combinations);
    const first = FIRST_NAMES[k % FIRST_NAMES.length];
    const last = LAST_NAMES[Math.floor(k / FIRST_NAMES.length)];
    // Past every first/last combination, a middle initial keeps names distinct.
    const middle = round === 0 ? '' : `${String.fromCharCode(64 + round)}. `;
    const vendor = role === 'Data Conversion Lead' || role === 'System Developer';
    const domain = vendor ? 'brightline.example.com' : 'dps.example.gov';
    const local = ascii(`${first}.${middle.replace('. ', '')}${last}`).toLowerCase();
    const seen = emails.get(local) ?? 0;
    emails.set(local, seen + 1);
    return {
      name: `${first} ${middle}${last}`,
      role,
      organization: vendor ? 'Brightline Data Services, Inc.' : `Department of Public Services, ${random.pick(DIVISIONS)}`,
      email: `${seen ? `${local}${seen + 1}` : local}@${domain}`,
      desk: phoneNumber(1000 + i),
      cell: random.chance(0.6) ? phoneNumber(5000 + i) : undefined,
    };
  });
}

const DIVISIONS = ['Information Technology Division', 'Regional Services Division', 'Enterprise Project Management Office', 'Information Security Office', 'Training Unit'];

function phoneNumber(n: number): string {
  return `916-555-${String(n % 10000).padStart(4, '0')}`;
}

function ascii(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^A-Za-z.]/g, '');
}

/**
 * Scheduled tasks, chronological, with finish-to-start dependencies. Each phase is cut into waves; a task
 * lies inside its wave and depends only on tasks of the wave before, which all finish before its wave starts.
 * So the dependencies are acyclic, every task starts after its dependencies finish, and every date is inside
 * its phase.
 */
function buildTasks(count: number, phases: readonly PhasePlan[], sites: readonly SitePlan[], random: Random): TaskPlan[] {
  type Draft = Omit<TaskPlan, 'id' | 'dependsOn'> & { order: number; dependsOn: Draft[] };
  const drafts: Draft[] = [];
  let previousWave: Draft[] = [];
  phases.forEach((phase, p) => {
    const inPhase = share(count, phases.length, p);
    const days = phase.lastDay - phase.firstDay + 1;
    const waves = Math.max(1, Math.min(Math.ceil(inPhase / 3), Math.floor(days / 3)));
    const waveLength = Math.floor(days / waves);
    for (let w = 0; w < waves; w++) {
      const waveFirst = phase.firstDay + w * waveLength;
      const waveLast = w === waves - 1 ? phase.lastDay : waveFirst + waveLength - 1;
      const wave: Draft[] = [];
      const size = share(inPhase, waves, w);
      for (let k = 0; k < size; k++) {
        const isMilestone = w === waves - 1 && k === size - 1;
        const firstDay = isMilestone ? waveLast : waveFirst + random.int(0, Math.min(1, waveLast - waveFirst));
        const lastDay = isMilestone ? waveLast : Math.min(waveLast, firstDay + random.int(0, 9));
        const dependsOn = previousWave.length && random.chance(0.85) ? random.sample(previousWave, random.int(1, 2)) : [];
        const name = isMilestone
          ? `Approve the completion of ${phase.name}`
          : `${random.pick(TASK_VERBS)} ${random.pick(TASK_OBJECTS)}${random.chance(0.4) ? ` at ${random.pick(sites).name}` : ''}`;
        wave.push({
          order: drafts.length + wave.length,
          name,
          phase: phase.id,
          firstDay,
          lastDay,
          start: workingDay(PLAN_START, firstDay),
          finish: workingDay(PLAN_START, lastDay),
          dependsOn,
          milestone: isMilestone,
        });
      }
      drafts.push(...wave);
      if (wave.length) previousWave = wave;
    }
  });
  const sorted = [...drafts].sort((a, b) => a.firstDay - b.firstDay || a.order - b.order);
  const width = String(sorted.length).length;
  const ids = new Map(sorted.map((d, i) => [d, `T${String(i + 1).padStart(Math.max(2, width), '0')}`]));
  return sorted.map((d) => ({
    id: ids.get(d)!,
    name: d.name,
    phase: d.phase,
    firstDay: d.firstDay,
    lastDay: d.lastDay,
    start: d.start,
    finish: d.finish,
    dependsOn: d.dependsOn.map((dep) => ids.get(dep)!).sort(),
    milestone: d.milestone,
  }));
}

/** The size of part `index` when `total` items are split into `parts` nearly equal parts. */
export function share(total: number, parts: number, index: number): number {
  return Math.floor(total / parts) + (index < total % parts ? 1 : 0);
}
