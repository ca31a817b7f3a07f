import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlan, type LoadedPlan } from '../../src/content/load';
import { diffPlans, MAJOR_ROW_THRESHOLD, shorten } from '../../src/lifecycle/diff';
import { formatDiff } from '../../src/cli/diffReport';

let example: LoadedPlan;
beforeAll(async () => {
  example = await loadPlan(join(import.meta.dirname, '../../content'));
});

/** The example plan with an edit applied to a copy of its typed content. */
function edited(edit: (plan: NonNullable<LoadedPlan['plan']>) => void): LoadedPlan {
  const plan = structuredClone(example.plan!);
  edit(plan);
  return { ...example, plan };
}

describe('diffPlans', () => {
  it('finds nothing between a plan and itself, and ignores the version history', () => {
    const diff = diffPlans(example, edited((p) => p.meta.versions.push({ version: '1.1', date: '2027-01-20', author: 'A', summary: 'B' })));
    expect(diff.sections).toEqual([]);
    expect(diff.verdict.level).toBe('none');
  });

  it('matches table rows by id and names the fields that changed, old -> new', () => {
    const diff = diffPlans(example, edited((p) => (p.knownIssues!.issues[1].status = 'resolved')));
    const id = example.plan!.knownIssues!.issues[1].id;
    expect(diff.sections).toEqual([
      {
        section: 'Known Issues',
        file: 'known-issues.yaml',
        status: 'changed',
        changes: [{ kind: 'changed', what: 'row', where: 'issues', row: id, fields: [{ kind: 'changed', what: 'field', where: 'status', before: 'open', after: 'resolved' }] }],
      },
    ]);
    expect(diff.verdict.level).toBe('minor');
  });

  it('matches rows without an id by their first field, and reports rows added and removed', () => {
    const diff = diffPlans(
      example,
      edited((p) => {
        p.glossary!.terms.splice(0, 1);
        p.glossary!.terms.push({ term: 'Zeta', definition: 'The last term.' });
      }),
    );
    const changes = diff.sections[0].changes;
    expect(changes).toContainEqual({ kind: 'removed', what: 'row', where: 'terms', row: example.plan!.glossary!.terms[0].term });
    expect(changes).toContainEqual({ kind: 'added', what: 'row', where: 'terms', row: 'Zeta' });
    expect(diff.rowsChanged).toBe(2);
  });

  it('reports items added to and removed from a plain list', () => {
    const diff = diffPlans(example, edited((p) => p.majorTasks!.tasks[0].resources.push('Projector')));
    expect(diff.sections[0].changes[0].fields).toEqual([{ kind: 'added', what: 'item', where: 'resources', after: 'Projector' }]);
  });

  it('calls a section added or removed a major change', () => {
    const diff = diffPlans(example, edited((p) => delete p.budget));
    expect(diff.sections).toEqual([{ section: 'Budget and Financial Planning', file: 'budget.yaml', status: 'removed', changes: [] }]);
    expect(diff.verdict).toMatchObject({ level: 'major', reasons: ['section "Budget and Financial Planning" removed'] });
  });

  it('calls a moved schedule date a major change', () => {
    const diff = diffPlans(example, edited((p) => (p.implementationSchedule!.tasks[2].finish = '2027-02-26')));
    const task = example.plan!.implementationSchedule!.tasks[2];
    expect(diff.verdict.level).toBe('major');
    expect(diff.verdict.reasons).toEqual([`schedule date moved: Implementation Schedule: tasks[${task.id}].finish ${task.finish} -> 2027-02-26`]);
  });

  it(`calls more than ${MAJOR_ROW_THRESHOLD} changed rows a major change, and says the rule`, () => {
    const few = diffPlans(example, edited((p) => p.glossary!.terms.slice(0, MAJOR_ROW_THRESHOLD).forEach((t) => (t.definition += ' Revised.'))));
    const many = diffPlans(example, edited((p) => p.glossary!.terms.slice(0, MAJOR_ROW_THRESHOLD + 1).forEach((t) => (t.definition += ' Revised.'))));
    expect(few.verdict.level).toBe('minor');
    expect(many.verdict.level).toBe('major');
    expect(many.verdict.rule).toContain(`more than ${MAJOR_ROW_THRESHOLD} table rows`);
  });

  it('reads as a reviewer would write it', () => {
    const diff = diffPlans(example, edited((p) => (p.knownIssues!.issues[1].status = 'resolved')));
    const lines = formatDiff(diff, '1.0', 'content');
    expect(lines[0]).toBe('Changes from 1.0 to content:');
    expect(lines).toContain('  Known Issues (known-issues.yaml):');
    expect(lines).toContain(`    ~ issues: row "${example.plan!.knownIssues!.issues[1].id}" changed`);
    expect(lines).toContain('        ~ status: "open" -> "resolved"');
    expect(lines.at(-2)).toBe('Verdict: minor change');
    expect(lines.at(-1)).toMatch(/^ {2}\(rule: major when a section is added or removed/);
  });
});

describe('shorten', () => {
  it('keeps short values whole', () => {
    expect(shorten('open', 'resolved')).toEqual({ before: 'open', after: 'resolved' });
  });

  it('cuts long texts to a window around their first difference', () => {
    const base = 'The implementation runs for twelve weeks from Monday, January 4, 2027, in four phases and three sites.';
    const { before, after } = shorten(base, base.replace('twelve', 'fourteen'));
    // 20 characters of context before the first difference, 60 in all.
    expect(before).toBe('…ementation runs for twelve weeks from Monday, January 4, 202…');
    expect(after).toBe('…ementation runs for fourteen weeks from Monday, January 4, 2…');
  });
});
