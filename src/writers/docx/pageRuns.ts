import type { Block } from '../../render/tree/doctree';
import type { Theme } from '../../render/templates/theme';
import { landscapeFlags } from '../shared/pagination';
import type { Orientation } from './geometry';

/** Blocks set on pages of one orientation: each run becomes a Word section. */
export interface PageRun {
  orientation: Orientation;
  blocks: Block[];
}

/**
 * Splits the body into portrait and landscape runs. Wide tables go landscape, together with their lead-in (headings
 * and introduction) and legend, so a heading is never stranded at the foot of the previous page. A page break at either end of a run is dropped:
 * every run follows a section break (the title page's, at least) that already starts a new page, and keeping it
 * would leave a blank page.
 */
export function pageRuns(blocks: readonly Block[], theme: Theme): PageRun[] {
  const orientations: Orientation[] = landscapeFlags(blocks, theme).map((landscape) => (landscape ? 'landscape' : 'portrait'));
  const runs: PageRun[] = [];
  blocks.forEach((block, i) => {
    const last = runs[runs.length - 1];
    if (last && last.orientation === orientations[i]) last.blocks.push(block);
    else runs.push({ orientation: orientations[i], blocks: [block] });
  });
  const trimmed = runs.map((run) => {
    let { blocks: inner } = run;
    while (inner[0]?.type === 'pageBreak') inner = inner.slice(1);
    while (inner[inner.length - 1]?.type === 'pageBreak') inner = inner.slice(0, -1);
    return { ...run, blocks: inner };
  });
  return trimmed.filter((run) => run.blocks.length > 0);
}
