import { parseArgs } from 'node:util';
import { checkPlan } from '../pipeline/check';
import type { PhaseSchedule } from '../derive/phaseWindows';
import type { ComputedSchedule } from '../derive/types';
import { COMMANDS } from './commands';
import { printDiagnostics, type Output } from './io';
import { planDir } from './planDir';

/**
 * `plansmith schedule [dir] [--json]`: the computed schedules (Implementation Schedule tasks and work
 * packages) with early and late dates, float and the critical paths. Problems with the plan are printed as
 * by `check`; the exit code is 1 when the plan has errors, even when a schedule could still be computed.
 */
export async function scheduleCommand(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: COMMANDS.schedule.flags });
  const dir = await planDir(positionals);
  const checked = await checkPlan(dir);
  const schedule = checked.derived?.schedules.schedule?.computed;
  const workPackages = checked.derived?.schedules.workPackages?.computed;
  const phases = checked.derived?.phases ?? [];
  if (values.json) {
    io.out(JSON.stringify({ ok: checked.ok, schedule, workPackages, phases, diagnostics: checked.diagnostics }, null, 2));
    return checked.ok ? 0 : 1;
  }
  printDiagnostics(checked.diagnostics, Object.values(checked.sources), io);
  const parts = [schedule && formatSchedule(schedule, 'Implementation Schedule'), workPackages && formatSchedule(workPackages, 'Work packages', phases)];
  const printed = parts.filter((p): p is string => p !== undefined);
  if (printed.length) io.out(printed.join('\n\n'));
  else if (checked.plan) io.err(`${dir}: no schedule to compute (the plan has neither an Implementation Schedule nor phases, or their dependencies form a cycle)`);
  return checked.ok ? 0 : 1;
}

const NAME_WIDTH = 44;

/** A schedule as a terminal table: one row per item, critical items marked, then the critical paths and the end. */
export function formatSchedule(schedule: ComputedSchedule, title: string, phases: readonly PhaseSchedule[] = []): string {
  const grouped = schedule.items.some((item) => item.group !== undefined);
  const header = ['', 'ID', ...(grouped ? ['Phase'] : []), 'Name', 'Days', 'Early start', 'Early finish', 'Late start', 'Late finish', 'Float'];
  const rows = schedule.items.map((item) => [
    item.critical ? '*' : '',
    item.id,
    ...(grouped ? [item.group ?? ''] : []),
    truncate(item.name + (item.kind === 'milestone' ? ' (milestone)' : ''), NAME_WIDTH),
    String(item.durationDays),
    item.earlyStart,
    item.earlyFinish,
    item.lateStart,
    item.lateFinish,
    String(item.totalFloat),
  ]);
  const numeric = new Set(['Days', 'Float']);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) =>
    cells.map((cell, c) => (numeric.has(header[c]) ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd();
  const out = [
    `${title}: ${schedule.items.length} item${schedule.items.length === 1 ? '' : 's'}, ${schedule.start} .. ${schedule.finish}, ${schedule.workingDays} working days`,
    describeCalendar(schedule),
    '',
    line(header),
    ...rows.map(line),
    '',
    '* critical (no float); days and float are working days',
  ];
  if (phases.length) {
    out.push('', 'Phases:');
    for (const phase of phases) out.push(`  ${describePhase(phase)}`);
  }
  const paths = schedule.criticalPaths;
  out.push('');
  paths.forEach((path, i) => out.push(`Critical path${paths.length > 1 ? ` ${i + 1} of ${paths.length}${schedule.criticalPathsTruncated ? '+' : ''}` : ''}: ${path.join(' → ')}`));
  out.push(`Computed end: ${schedule.finish}`);
  return out.join('\n');
}

function describeCalendar(schedule: ComputedSchedule): string {
  const calendar = schedule.calendar;
  if (!calendar) return 'Calendar: Mon-Fri';
  const holidays = calendar.holidays.map((h) => `${h.date} ${h.name}`).join(', ');
  return `Calendar: ${calendar.workweek.join(' ')}${holidays ? `; holidays ${holidays}` : ''}`;
}

function describePhase(phase: PhaseSchedule): string {
  const window = `${phase.id} ${phase.start} .. ${phase.finish} (${phase.windowDays} working days)`;
  const need = phase.chainDays === undefined ? 'work in a cycle' : `work needs ${phase.chainDays} (${phase.chain.join(' → ')})`;
  const computed = phase.computedFinish ? `, computed ${phase.computedStart} .. ${phase.computedFinish}` : '';
  return `${window}: ${need}${computed}`;
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
