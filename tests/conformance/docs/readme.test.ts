/**
 * Every plansmith command in the README's shell blocks, run in order as a reader would type them, in a folder of
 * the test's own: each exits 0, as the README shows it. Between the commands the test does what the README's prose
 * asks of the reader (fill the placeholders in before the first release, edit a file before the diff).
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../lifecycle/fillPlaceholders';
import { scratchDir } from '../../fixtures/scratch';

const ROOT = join(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/plansmith.js');
const run = promisify(execFile);

/** The README's shell commands, in order: `plansmith ...` (with or without npx) and `cd`. */
export function readmeCommands(readme: string): string[][] {
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks
    .flatMap((block) => block.split('\n'))
    .map((line) => line.replace(/\s+#.*$/, ''))
    .flatMap((line) => line.split('&&'))
    .map((command) => (command.match(/"[^"]*"|\S+/g) ?? []).map((word) => word.replace(/^"|"$/g, '')))
    .map((words) => (words[0] === 'npx' ? words.slice(1) : words))
    .filter((words) => words[0] === 'plansmith' || words[0] === 'cd');
}

describe('the README', () => {
  it('lists its commands: init, check, release, diff and verify at least', async () => {
    const commands = readmeCommands(await readFile(join(ROOT, 'README.md'), 'utf8')).map((words) => words[1]);
    expect(commands).toEqual(expect.arrayContaining(['init', 'check', 'release', 'diff', 'verify']));
  });

  it('every plansmith command in it exits as the README shows', async () => {
    const commands = readmeCommands(await readFile(join(ROOT, 'README.md'), 'utf8'));
    let cwd = await scratchDir('readme');
    let day = Date.UTC(2027, 0, 4) / 1000;
    let released = 0;
    for (const [program, ...args] of commands) {
      if (program === 'cd') {
        cwd = join(cwd, args[0]);
        continue;
      }
      const [command] = args;
      if (command === 'release' && released === 0) await fillPlaceholders(cwd);
      if (command === 'diff') {
        const materials = join(cwd, 'materials.yaml');
        await writeFile(materials, (await readFile(materials, 'utf8')).replace('owner: Technical Lead', 'owner: Project Manager'));
      }
      if (command === 'release') released++;
      // One day per command, so each release is dated after the one before.
      day += 86_400;
      const { code, stderr } = await run(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, SOURCE_DATE_EPOCH: String(day) } }).then(
        (done) => ({ code: 0, stderr: done.stderr }),
        (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
      );
      expect(code, `plansmith ${args.join(' ')}\n${stderr}`).toBe(0);
    }
    expect(released).toBeGreaterThanOrEqual(2);
  }, 300_000);
});
