import { checkPlan } from '../../../src/pipeline/check';
import { renderPlan } from '../../../src/pipeline/build';
import type { Block } from '../../../src/render/tree/doctree';

/** Every `text` string in a block (runs, cells, list items), in order: what a reader sees of it. */
function textsOf(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => textsOf(n, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'text' && typeof value === 'string') out.push(value);
      else if (key !== 'text') textsOf(value, out);
    }
  }
  return out;
}

/** The plan folder's document as heading -> the text under it (up to the next heading), white space squashed. */
export async function sectionTexts(dir: string): Promise<Map<string, string>> {
  const check = await checkPlan(dir);
  if (!check.plan) throw new Error(`${dir} does not load`);
  const rendered = await renderPlan(dir, check.plan);
  const sections = new Map<string, string>();
  let heading = '(before the first heading)';
  for (const block of rendered.tree?.blocks ?? ([] as Block[])) {
    if (block.type === 'heading') {
      heading = block.text;
      sections.set(heading, '');
      continue;
    }
    sections.set(heading, `${sections.get(heading) ?? ''} ${textsOf(block).join(' ')}`.replace(/\s+/g, ' ').trim());
  }
  return sections;
}
