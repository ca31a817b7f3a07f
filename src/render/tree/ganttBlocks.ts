/**
 * What a `{{gantt "..."}}` directive becomes in the document: the chart's drawings, then what a reader who cannot
 * see them needs (the critical path in words and, where the template has no table of its own, a dependency table).
 */
import type { Plan } from '../../content/sections';
import type { Block, Cell, Paragraph, Table } from './doctree';
import { formatDate } from '../markdown/text';
import { ganttDrawings, pathText } from './gantt';
import type { ComputedSchedule, ScheduledDependency } from '../../derive/types';

export type GanttName = 'schedule' | 'workPackages';

export interface GanttPlacement {
  /** Width of the text column and the largest height a drawing may take, in points. */
  width: number;
  maxHeight: number;
  /** Add a dependency table (the template has none for this schedule). */
  table: boolean;
  today?: string;
}

const TITLES: Record<GanttName, string> = { schedule: 'Implementation Schedule', workPackages: 'Work packages by phase' };

export function isGanttName(name: string): name is GanttName {
  return name === 'schedule' || name === 'workPackages';
}

/**
 * The blocks for one chart; none when the plan has no such schedule or it cannot be computed (a dependency cycle,
 * which the checks report).
 */
export function ganttBlocks(plan: Plan, schedule: ComputedSchedule | undefined, name: GanttName, placement: GanttPlacement): Block[] {
  if (!schedule || schedule.items.length === 0) return [];
  const groupNames = Object.fromEntries((plan.phases?.phases ?? []).map((p) => [p.id, p.name]));
  const drawings = ganttDrawings(schedule, {
    width: placement.width,
    maxHeight: placement.maxHeight,
    today: placement.today,
    groupNames,
    title: TITLES[name],
  });
  return [...drawings, criticalPathNote(schedule), ...(placement.table ? [dependencyTable(schedule)] : [])];
}

const LISTED_PATHS = 3;

/** "Critical path: T01 → T03 → T16." — every critical path up to three, then how many more. */
export function criticalPathNote(schedule: ComputedSchedule): Paragraph {
  const paths = schedule.criticalPaths;
  const listed = paths.slice(0, LISTED_PATHS).map((path) => pathText(path));
  const more = paths.length - listed.length;
  const rest = more > 0 || schedule.criticalPathsTruncated ? `; and ${schedule.criticalPathsTruncated ? 'more than ' : ''}${more} more` : '';
  const label = paths.length > 1 ? `Critical paths (${paths.length}${schedule.criticalPathsTruncated ? '+' : ''}): ` : 'Critical path: ';
  const text = paths.length === 0 ? 'No critical path.' : `${label}${listed.join('; ')}${rest}. Computed end: ${formatDate(schedule.finish)}.`;
  return { type: 'paragraph', style: 'note', runs: [{ type: 'text', text }] };
}

function dependencyText(dep: ScheduledDependency): string {
  const kind = dep.type === 'FS' && dep.lagDays === 0 ? '' : ` (${dep.type}${dep.lagDays !== 0 ? `, lag ${dep.lagDays} working day${Math.abs(dep.lagDays) === 1 ? '' : 's'}` : ''})`;
  return `${dep.id}${kind}`;
}

const cell = (text: string): Cell => (text === '' ? [] : [{ type: 'text', text }]);

/** Every item with its computed dates, what it waits for and its float: the chart's content as a table. */
export function dependencyTable(schedule: ComputedSchedule): Table {
  const what = schedule.network === 'workPackages' ? 'Work package' : 'Task';
  return {
    type: 'table',
    header: ['ID', what, 'Start', 'Finish', 'Depends on', 'Float'].map(cell),
    rows: schedule.items.map((item) => [
      cell(item.id),
      cell(item.kind === 'milestone' ? `${item.name} (milestone)` : item.name),
      cell(formatDate(item.earlyStart)),
      cell(formatDate(item.earlyFinish)),
      item.dependsOn.flatMap((dep, i): Cell => [...(i > 0 ? [{ type: 'break' as const }] : []), { type: 'text', text: dependencyText(dep) }]),
      cell(item.critical ? 'critical' : `${item.totalFloat} working day${item.totalFloat === 1 ? '' : 's'}`),
    ]),
    align: [null, null, null, null, null, null],
  };
}
