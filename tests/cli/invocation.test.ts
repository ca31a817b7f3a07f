import { describe, expect, it } from 'vitest';
import { invocation } from '../../src/cli/invocation';

describe('how the user runs plansmith, for the commands we suggest', () => {
  it('npx plansmith from a checkout (node bin/plansmith.js) or through npx', () => {
    expect(invocation({}, '/work/plansmith/bin/plansmith.js')).toBe('npx plansmith');
    expect(invocation({ npm_command: 'exec' }, '/work/plansmith/node_modules/.bin/plansmith')).toBe('npx plansmith');
  });

  it('npm run plansmith -- through the package script', () => {
    expect(invocation({ npm_command: 'run-script', npm_lifecycle_event: 'plansmith' }, '/work/plansmith/bin/plansmith.js')).toBe('npm run plansmith --');
  });

  it('plansmith when it is installed on the PATH', () => {
    expect(invocation({}, '/usr/local/bin/plansmith')).toBe('plansmith');
  });
});
