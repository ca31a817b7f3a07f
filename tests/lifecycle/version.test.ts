import { describe, expect, it } from 'vitest';
import { nextVersion, sortVersions } from '../../src/lifecycle/version';

describe('nextVersion (CA-PMF: minor for minimal changes, major for significant ones)', () => {
  it.each([
    ['1.0', 'minor', '1.1'],
    ['1.1', 'minor', '1.2'],
    ['1.9', 'minor', '1.10'],
    ['1.2', 'major', '2.0'],
    ['0.1', 'minor', '0.2'],
    ['0.3', 'major', '1.0'],
  ] as const)('%s --%s gives %s', (last, bump, next) => {
    expect(nextVersion(last, bump)).toBe(next);
  });

  it('rejects a version that is not major.minor', () => {
    expect(() => nextVersion('1.0.1', 'minor')).toThrow(/major\.minor/);
  });

  it('sorts versions numerically, 1.9 before 1.10', () => {
    expect(sortVersions(['1.10', '2.0', '1.9', '0.2'])).toEqual(['0.2', '1.9', '1.10', '2.0']);
  });
});
