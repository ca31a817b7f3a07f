/**
 * The neutral outline every reader produces and the mapper consumes: headings, paragraphs, lists and
 * tables, with inline text kept as Markdown (bold, italics, links) so emphasis survives into prose fields.
 */
export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: ListItem[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export interface ListItem {
  text: string;
  /** Set for a checklist item ("- [ ]" / "- [x]"). */
  checked?: boolean;
  /** Nested lists and paragraphs under the item. */
  children: Block[];
}

/** A heading with everything up to the next heading of the same or a higher level. */
export interface OutlineNode {
  title: string;
  level: number;
  blocks: Block[];
  children: OutlineNode[];
}

/** Nests a flat block sequence under its headings; text before the first heading is the root's. */
export function outlineTree(blocks: Block[]): OutlineNode {
  const root: OutlineNode = { title: '', level: 0, blocks: [], children: [] };
  const stack = [root];
  for (const block of blocks) {
    if (block.kind !== 'heading') {
      stack[stack.length - 1].blocks.push(block);
      continue;
    }
    while (stack.length > 1 && stack[stack.length - 1].level >= block.level) stack.pop();
    const node: OutlineNode = { title: block.text, level: block.level, blocks: [], children: [] };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  }
  return root;
}

/** The blocks back as Markdown: how text the mapper could not place is kept in a prose field. */
export function blocksToMarkdown(blocks: Block[]): string {
  return blocks.map(blockToMarkdown).filter(Boolean).join('\n\n');
}

function blockToMarkdown(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `**${block.text}**`;
    case 'paragraph':
      return block.text;
    case 'list':
      return listToMarkdown(block, '');
    case 'table': {
      const row = (cells: string[]) => `| ${cells.map((c) => c.replace(/\n/g, '<br>').replace(/\|/g, '\\|')).join(' | ')} |`;
      return [row(block.header), row(block.header.map(() => '---')), ...block.rows.map(row)].join('\n');
    }
  }
}

function listToMarkdown(list: Extract<Block, { kind: 'list' }>, indent: string): string {
  return list.items
    .map((item, i) => {
      const marker = list.ordered ? `${i + 1}.` : '-';
      const box = item.checked === undefined ? '' : item.checked ? '[x] ' : '[ ] ';
      const pad = `${indent}${' '.repeat(marker.length + 1)}`;
      const children = item.children.map((c) => (c.kind === 'list' ? listToMarkdown(c, pad) : `${pad}${blockToMarkdown(c)}`));
      return [`${indent}${marker} ${box}${item.text}`, ...children].join('\n');
    })
    .join('\n');
}
