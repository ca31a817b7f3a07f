import { parseArgs } from 'node:util';
import { COMMANDS } from './commands';
import { isoDate } from '../content/sections/fields';
import { summarize } from '../diagnostics/format';
import { chooseDate } from '../lifecycle/date';
import { importPlan, ImportRefused, UnsupportedImport } from '../import';
import { checkPlan } from '../pipeline/check';
import { dateOrUsage } from './init';
import type { Output } from './io';
import { UsageError } from './usage';

/** `plansmith import <file> <dir>`: a plan folder from an existing plan document, then `check` on it. */
export async function importCommand(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: COMMANDS.import.flags,
  });
  if (positionals.length !== 2) throw new UsageError('import needs a document and a folder');
  const [file, dir] = positionals;
  const date = dateOrUsage(() => chooseDate({ flag: values.date, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH, now: new Date() }));
  if (values.start !== undefined && !isoDate.safeParse(values.start).success) throw new UsageError(`--start must be a date written YYYY-MM-DD, got "${values.start}"`);
  const weekOne = values.start ?? mondayOnOrAfter(date);
  let result;
  try {
    result = await importPlan(file, dir, { date, weekOne });
  } catch (error) {
    if (error instanceof ImportRefused || error instanceof UnsupportedImport) throw new UsageError(error.message);
    if ((error as { code?: string }).code === 'ENOENT') throw new UsageError(`cannot read "${file}": no such file`);
    throw error;
  }
  const check = await checkPlan(dir);
  if (values.json) {
    io.out(JSON.stringify({ dir, files: result.files, decisions: result.decisions, check: { ok: check.ok, diagnostics: check.diagnostics } }, null, 2));
  } else {
    io.err(`imported ${file} into ${dir}: plan.yaml and ${result.sections} section files; ${result.decisions} decisions listed in ${dir}/IMPORT.md`);
    io.err(`check: ${check.diagnostics.length ? summarize(check.diagnostics) : 'no problems'}`);
    io.err(`next: read ${dir}/IMPORT.md, then plansmith check ${dir} for every problem with its place`);
  }
  return check.ok ? 0 : 1;
}

/** The Monday on or after a date: where week 1 starts by default. */
export function mondayOnOrAfter(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + ((8 - day.getUTCDay()) % 7));
  return day.toISOString().slice(0, 10);
}
