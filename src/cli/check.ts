import { parseArgs } from 'node:util';
import { checkPlan } from '../pipeline/check';
import { COMMANDS } from './commands';
import { parseMaxWarnings, printDiagnostics, tooManyWarnings, type Output } from './io';
import { planDir } from './planDir';

export async function checkCommand(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: COMMANDS.check.flags });
  const maxWarnings = parseMaxWarnings(values['max-warnings']);
  const dir = await planDir(positionals);
  const result = await checkPlan(dir, { strict: values.strict });
  if (values.json) {
    io.out(JSON.stringify({ ok: result.ok, diagnostics: result.diagnostics, rules: result.rules }, null, 2));
  } else {
    printDiagnostics(result.diagnostics, [...Object.values(result.sources), ...(result.otherSources ?? [])], io, values);
    for (const rule of result.rules) {
      io.err(`rule ${rule.rule} is ${rule.severity === 'off' ? 'off' : 'down to a warning'} (${rule.count} silenced): ${rule.reason}`);
    }
    if (result.ok) io.err(`${dir}: plan is valid${result.diagnostics.length ? ' (with warnings)' : ''}`);
  }
  return result.ok && !tooManyWarnings(result.diagnostics, maxWarnings, io) ? 0 : 1;
}
