import type { Block, ListItem } from './outline';
import { readMarkdown } from './readMarkdown';
import { sectionForHeading } from './sectionTitles';

/**
 * Plain text into the outline. Text written in Markdown shapes ("## Title", pipe tables) is read as Markdown.
 * Otherwise the shapes of text saved from a word processor are recognised: a heading is a numbered line
 * ("2.3 Implementation Schedule") or a line that is a known section title (with or without Word's
 * "[bookmark: ...]" marks); a table is a run of tab-led cells, one row per blank-line-separated group, its
 * first row the header; "·", "•", "-" and "*" lines are list items; every other line is a paragraph.
 */
export function readText(source: string): Block[] {
  const text = source.replace(/\r\n?/g, '\n');
  if (/^#{1,6}\s+\S/m.test(text) || /^\s*\|.*\|\s*\n\s*\|[\s:|-]+\|\s*$/m.test(text)) return readMarkdown(text);
  return readWordText(text);
}

const BOOKMARK = /\[bookmark:[^\]]*\]/gi;
const BULLET = /^\s*[·•▪◦*-]\s+/;
const NUMBERED_HEADING = /^(\d+(?:\.\d+)*)\.?\s+([A-Z][^.!?:]{1,80})$/;

function readWordText(text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.startsWith('\t')) {
      const { table, next } = readTabTable(lines, i);
      if (table) blocks.push(table);
      i = next;
      continue;
    }
    i++;
    const plain = line.replace(BOOKMARK, '').trim();
    if (!plain) continue;
    const heading = headingOf(plain, line.includes('[bookmark:'));
    if (heading) blocks.push(heading);
    else if (BULLET.test(plain)) appendItem(blocks, { text: plain.replace(BULLET, ''), children: [] });
    else blocks.push({ kind: 'paragraph', text: plain });
  }
  return blocks;
}

function headingOf(line: string, bookmarked: boolean): Block | undefined {
  const numbered = NUMBERED_HEADING.exec(line);
  if (numbered) return { kind: 'heading', level: numbered[1].split('.').length, text: numbered[2].trim() };
  const short = line.length <= 80 && !/[.:;,]$/.test(line) && !line.startsWith('[');
  if (short && (sectionForHeading(line) || bookmarked)) return { kind: 'heading', level: 1, text: line };
  return undefined;
}

function appendItem(blocks: Block[], item: ListItem): void {
  const last = blocks[blocks.length - 1];
  if (last?.kind === 'list' && !last.ordered) last.items.push(item);
  else blocks.push({ kind: 'list', ordered: false, items: [item] });
}

/** Rows are groups of lines between blank lines; a tab starts a cell, a line without one continues it. */
function readTabTable(lines: string[], start: number): { table?: Block; next: number } {
  const rows: string[][] = [];
  let i = start;
  while (i < lines.length && lines[i].startsWith('\t')) {
    const row: string[] = [];
    while (i < lines.length && (lines[i].trim() !== '' || lines[i].startsWith('\t'))) {
      if (lines[i].startsWith('\t')) row.push(lines[i].trim().replace(BULLET, ''));
      else row[row.length - 1] = `${row[row.length - 1]}\n${lines[i].trim().replace(BULLET, '')}`.trim();
      i++;
    }
    rows.push(row);
    while (i < lines.length && lines[i].trim() === '' && !lines[i].startsWith('\t')) i++;
  }
  const [header, ...body] = rows;
  if (!header) return { next: i };
  const width = header.length;
  const filled = body.filter((r) => r.some((c) => c.trim())).map((r) => Array.from({ length: width }, (_, k) => r[k] ?? ''));
  return { table: { kind: 'table', header, rows: filled }, next: i };
}
