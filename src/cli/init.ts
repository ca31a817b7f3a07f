import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chooseDate } from '../lifecycle/date';
import { initPlan, InitRefused } from '../lifecycle/init';
import { COMMANDS } from './commands';
import { invocation } from './invocation';
import type { Output } from './io';
import { UsageError } from './usage';

/** `plansmith init <dir>`: a new plan folder from the starter. */
export async function initCommand(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: COMMANDS.init.flags });
  if (positionals.length !== 1) throw new UsageError('init needs exactly one folder: plansmith init <dir>');
  const [dir] = positionals;
  const date = dateOrUsage(() => chooseDate({ flag: values.date, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH, now: new Date() }));
  let files: string[];
  try {
    ({ files } = await initPlan(dir, { date }));
  } catch (error) {
    if (error instanceof InitRefused) throw new UsageError(error.message);
    throw error;
  }
  if (values.json) {
    io.out(JSON.stringify({ dir, files }, null, 2));
    return 0;
  }
  const sections = files.filter((f) => !f.includes('/') && /\.(ya?ml|md)$/.test(f) && f !== 'README.md');
  const extras = ['schemas/', '.gitignore', ...(files.includes('README.md') ? ['README.md'] : [])];
  io.err(`created ${dir}: plan.yaml and ${sections.length - 1} section files, ${extras.join(', ')}`);
  const run = invocation();
  const lines = [
    ...(files.includes('README.md') ? [`read ${join(dir, 'README.md')}: how the folder is laid out and how to fill it in`] : []),
    'replace the placeholders ("[...]", "Name", "xxxx@xxx.xxxx", "XX/XX/XXXX"); delete the sections you do not use',
    `${run} check ${dir}            lists what is left (as warnings)`,
    `${run} build ${dir} --out ${join(dir, 'out')}`,
  ];
  lines.forEach((line, i) => io.err(`${i === 0 ? 'next: ' : '      '}${line}`));
  return 0;
}

/** A bad --date or SOURCE_DATE_EPOCH is a usage error (exit 2). */
export function dateOrUsage(choose: () => string): string {
  try {
    return choose();
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
}
