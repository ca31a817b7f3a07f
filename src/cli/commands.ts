import { FORMATS } from '../writers';
import type { Output } from './io';

/**
 * Every command in one table: its arguments, flags (as `parseArgs` reads them, with the words `--help` prints) and
 * an example. The general usage and each command's `--help` are drawn from here, so a new command is one entry.
 */

export type Command = (args: string[], io: Output) => Promise<number>;

export interface Flag {
  type: 'string' | 'boolean';
  default?: string | boolean;
  /** How the value is written in usage, e.g. DIR. */
  value?: string;
  help: string;
}

export interface Argument {
  name: string;
  optional: boolean;
  help: string;
}

export interface CommandSpec {
  summary: string;
  args: readonly Argument[];
  flags: Readonly<Record<string, Flag>>;
  /** Usage of the flags when the generated one would not say it (flags that go together). */
  usage?: string;
  examples: readonly string[];
  /** Loaded on demand, so `check` never pays for loading the DOCX and PDF writers. */
  load: () => Promise<Command>;
}

const json = { type: 'boolean', default: false, help: 'print machine-readable JSON on stdout' } as const;
const strict = { type: 'boolean', default: false, help: 'treat warnings as errors' } as const;

/** How diagnostics are printed (see diagnostics/report.ts). */
const reportFlags = {
  verbose: { type: 'boolean', default: false, help: 'show the code frame and hint of every warning too' },
  quiet: { type: 'boolean', default: false, help: 'print errors only, no warnings' },
  'max-warnings': { type: 'string', value: 'N', help: 'exit 1 when there are more than N warnings' },
} as const;

/** Options `build` and `watch` share: where, which paper, which name. */
const outputFlags = {
  out: { type: 'string', default: 'out', value: 'DIR', help: 'folder the documents are written to' },
  paper: { type: 'string', value: 'letter|a4', help: "paper size, overriding theme.yaml's" },
  name: { type: 'string', value: 'NAME', help: "base name of the files (default: the plan's title as a slug)" },
  strict,
} as const;

const planFolder = { name: 'dir', optional: true, help: 'the plan folder (default: content)' } as const;

export const COMMANDS = {
  check: {
    summary: 'validate the plan folder and cross-check its sections',
    args: [planFolder],
    flags: { strict, json, ...reportFlags },
    examples: ['plansmith check content', 'plansmith check content --strict --quiet'],
    load: async () => (await import('./check')).checkCommand,
  },
  build: {
    summary: 'check, then write the documents (all formats or nothing)',
    args: [planFolder],
    flags: {
      format: { type: 'string', default: FORMATS.join(','), value: 'LIST', help: `comma-separated formats: ${FORMATS.join(', ')}` },
      ...outputFlags,
      json,
      ...reportFlags,
    },
    examples: ['plansmith build content --out out', 'plansmith build content --format pdf --paper a4 --name plan'],
    load: async () => (await import('./build')).buildCommand,
  },
  schedule: {
    summary: 'computed schedule: early/late dates, float, critical paths',
    args: [planFolder],
    flags: { json },
    examples: ['plansmith schedule content'],
    load: async () => (await import('./schedule')).scheduleCommand,
  },
  schema: {
    summary: 'write the JSON Schema of every section file, for editors',
    args: [],
    flags: { out: { type: 'string', default: 'schemas', value: 'DIR', help: 'folder the schemas are written to' } },
    examples: ['plansmith schema --out schemas'],
    load: async () => (await import('./schema')).schemaCommand,
  },
  init: {
    summary: 'start a plan folder from the template (placeholders, guidance)',
    args: [{ name: 'dir', optional: false, help: 'the new plan folder (must not exist or be empty)' }],
    flags: {
      date: { type: 'string', value: 'YYYY-MM-DD', help: 'date of the first version-history entry (default: today, or SOURCE_DATE_EPOCH)' },
      json,
    },
    examples: ['plansmith init my-plan'],
    load: async () => (await import('./init')).initCommand,
  },
  import: {
    summary: 'a plan folder from an existing plan document (DOCX, Markdown or text), then check it',
    args: [
      { name: 'file', optional: false, help: 'the document: .docx, .md or .txt' },
      { name: 'dir', optional: false, help: 'the new plan folder (must not exist or be empty)' },
    ],
    flags: {
      start: { type: 'string', value: 'YYYY-MM-DD', help: 'the Monday of "Week 1" when the document gives weeks rather than dates (default: the Monday on or after --date)' },
      date: { type: 'string', value: 'YYYY-MM-DD', help: 'the day of the import, dated in the version history (default: today, or SOURCE_DATE_EPOCH)' },
      json,
    },
    examples: ['plansmith import last-year.docx my-plan', 'plansmith import roadmap.md my-plan --start 2027-01-04'],
    load: async () => (await import('./import')).importCommand,
  },
  watch: {
    summary: 'rebuild on every save and serve a live preview',
    args: [planFolder],
    flags: {
      port: { type: 'string', default: '4321', value: 'PORT', help: 'port of the preview on 127.0.0.1 (0 for any free port)' },
      format: { type: 'string', default: 'html', value: 'LIST', help: `formats written after each good build: ${FORMATS.join(', ')}` },
      ...outputFlags,
      json: { ...json, help: 'print one JSON object per build on stdout' },
      verbose: reportFlags.verbose,
      quiet: reportFlags.quiet,
    },
    examples: ['plansmith watch content', 'plansmith watch content --port 0 --format html,pdf'],
    load: async () => (await import('./watch')).watchCommand,
  },
  release: {
    summary: 'add the next version to the history and archive its documents',
    args: [planFolder],
    flags: {
      minor: { type: 'boolean', default: false, help: 'a minor version (small changes); one of --minor or --major is needed' },
      major: { type: 'boolean', default: false, help: 'a major version (significant changes)' },
      summary: { type: 'string', value: '"..."', help: 'the key differences, for the version history (required)' },
      author: { type: 'string', value: 'NAME', help: 'who made the changes (default: the plan\'s "preparedBy")' },
      archive: { type: 'string', default: 'archive', value: 'DIR', help: 'the archive folder' },
      date: { type: 'string', value: 'YYYY-MM-DD', help: 'release date (default: today, or SOURCE_DATE_EPOCH)' },
      'allow-unchanged': { type: 'boolean', default: false, help: 'release even when nothing changed since the last version' },
      json: { ...json, help: 'print the manifest as JSON on stdout' },
    },
    usage: '--minor|--major --summary "..." [--author NAME] [--archive DIR] [--date YYYY-MM-DD] [--allow-unchanged] [--json]',
    examples: ['plansmith release content --minor --summary "Updated the contacts"'],
    load: async () => (await import('./release')).releaseCommand,
  },
  verify: {
    summary: 're-hash and rebuild every released version',
    args: [{ name: 'archive', optional: true, help: 'the archive folder (default: archive)' }],
    flags: {
      'hashes-only': { type: 'boolean', default: false, help: 'check the hashes without rebuilding the documents' },
      json,
    },
    examples: ['plansmith verify archive'],
    load: async () => (await import('./verify')).verifyCommand,
  },
  diff: {
    summary: 'compare versions or plan folders, section by section',
    args: [
      { name: 'a', optional: false, help: 'a released version (e.g. 1.0) or a plan folder' },
      { name: 'b', optional: false, help: 'a released version or a plan folder' },
    ],
    flags: { archive: { type: 'string', default: 'archive', value: 'DIR', help: 'the archive the versions are in' }, json },
    examples: ['plansmith diff 1.0 content'],
    load: async () => (await import('./diff')).diffCommand,
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

export function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}
