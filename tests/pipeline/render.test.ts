import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/pipeline/check';
import { renderPlan } from '../../src/pipeline/build';
import type { Drawing } from '../../src/render/tree/doctree';
import { pageSize } from '../../src/render/templates/theme';

const CONTENT = join(import.meta.dirname, '../../content');

describe('renderPlan', () => {
  it('sizes the Gantt charts for the paper asked for: as wide as the text of an A4 page with --paper a4', async () => {
    const { plan } = await checkPlan(CONTENT);
    for (const paper of ['letter', 'a4'] as const) {
      const { tree, theme } = await renderPlan(CONTENT, plan!, { paper });
      const charts = tree!.blocks.filter((b): b is Drawing => b.type === 'drawing');
      expect(charts.length).toBeGreaterThan(0);
      const textWidth = pageSize(theme!).width - theme!.margins.left - theme!.margins.right;
      for (const chart of charts) expect(chart.width).toBeCloseTo(textWidth, 6);
    }
  });

  it('draws from what the check derived, handed on, and does not compute the schedules again', async () => {
    const checked = await checkPlan(CONTENT);
    const charts = async (derived: typeof checked.derived) =>
      (await renderPlan(CONTENT, checked.plan!, { derived })).tree!.blocks.filter((b) => b.type === 'drawing').length;
    expect(await charts(checked.derived)).toBeGreaterThan(0);
    // Without its schedules, the same plan has no Gantt chart to draw: the renderer used the schedules it was given.
    const schedules = { ...checked.derived!.schedules, schedule: undefined, workPackages: undefined };
    expect(await charts({ ...checked.derived!, schedules })).toBe(0);
  });
});
