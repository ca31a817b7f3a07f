import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { generatePlanFiles, writePlanFolder } from '../../bench/generate';
import { BASE_GLOSSARY } from '../../bench/vocabulary';
import { formatDiagnostic } from '../../src/diagnostics/format';
import { checkPlan } from '../../src/pipeline/check';

const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })));
});

async function writtenPlan(scale: number, seed?: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `plansmith-generate-${scale}-`));
  folders.push(dir);
  await writePlanFolder(dir, scale, seed);
  return dir;
}

const yamlOf = (files: Map<string, string>, name: string) => parse(files.get(name)!) as Record<string, unknown[]>;

describe('the benchmark plan generator', () => {
  it.each([1, 3])('writes a plan folder at N=%i that passes check --strict', async (scale) => {
    const result = await checkPlan(await writtenPlan(scale), { strict: true });
    expect(result.diagnostics.map((d) => formatDiagnostic(d, new Map()))).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('writes the images the plan refers to', async () => {
    const dir = await writtenPlan(1);
    expect((await readdir(join(dir, 'assets'))).sort()).toEqual(['logo.png', 'system-organization.png']);
    expect(await readFile(join(dir, 'plan.yaml'), 'utf8')).toContain('src: assets/logo.png');
  });

  it('gives the same files for the same scale and seed, and other files for another seed', () => {
    const first = generatePlanFiles(3, 7);
    const again = generatePlanFiles(3, 7);
    expect([...again.keys()]).toEqual([...first.keys()]);
    for (const [name, text] of first) expect(again.get(name), name).toBe(text);
    expect(generatePlanFiles(3, 8).get('points-of-contact.yaml')).not.toBe(first.get('points-of-contact.yaml'));
  });

  it('never calls Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    generatePlanFiles(2);
    expect(random).not.toHaveBeenCalled();
    random.mockRestore();
  });

  it.each([1, 4])('grows the lists linearly with N (N=%i)', (scale) => {
    const files = generatePlanFiles(scale);
    expect(yamlOf(files, 'sites.yaml').sites).toHaveLength(scale);
    expect(yamlOf(files, 'points-of-contact.yaml').contacts).toHaveLength(10 * scale);
    expect(yamlOf(files, 'implementation-schedule.yaml').tasks).toHaveLength(20 * scale);
    expect(yamlOf(files, 'major-tasks.yaml').tasks).toHaveLength(20 * scale);
    expect(yamlOf(files, 'hardware.yaml').components).toHaveLength(5 * scale);
    expect(yamlOf(files, 'software.yaml').components).toHaveLength(5 * scale);
    expect(yamlOf(files, 'glossary.yaml').terms).toHaveLength(Math.max(10 * scale, BASE_GLOSSARY.length));
    expect(yamlOf(files, 'raci.yaml').activities).toHaveLength(8 * scale);
  });

  it('schedules every task after the tasks it depends on, inside the phases, with some dependencies', () => {
    const files = generatePlanFiles(5);
    const tasks = yamlOf(files, 'implementation-schedule.yaml').tasks as { id: string; start: string; finish: string; dependsOn: string[] }[];
    const phases = yamlOf(files, 'phases.yaml').phases as { start: string; finish: string }[];
    const byId = new Map(tasks.map((t) => [t.id, t]));
    const first = phases[0].start;
    const last = phases[phases.length - 1].finish;
    for (const task of tasks) {
      expect(task.start >= first && task.finish <= last && task.start <= task.finish, task.id).toBe(true);
      for (const dep of task.dependsOn) expect(byId.get(dep)!.finish < task.start, `${task.id} after ${dep}`).toBe(true);
    }
    expect(tasks.filter((t) => t.dependsOn.length > 0).length).toBeGreaterThan(tasks.length / 2);
  });

  it('rejects a scale below 1', () => {
    expect(() => generatePlanFiles(0)).toThrow(RangeError);
  });
});
