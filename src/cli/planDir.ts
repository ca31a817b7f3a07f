import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from './usage';

/** The plan folder named on the command line (default `content`); it must exist. */
export async function planDir(positionals: string[]): Promise<string> {
  if (positionals.length > 1) throw new UsageError(`expected one plan folder, got ${positionals.length}: ${positionals.join(' ')}`);
  const dir = positionals[0] ?? 'content';
  const info = await stat(resolve(dir)).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`plan folder "${dir}" does not exist or is not a folder`);
  return dir;
}
