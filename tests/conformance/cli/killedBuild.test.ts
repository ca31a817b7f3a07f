import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/pipeline/build';
import { scratchDir } from '../../fixtures/scratch';

const ROOT = join(import.meta.dirname, '../../..');
const NAMES = ['implementation-management-plan.docx', 'implementation-management-plan.html', 'implementation-management-plan.pdf'];

/** Starts `plansmith build` and kills it with SIGKILL after `ms`, or lets it finish if it is faster. */
function buildAndKill(outDir: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/plansmith.js'), 'build', join(ROOT, 'content'), '--out', outDir], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('a build killed at any moment', () => {
  it('leaves every output either as it was or complete, never partial', async () => {
    const reference = await scratchDir('ref');
    await buildPlan(join(ROOT, 'content'), { formats: ['docx', 'pdf', 'html'], outDir: reference });
    const complete = Object.fromEntries(await Promise.all(NAMES.map(async (n) => [n, await readFile(join(reference, n))] as const)));

    for (const ms of [400, 1200, 2500, 4000]) {
      const out = await scratchDir('killed');
      for (const name of NAMES) await writeFile(join(out, name), `previous ${name}`);
      await buildAndKill(out, ms);
      for (const name of NAMES) {
        const bytes = await readFile(join(out, name));
        const intact = bytes.equals(Buffer.from(`previous ${name}`)) || bytes.equals(complete[name]);
        expect(intact, `${name} after a kill at ${ms} ms`).toBe(true);
      }
      // A later build replaces everything and sweeps temporaries a killed build left behind.
      await buildPlan(join(ROOT, 'content'), { formats: ['docx', 'pdf', 'html'], outDir: out });
      expect((await readdir(out)).sort()).toEqual(NAMES);
    }
  }, 240_000);
});
