import { COMMANDS, type CommandName, type CommandSpec, type Flag } from './commands';

const EXIT_CODES = 'Exit codes: 0 success, 1 content errors, 2 usage errors, 3 internal error.';

/** The command's line in usage: its arguments and every flag. */
export function usageLine(name: CommandName): string {
  const spec: CommandSpec = COMMANDS[name];
  const args = spec.args.map((a) => (a.optional ? `[${a.name}]` : `<${a.name}>`));
  const flags = spec.usage ?? Object.entries(spec.flags).map(([flag, f]) => `[--${flag}${f.value ? ` ${f.value}` : ''}]`).join(' ');
  return ['plansmith', name, ...args, flags].filter(Boolean).join(' ');
}

/** `plansmith --help`: every command with every flag, one summary each. */
export function generalHelp(): string {
  const commands = (Object.keys(COMMANDS) as CommandName[]).flatMap((name) => [`  ${usageLine(name)}`, `      ${COMMANDS[name].summary}`]);
  return [
    'plansmith: turn a plan folder into an Implementation Management Plan (DOCX, PDF, HTML)',
    '',
    'Usage:',
    ...commands,
    '  plansmith <command> --help       flags, defaults and an example of one command',
    '  plansmith --version',
    '',
    `dir defaults to "content". ${EXIT_CODES}`,
  ].join('\n');
}

/** `plansmith <command> --help`: usage, arguments, every flag with its default, examples. */
export function commandHelp(name: CommandName): string {
  const spec: CommandSpec = COMMANDS[name];
  const flagRows: [string, string][] = Object.entries(spec.flags).map(([flag, f]) => [`--${flag}${f.value ? ` ${f.value}` : ''}`, describeFlag(f)]);
  flagRows.push(['-h, --help', 'show this help']);
  const lines = [`Usage: ${usageLine(name)}`, '', `${capitalize(spec.summary)}.`];
  if (spec.args.length) lines.push('', 'Arguments:', ...table(spec.args.map((a) => [a.name, a.help])));
  lines.push('', 'Flags:', ...table(flagRows), '', spec.examples.length > 1 ? 'Examples:' : 'Example:', ...spec.examples.map((e) => `  ${e}`));
  lines.push('', EXIT_CODES);
  return lines.join('\n');
}

function describeFlag(flag: Flag): string {
  return flag.type === 'string' && flag.default !== undefined ? `${flag.help} (default: ${flag.default})` : flag.help;
}

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
