import { describe, expect, it } from 'vitest';
import { renderPlanMarkdown } from '../../../src/render/tree/document';
import { renderExample } from '../../fixtures/templateMarkdown';

describe('renderPlanMarkdown', () => {
  it('renders a plan with a template set once: asked again (a build, after its check), it gives the same rendering', async () => {
    const { plan, templates, example } = await renderExample();
    const again = renderPlanMarkdown(plan, templates);
    expect(again.rendered).toBe(example);
    // A changed plan is a new object, and is rendered anew.
    const changed = { ...plan, meta: { ...plan.meta, title: 'Another title' } };
    const fresh = renderPlanMarkdown(changed, templates);
    expect(fresh.rendered).not.toBe(example);
    expect(fresh.rendered.versionHistory).toEqual(example.versionHistory);
  });

  it('hands out its own list of diagnostics each time, so a caller adding to it changes no other', async () => {
    const { plan, templates } = await renderExample();
    const first = renderPlanMarkdown(plan, templates);
    first.diagnostics.push({ file: 'x', line: 1, col: 1, path: [], severity: 'error', code: 'x', message: 'x' });
    expect(renderPlanMarkdown(plan, templates).diagnostics).not.toContainEqual(expect.objectContaining({ code: 'x' }));
  });
});
