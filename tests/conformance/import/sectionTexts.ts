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

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The key under which sectionTexts gives the title page's lines and the running header and footer. */
export const TITLE_PAGE = '(title page, header and footer)';

/**
 * The plan folder's document as heading -> the text under it (up to the next heading), white space squashed, in
 * order (a heading that repeats gets its count); the
 * title page (logo, title, lines, version, date, classification, approvals) and page furniture under TITLE_PAGE.
 */
export async function sectionTexts(dir: string): Promise<Map<string, string>> {
  const check = await checkPlan(dir);
  if (!check.plan) throw new Error(`${dir} does not load`);
  const rendered = await renderPlan(dir, check.plan);
  const tree = rendered.tree;
  if (!tree) throw new Error(`${dir} does not render`);
  const { logo, ...titlePage } = tree.titlePage;
  const { headerLogo, ...furniture } = tree.furniture;
  const sections = new Map<string, string>([[TITLE_PAGE, squash(JSON.stringify([titlePage, furniture, logo?.alt, headerLogo?.alt]))]]);
  let heading = '(before the first heading)';
  for (const block of tree.blocks ?? ([] as Block[])) {
    if (block.type === 'heading') {
      // A heading printed twice is two entries: "Escalation Procedure", "Escalation Procedure (2)".
      let n = 1;
      while (sections.has(n === 1 ? block.text : `${block.text} (${n})`)) n++;
      heading = n === 1 ? block.text : `${block.text} (${n})`;
      sections.set(heading, '');
      continue;
    }
    sections.set(heading, squash(`${sections.get(heading) ?? ''} ${textsOf(block).join(' ')}`));
  }
  return sections;
}
