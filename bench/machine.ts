import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

/** What the figures were measured on. */
export interface Machine {
  cores: number;
  memoryGiB: number;
  cpu: string;
  os: string;
  node: string;
  pandoc: string;
  wkhtmltopdf: string;
}

export function describeMachine(): Machine {
  return {
    cores: availableParallelism(),
    memoryGiB: totalmem() / 1024 ** 3,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    os: /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readText('/etc/os-release'))?.[1] ?? process.platform,
    node: process.version,
    pandoc: firstLine(['pandoc', '--version']),
    wkhtmltopdf: firstLine(['wkhtmltopdf', '--version']),
  };
}

/** 1-, 5- and 15-minute load averages: other work on the machine slows every contender alike. */
export function loadAverages(): [number, number, number] {
  const [a, b, c] = loadavg();
  return [a, b, c];
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function firstLine([file, ...args]: string[]): string {
  try {
    return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0].trim();
  } catch {
    return 'not installed';
  }
}

/** Pages of a PDF, read by poppler's pdfinfo. */
export function pdfPages(path: string): number | undefined {
  try {
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const pages = /^Pages:\s+(\d+)/m.exec(info)?.[1];
    return pages === undefined ? undefined : Number(pages);
  } catch {
    return undefined;
  }
}
