import { execFileSync } from 'node:child_process';
import { cp, mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';

/** What a plansmith process needs besides node_modules, and the script that compiles it into dist/. */
const CODE = ['bin', 'src', 'templates', 'content', 'package.json', 'tsconfig.json', 'scripts/bundle.mjs'];

/**
 * Copies the code a run measures into `work`, with node_modules linked rather than copied, and compiles it. A full run takes
 * a quarter of an hour; with a snapshot, editing the working tree meanwhile cannot change what is measured
 * halfway through.
 */
export async function snapshotCode(repo: string, work: string): Promise<string> {
  const root = join(work, 'code');
  await mkdir(root, { recursive: true });
  for (const entry of CODE) await cp(join(repo, entry), join(root, entry), { recursive: true });
  await symlink(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
  // Compiled as `npm ci` compiles it, so the processes measured run what a user runs.
  execFileSync(process.execPath, [join(root, 'scripts/bundle.mjs')], { stdio: 'inherit' });
  return root;
}
