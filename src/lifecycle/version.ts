import { compareVersions } from '../checks/versionHistory';

/** CA-PMF convention: a minor version (1.1, 1.2) for minimal changes, a major one (2.0) for significant ones. */
export type Bump = 'minor' | 'major';

/** The version after `last`: 1.0 -> 1.1 (minor) or 2.0 (major); 1.9 -> 1.10. */
export function nextVersion(last: string, bump: Bump): string {
  const match = /^(\d+)\.(\d+)$/.exec(last);
  if (!match) throw new RangeError(`"${last}" is not a version written "major.minor"`);
  const [major, minor] = [Number(match[1]), Number(match[2])];
  return bump === 'major' ? `${major + 1}.0` : `${major}.${minor + 1}`;
}

/** Sorts version strings oldest first (1.9 before 1.10). */
export function sortVersions(versions: Iterable<string>): string[] {
  return [...versions].sort(compareVersions);
}

export const VERSION_PATTERN = /^\d+\.\d+$/;
