import '../content/zodConfig';
import { COMMANDS, isCommand } from './commands';
import { printable } from '../diagnostics/printable';
import { describeFailure } from './failure';
import { commandHelp, generalHelp, usageLine } from './help';
import { packageVersion, processOutput, type Output } from './io';
import { UsageError } from './usage';

/** Runs one command line and returns the exit code; never throws. */
export async function main(argv: string[], io: Output = processOutput): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.out(generalHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    io.out(await packageVersion());
    return 0;
  }
  if (name === 'help') {
    const [topic] = rest;
    if (topic !== undefined && !isCommand(topic)) return usageError(io, `unknown command "${topic}"`);
    io.out(topic === undefined ? generalHelp() : commandHelp(topic));
    return 0;
  }
  if (!isCommand(name)) return usageError(io, `unknown command "${name}"`);
  if (asksForHelp(rest)) {
    io.out(commandHelp(name));
    return 0;
  }
  try {
    const command = await COMMANDS[name].load();
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      return usageError(io, (error as Error).message, name);
    }
    const { message, exitCode } = describeFailure(error, Boolean(process.env.PLANSMITH_DEBUG));
    io.err(message);
    return exitCode;
  }
}

/** `--help` or `-h` among the flags (not after `--`, where everything is an argument). */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** A bad command line: what is wrong, the usage, where to read more; exit 2. */
function usageError(io: Output, message: string, name?: keyof typeof COMMANDS): number {
  const usage = name ? `usage: ${usageLine(name)}\nrun "plansmith ${name} --help" for every flag and an example` : generalHelp();
  io.err(`plansmith: ${printable(message)}\n\n${usage}`);
  return 2;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
