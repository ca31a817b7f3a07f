import { packageVersion, processOutput, type Output } from './io';
import { describeFailure } from './failure';
import { HELP, UsageError } from './usage';

type Command = (args: string[], io: Output) => Promise<number>;

/** Commands load on demand, so `check` never pays for loading the DOCX and PDF writers. */
const commands: Record<string, () => Promise<Command>> = {
  build: async () => (await import('./build')).buildCommand,
  check: async () => (await import('./check')).checkCommand,
  diff: async () => (await import('./diff')).diffCommand,
  import: async () => (await import('./import')).importCommand,
  init: async () => (await import('./init')).initCommand,
  release: async () => (await import('./release')).releaseCommand,
  schedule: async () => (await import('./schedule')).scheduleCommand,
  schema: async () => (await import('./schema')).schemaCommand,
  verify: async () => (await import('./verify')).verifyCommand,
  watch: async () => (await import('./watch')).watchCommand,
};

/** Runs one command line and returns the exit code; never throws. */
export async function main(argv: string[], io: Output = processOutput): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    io.out(await packageVersion());
    return 0;
  }
  try {
    if (!Object.hasOwn(commands, name)) throw new UsageError(`unknown command "${name}"`);
    const command = await commands[name]();
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`plansmith: ${(error as Error).message}\n\n${HELP}`);
      return 2;
    }
    const { message, exitCode } = describeFailure(error, Boolean(process.env.PLANSMITH_DEBUG));
    io.err(message);
    return exitCode;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
