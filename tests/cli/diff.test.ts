import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../fixtures/cli';
import { scratchDir } from '../fixtures/scratch';

const CONTENT = join(import.meta.dirname, '../../content');

describe('plansmith diff', () => {
  it('prints what changed with control characters escaped, so a value cannot retitle or clear the terminal', async () => {
    const root = await scratchDir('diff');
    const before = join(root, 'before');
    const after = join(root, 'after');
    await cp(CONTENT, before, { recursive: true });
    await cp(CONTENT, after, { recursive: true });
    const file = join(after, 'plan.yaml');
    const yaml = await readFile(file, 'utf8');
    await writeFile(file, yaml.replace(/^project: .*$/m, 'project: "Pilot \\e]0;pwned\\a\\e[2J"'));
    const { code, out } = await runCli('diff', before, after);
    expect(code).toBe(0);
    expect(out).toContain('\\x1b]0;pwned\\x07');
    expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/);
  });
});
