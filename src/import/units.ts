import type { Block, ListItem, OutlineNode } from './outline';
import { normalizeTitle } from './sectionTitles';
import { stripMarkup } from './values';

/**
 * The smallest pieces the mapper places one by one: a paragraph line, a top-level list item (with what is
 * nested under it) or a table, each with the sub-headings it sits under. A unit is placed at most once;
 * what no rule places is kept as prose.
 */
export type Unit = { under: string[]; headings: string[]; used: boolean } & (
  | { kind: 'line'; text: string }
  | { kind: 'item'; item: ListItem; ordered: boolean }
  | { kind: 'table'; header: string[]; rows: string[][] }
);

/** The units of a section's heading nodes, in document order; headings become context, not units. */
export function sectionUnits(nodes: OutlineNode[]): Unit[] {
  const units: Unit[] = [];
  const visit = (node: OutlineNode, headings: string[]) => {
    const under = headings.map(normalizeTitle);
    for (let i = 0; i < node.blocks.length; i++) {
      const block = node.blocks[i];
      const next = node.blocks[i + 1];
      // "**Key Milestones:**" on its own, then a list: the list is that label's value, as when nested.
      const bareLabel = block.kind === 'paragraph' && /^\*\*[^*:\n]+(?::\*\*|\*\*:)$/.test(block.text.trim());
      if (bareLabel && next?.kind === 'list' && !next.ordered) {
        units.push({ under, headings, used: false, kind: 'item', item: { text: block.text, children: [next] }, ordered: false });
        i++;
      } else units.push(...blockUnits(block, under, headings));
    }
    for (const child of node.children) visit(child, [...headings, child.title]);
  };
  nodes.forEach((node) => visit(node, [node.title]));
  return units;
}

function blockUnits(block: Block, under: string[], headings: string[]): Unit[] {
  const base = { under, headings, used: false };
  switch (block.kind) {
    case 'paragraph':
      return block.text.split(/ {2,}\n|\\\n|\n/).map((line) => line.trim()).filter(Boolean).map((text) => ({ ...base, kind: 'line' as const, text }));
    case 'list':
      return block.items.map((item) => ({ ...base, kind: 'item' as const, item, ordered: block.ordered }));
    case 'table':
      return [{ ...base, kind: 'table' as const, header: block.header, rows: block.rows }];
    case 'heading':
      return [{ ...base, kind: 'line' as const, text: `**${block.text}**` }];
  }
}

/** "**Label**: text", "**Label** - text" or "Label: text" split into label and text; undefined without a label. */
export function labelled(text: string): { label: string; rest: string } | undefined {
  const bold = /^\*\*(.+?):?\*\*\s*(?::|–|—|-(?=\s))?\s*([\s\S]*)$/.exec(text.trim());
  if (bold) return { label: stripMarkup(bold[1]).replace(/:$/, '').trim(), rest: bold[2].trim() };
  const plain = /^([A-Z][A-Za-z0-9 /&()'-]{1,48}):\s+([\s\S]+)$/.exec(text.trim());
  return plain ? { label: plain[1].trim(), rest: plain[2].trim() } : undefined;
}

/** The item's nested list items, one level down. */
export function childItems(item: ListItem): ListItem[] {
  return item.children.flatMap((b) => (b.kind === 'list' ? b.items : []));
}

/** Paragraphs nested in the item (not lists). */
export function childLines(item: ListItem): string[] {
  return item.children.flatMap((b) => (b.kind === 'paragraph' ? b.text.split('\n') : []));
}

/** Units back to outline blocks, so unplaced text can be written as Markdown with its sub-headings. */
export function unitsToBlocks(units: Unit[]): Block[] {
  const blocks: Block[] = [];
  let heading = '';
  for (const unit of units) {
    const last = unit.headings.slice(1).join(' / ');
    if (last && last !== heading) blocks.push({ kind: 'heading', level: 3, text: last });
    heading = last;
    const prev = blocks[blocks.length - 1];
    if (unit.kind === 'line') blocks.push({ kind: 'paragraph', text: unit.text });
    else if (unit.kind === 'table') blocks.push({ kind: 'table', header: unit.header, rows: unit.rows });
    else if (prev?.kind === 'list' && prev.ordered === unit.ordered) prev.items.push(unit.item);
    else blocks.push({ kind: 'list', ordered: unit.ordered, items: [unit.item] });
  }
  return blocks;
}
