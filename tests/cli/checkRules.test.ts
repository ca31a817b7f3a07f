import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../fixtures/cli';
import { scratchDir } from '../fixtures/scratch';

const EXAMPLE = join(import.meta.dirname, '../../examples/library-circulation');

describe('plansmith check with rule settings in plan.yaml', () => {
  it('prints each rule the plan turns off, with its reason and what it silenced', async () => {
    const scratch = await scratchDir('rules');
    const dir = join(scratch, 'plan');
    await cp(EXAMPLE, dir, { recursive: true });
    const staffing = join(dir, 'staffing.yaml');
    await writeFile(staffing, (await readFile(staffing, 'utf8')).replace('totalFte: peak\n', ''));
    const plan = join(dir, 'plan.yaml');
    await writeFile(plan, `${await readFile(plan, 'utf8')}rules:\n  - { rule: total-mismatch, severity: "off", reason: The Total FTE column gives each role's peak }\n`);

    const { code, err } = await runCli('check', dir, '--strict');
    expect(code).toBe(0);
    expect(err).toContain("rule total-mismatch is off (3 silenced): The Total FTE column gives each role's peak");
    expect(err).toContain('plan is valid');
  });
});
