import { basename } from 'node:path';

/**
 * How the user runs plansmith, for the commands we suggest: `npx plansmith` from a checkout or through npx,
 * `npm run plansmith --` through the package script, plain `plansmith` when it is installed on the PATH.
 */
export function invocation(env: NodeJS.ProcessEnv = process.env, script: string = process.argv[1] ?? ''): string {
  if (env.npm_command === 'run-script' && env.npm_lifecycle_event === 'plansmith') return 'npm run plansmith --';
  if (env.npm_command !== 'exec' && basename(script) === 'plansmith') return 'plansmith';
  return 'npx plansmith';
}
