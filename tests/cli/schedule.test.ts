import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ComputedSchedule } from '../../src/derive/types';
import { runCli } from '../fixtures/cli';
import { scratchDir } from '../fixtures/scratch';

const CONTENT = join(import.meta.dirname, '../../content');

const run = runCli;

/** A copy of the example plan with one file edited. */
async function editedPlan(file: string, edit: (text: string) => string): Promise<string> {
  const dir = join(await scratchDir('schedule'), 'plan');
  await cp(CONTENT, dir, { recursive: true });
  await writeFile(join(dir, file), edit(await readFile(join(dir, file), 'utf8')));
  return dir;
}

describe('plansmith schedule', () => {
  it('prints each task with its dates, float and critical mark, then the critical paths and the computed end', async () => {
    const { code, out } = await run('schedule', CONTENT);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('Implementation Schedule: 16 items, 2027-01-04 .. 2027-03-26, 58 working days');
    expect(lines[1]).toBe("Calendar: Mon Tue Wed Thu Fri; holidays 2027-01-18 Martin Luther King Jr. Day, 2027-02-15 Presidents' Day");
    expect(lines[3]).toMatch(/^ {3}ID {3}Phase {2}Name +Days {2}Early start {2}Early finish {2}Late start {2}Late finish {2}Float$/);
    expect(lines).toContainEqual(expect.stringMatching(/^\* {2}T01 {2}P1 {5}Provide overall planning .* {5}5 {2}2027-01-04 {3}2027-01-08 {4}2027-01-04 {2}2027-01-08 {7}0$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {3}T02 {2}P1 .* {5}5 {2}2027-01-11 {3}2027-01-15 {4}2027-01-25 {2}2027-01-29 {7}9$/));
    // T10 is given by duration: its dates are computed.
    expect(lines).toContainEqual(expect.stringMatching(/^\* {2}T10 .* 2027-02-08 {3}2027-02-12 /));
    expect(lines).toContain('Critical path 1 of 2: T01 → T03 → T04 → T06 → T10 → T11 → T13 → T14 → T15 → T16');
    expect(lines).toContain('Critical path 2 of 2: T12 → T13 → T14 → T15 → T16');
    expect(lines).toContain('Work packages: 12 items, 2027-01-04 .. 2027-03-26, 58 working days');
    expect(lines).toContain('  P3 2027-02-15 .. 2027-03-05 (14 working days): work needs 14 (WP3.1 → WP3.2 → WP3.3), computed 2027-02-16 .. 2027-03-05');
    expect(lines.filter((l) => l === 'Computed end: 2027-03-26')).toHaveLength(2);
  });

  it('prints the computed schedules as JSON with --json', async () => {
    const { code, out } = await run('schedule', CONTENT, '--json');
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { ok: boolean; schedule: ComputedSchedule; workPackages: ComputedSchedule; phases: { id: string; windowDays: number }[]; diagnostics: unknown[] };
    expect(parsed.ok).toBe(true);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.schedule.items.find((i) => i.id === 'T16')).toMatchObject({
      earlyStart: '2027-03-22', earlyFinish: '2027-03-26', totalFloat: 0, critical: true, dependsOn: [{ id: 'T15', type: 'FS', lagDays: 0 }],
    });
    expect(parsed.workPackages.criticalPaths).toHaveLength(4);
    expect(parsed.phases.map((p) => [p.id, p.windowDays])).toEqual([['P1', 14], ['P2', 15], ['P3', 14], ['P4', 15]]);
  });

  it('exits 1 and reports the cycle when the dependencies form one, printing what can still be computed', async () => {
    const dir = await editedPlan('implementation-schedule.yaml', (text) => text.replace('dependsOn: []', 'dependsOn: [T16]'));
    const { code, out, err } = await run('schedule', dir);
    expect(code).toBe(1);
    expect(err).toMatch(/implementation-schedule\.yaml:\d+:\d+: error: dependency cycle: T01 → T16 → T15 → T14 → T13 → T09 → T07 → T04 → T03 → T01 \[dependency-cycle\]/);
    expect(out).not.toContain('Implementation Schedule:');
    expect(out).toContain('Work packages: 12 items');
  });

  it('reports usage errors with exit code 2', async () => {
    expect((await run('schedule', 'a', 'b')).code).toBe(2);
    expect((await run('schedule', CONTENT, '--gantt')).code).toBe(2);
    expect((await run('--help')).out).toContain('plansmith schedule [dir] [--json]');
  });
});
