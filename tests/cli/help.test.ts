import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { COMMANDS, type CommandName } from '../../src/cli/commands';
import { commandHelp, generalHelp } from '../../src/cli/help';
import { DEFAULT_PORT } from '../../src/watch';
import { runCli } from '../fixtures/cli';

const names = Object.keys(COMMANDS) as CommandName[];

describe('plansmith <command> --help', () => {
  it.each(names)('%s --help prints its usage, every flag with its default and an example, and exits 0', async (name) => {
    for (const flag of ['--help', '-h']) {
      const { code, out, err } = await runCli(name, flag);
      expect(code).toBe(0);
      expect(err).toBe('');
      expect(out).toBe(commandHelp(name));
    }
    const help = commandHelp(name);
    expect(help).toMatch(new RegExp(`^Usage: plansmith ${name}\\b`));
    for (const [flag, spec] of Object.entries(COMMANDS[name].flags)) {
      expect(help).toContain(`--${flag}`);
      if (spec.type === 'string' && 'default' in spec) expect(help).toContain(`(default: ${spec.default})`);
    }
    expect(help).toMatch(/^Examples?:\n {2}plansmith /m);
  });

  it('wins over the other arguments, even ones that would be a usage error', async () => {
    const { code, out } = await runCli('build', '/no/such/folder', '--format', 'odt', '--help');
    expect(code).toBe(0);
    expect(out).toBe(commandHelp('build'));
  });

  it('is an argument after "--", not a request for help', async () => {
    const { code, err } = await runCli('check', '--', '--help');
    expect(code).toBe(2);
    expect(err).toContain('plan folder "--help" does not exist');
  });

  it('plansmith help <command> prints the same', async () => {
    expect((await runCli('help', 'release')).out).toBe(commandHelp('release'));
    expect((await runCli('help', 'nope')).code).toBe(2);
  });

  it('every example in the help parses with the command\'s own flags', () => {
    for (const name of names) {
      for (const example of COMMANDS[name].examples) {
        const words = example.match(/"[^"]*"|\S+/g)!.map((w) => w.replace(/^"|"$/g, ''));
        expect(words.slice(0, 2)).toEqual(['plansmith', name]);
        expect(() => parseArgs({ args: words.slice(2), allowPositionals: true, options: COMMANDS[name].flags }), example).not.toThrow();
      }
    }
  });

  it("watch's default port is the preview's", () => {
    expect(COMMANDS.watch.flags.port.default).toBe(String(DEFAULT_PORT));
  });
});

describe('plansmith --help and --version', () => {
  it('the general usage names every command and every flag of each (build --name included)', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const { code, out } = await runCli(flag);
      expect(code).toBe(0);
      expect(out).toBe(generalHelp());
    }
    const help = generalHelp();
    for (const name of names) {
      const line = help.split('\n').find((l) => l.startsWith(`  plansmith ${name} `) || l === `  plansmith ${name}`);
      expect(line, name).toBeDefined();
      for (const flag of Object.keys(COMMANDS[name].flags)) expect(line, `${name} --${flag}`).toContain(`--${flag}`);
    }
    expect(help).toMatch(/plansmith build .*--name NAME/);
  });

  it('--version prints the version of the package', async () => {
    const { code, out } = await runCli('--version');
    expect(code).toBe(0);
    expect(out).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('a usage error names the command and points at its --help, not at the whole usage', async () => {
    const { code, err } = await runCli('build', '--bogus');
    expect(code).toBe(2);
    expect(err).toContain("Unknown option '--bogus'");
    expect(err).toContain('usage: plansmith build [dir] [--format LIST]');
    expect(err).toContain('run "plansmith build --help"');
    expect(err).not.toContain('plansmith verify');
  });
});
