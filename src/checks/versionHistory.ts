import type { CrossCheck, Finding } from './finding';

/** The version history is ordered: each version is greater than the one before and not dated earlier. */
export const versionHistoryIncreases: CrossCheck = ({ meta }) => {
  const findings: Finding[] = [];
  for (let i = 1; i < meta.versions.length; i++) {
    const previous = meta.versions[i - 1];
    const current = meta.versions[i];
    if (compareVersions(current.version, previous.version) <= 0) {
      findings.push({
        origin: 'meta',
        path: ['versions', i, 'version'],
        severity: 'error',
        code: 'version-order',
        message: `version "${current.version}" does not follow "${previous.version}": versions must strictly increase`,
        hint: 'list the history oldest first; a minor change gives x.(y+1), a major one (x+1).0',
      });
    }
    if (current.date < previous.date) {
      findings.push({
        origin: 'meta',
        path: ['versions', i, 'date'],
        severity: 'error',
        code: 'version-date-order',
        message: `version "${current.version}" is dated ${current.date}, before version "${previous.version}" (${previous.date})`,
      });
    }
  }
  return findings;
};

/** Compares "major.minor" numerically, so 1.10 comes after 1.9. */
export function compareVersions(a: string, b: string): number {
  const [aMajor, aMinor] = a.split('.').map(Number);
  const [bMajor, bMinor] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
