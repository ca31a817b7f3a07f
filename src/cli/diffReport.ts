import type { Change, PlanDiff } from '../lifecycle/diff';

/** The diff as lines a reviewer reads: one heading per section, one line per row, field or list item. */
export function formatDiff(diff: PlanDiff, from: string, to: string): string[] {
  const lines = [`Changes from ${from} to ${to}:`];
  if (diff.sections.length === 0) lines.push('  no differences in the plan content (the version history is not compared)');
  for (const section of diff.sections) {
    if (section.status !== 'changed') {
      lines.push(`  ${section.section} (${section.file}): section ${section.status}`);
      continue;
    }
    lines.push(`  ${section.section} (${section.file}):`);
    for (const change of section.changes) lines.push(...describe(change, '    '));
  }
  for (const file of diff.skipped) lines.push(`  ${file}: not compared, it has errors on one side (run plansmith check)`);
  const { verdict } = diff;
  const why = verdict.reasons.length ? `: ${verdict.reasons.join('; ')}` : '';
  lines.push(`Verdict: ${verdict.level === 'none' ? 'no change' : `${verdict.level} change`}${why}`);
  lines.push(`  (rule: ${verdict.rule})`);
  return lines;
}

const MARK = { added: '+', removed: '-', changed: '~' } as const;

function describe(change: Change, indent: string): string[] {
  const mark = MARK[change.kind];
  if (change.what === 'row') {
    const head = `${indent}${mark} ${change.where}: row "${change.row}" ${change.kind}`;
    return [head, ...(change.fields ?? []).flatMap((f) => describe(f, `${indent}    `))];
  }
  if (change.what === 'item') {
    return [`${indent}${mark} ${change.where}: item "${change.after ?? change.before}" ${change.kind}`];
  }
  if (change.kind === 'added') return [`${indent}${mark} ${change.where}: set to "${change.after}"`];
  if (change.kind === 'removed') return [`${indent}${mark} ${change.where}: removed (was "${change.before}")`];
  return [`${indent}${mark} ${change.where}: "${change.before}" -> "${change.after}"`];
}
