import { join } from 'node:path';
import type { Command } from './measure';

export type Tool = 'plansmith' | 'pandoc';
/** What a run produces: `check` validates only; `all` is DOCX, HTML and PDF together. */
export type Task = 'check' | 'html' | 'docx' | 'pdf' | 'all';

/** One command measured at one scale. */
export interface Contender {
  tool: Tool;
  task: Task;
  command: Command;
  /** Files whose sizes are reported (PDF pages are counted from the `.pdf` ones). */
  outputs: string[];
}

export interface ScaleFiles {
  repo: string;
  planDir: string;
  markdown: string;
  title: string;
  /** Folder the outputs of this scale go to, one subfolder per contender. */
  outRoot: string;
}

const OUTPUT_NAME = 'plan';

/**
 * The contenders at one scale, interleaved plansmith / pandoc so that a round alternates the tools.
 * plansmith runs as a user runs it (a whole `node bin/plansmith.js` process); pandoc reads the Markdown that
 * plansmith's templates produce, in the plan folder so that relative image paths resolve.
 */
export function contendersFor(files: ScaleFiles): Contender[] {
  const plansmith = (task: Task): Contender => {
    const out = join(files.outRoot, `plansmith-${task}`);
    const cli = [process.execPath, join(files.repo, 'bin/plansmith.js')];
    if (task === 'check') return { tool: 'plansmith', task, command: { argv: [...cli, 'check', files.planDir], cwd: files.repo }, outputs: [] };
    const formats = task === 'all' ? ['docx', 'pdf', 'html'] : [task];
    return {
      tool: 'plansmith',
      task,
      command: { argv: [...cli, 'build', files.planDir, '--format', formats.join(','), '--out', out, '--name', OUTPUT_NAME], cwd: files.repo },
      outputs: formats.map((f) => join(out, `${OUTPUT_NAME}.${f}`)),
    };
  };
  const pandoc = (task: Exclude<Task, 'check'>): Contender => {
    const out = join(files.outRoot, `pandoc-${task}`);
    const formats = task === 'all' ? (['docx', 'html', 'pdf'] as const) : [task];
    const commands = formats.map((format) => pandocArgv(files, format, join(out, `${OUTPUT_NAME}.${format}`)));
    // The three-format path is what a team's script would do: one pandoc run after the other.
    const argv = commands.length === 1 ? commands[0] : ['/bin/sh', '-c', commands.map((c) => c.map(shellQuote).join(' ')).join(' && ')];
    return { tool: 'pandoc', task, command: { argv, cwd: files.planDir }, outputs: formats.map((f) => join(out, `${OUTPUT_NAME}.${f}`)) };
  };
  return [
    plansmith('check'),
    pandoc('html'),
    plansmith('html'),
    pandoc('docx'),
    plansmith('docx'),
    pandoc('pdf'),
    plansmith('pdf'),
    pandoc('all'),
    plansmith('all'),
  ];
}

/** Every format with a table of contents, as plansmith's have: DOCX; standalone HTML; PDF through wkhtmltopdf. */
function pandocArgv(files: ScaleFiles, format: 'docx' | 'html' | 'pdf', output: string): string[] {
  const base = ['pandoc', '--from', 'gfm', files.markdown, '--output', output, '--toc'];
  if (format === 'docx') return base;
  const standalone = [...base, '--standalone', '--metadata', `title=${files.title}`];
  return format === 'html' ? standalone : [...standalone, '--pdf-engine=wkhtmltopdf'];
}

function shellQuote(arg: string): string {
  return /^[A-Za-z0-9_./=:,-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** Output folders the contenders write into (created before the runs). */
export function outputDirs(contenders: readonly Contender[]): string[] {
  return [...new Set(contenders.flatMap((c) => c.outputs.map((o) => o.slice(0, o.lastIndexOf('/')))))];
}
