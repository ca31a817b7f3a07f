import { hasRowLabels, plainText, tableTitle, type Block, type Cell, type Heading, type Image, type List, type Table, type TocEntry } from '../../render/tree/doctree';
import { isWideTable, keepsWithNext, landscapeFlags } from '../shared/pagination';
import type { Theme } from '../../render/templates/theme';
import { tightTableLayout } from './tableLayout';
import { drawingHtml } from './drawing';
import { escapeHtml } from './escape';
import { inlineHtml } from './inline';

export interface BlockContext {
  /** Entries the `toc` block lists. */
  toc: readonly TocEntry[];
  /** Page and font sizes, for column widths; tables with `landscapeColumns` or more columns are wide (landscape in print). */
  theme: Theme;
  /** How often each table region's name has been given, so every region (a landmark) gets a name of its own. */
  regionNames: Map<string, number>;
}

/**
 * The opening of a table's scrolling wrapper: a named region a keyboard can reach (and so scroll). A name given
 * before gets a number, as landmarks must be told apart.
 */
export function tableRegion(name: string, regionNames: Map<string, number>, classes = 'table-scroll'): string {
  const seen = (regionNames.get(name) ?? 0) + 1;
  regionNames.set(name, seen);
  const unique = seen === 1 ? name : `${name} (${seen})`;
  return `<div class="${classes}" role="region" aria-label="${escapeHtml(unique)}" tabindex="0">`;
}

/**
 * A wide table prints on a landscape page; its lead-in (headings, introduction) and legend go with it, in one
 * `landscape` container, rather than being stranded on the portrait page before (see `landscapeFlags`).
 */
export function blocksHtml(blocks: readonly Block[], context: BlockContext): string {
  const landscape = landscapeFlags(blocks, context.theme);
  const parts: string[] = [];
  let landscapeRun: string[] = [];
  const closeRun = () => {
    if (landscapeRun.length > 0) parts.push(`<div class="landscape">\n${landscapeRun.join('\n')}\n</div>`);
    landscapeRun = [];
  };
  blocks.forEach((block, i) => {
    const html =
      keepsWithNext(blocks, i) && block.type === 'paragraph'
        ? `<p class="keep-with-next">${inlineHtml(block.runs)}</p>`
        : block.type === 'toc'
          ? tocHtml(block.title, context.toc, blocks.slice(i + 1).find((b): b is Heading => b.type === 'heading'))
          : blockHtml(block, context);
    if (landscape[i]) {
      landscapeRun.push(html);
      return;
    }
    closeRun();
    parts.push(html);
  });
  closeRun();
  return parts.join('\n');
}

function isWide(table: Table, context: BlockContext): boolean {
  return isWideTable(table, context.theme);
}

function blockHtml(block: Block, context: BlockContext): string {
  switch (block.type) {
    case 'heading':
      return headingHtml(block);
    case 'paragraph':
      return block.style === 'note' ? `<p class="note">${inlineHtml(block.runs)}</p>` : `<p>${inlineHtml(block.runs)}</p>`;
    case 'list':
      return listHtml(block, context);
    case 'table':
      return tableHtml(block, context);
    case 'image':
      return figureHtml(block);
    case 'drawing':
      return drawingHtml(block, context.theme);
    case 'code':
      return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
    case 'quote':
      return `<blockquote>\n${blocksHtml(block.blocks, context)}\n</blockquote>`;
    case 'rule':
      return '<hr>';
    case 'pageBreak':
      return '<div class="page-break" aria-hidden="true"></div>';
    case 'toc':
      return tocHtml(block.title, context.toc, undefined);
  }
}

function headingHtml(heading: Heading): string {
  const tag = `h${heading.level}`;
  const number = heading.number ? `<span class="heading-number">${escapeHtml(heading.number)}</span> ` : '';
  // Focusable by script and links only: following a TOC link moves the keyboard focus to the heading.
  return `<${tag} id="${escapeHtml(heading.id)}" tabindex="-1">${number}${inlineHtml(heading.runs)}</${tag}>`;
}

function listHtml(list: List, context: BlockContext): string {
  const tag = list.ordered ? 'ol' : 'ul';
  const start = list.ordered && list.start !== 1 ? ` start="${list.start}"` : '';
  const tasks = list.items.some((item) => item.checked !== undefined) ? ' class="task-list"' : '';
  const items = list.items.map((item) => {
    const content = blocksHtml(item.blocks, context);
    if (item.checked === undefined) return `<li>${content}</li>`;
    // The glyph is what prints; the label is what a screen reader says instead of "ballot box".
    const box = item.checked
      ? '<span class="task-box" role="img" aria-label="Done">\u2611</span>'
      : '<span class="task-box" role="img" aria-label="Not done">\u2610</span>';
    return `<li class="task">${box}${content}</li>`;
  });
  return `<${tag}${start}${tasks}>\n${items.join('\n')}\n</${tag}>`;
}

function tableHtml(table: Table, context: BlockContext): string {
  const wide = isWide(table, context);
  const caption = table.caption ? `<caption>${escapeHtml(table.caption)}</caption>\n` : '';
  const tight = table.widths ? undefined : tightTableLayout(table, context.theme, wide);
  const shares = table.widths ?? tight?.shares;
  const colgroup = shares ? `<colgroup>${shares.map((w) => `<col style="width: ${percent(w)}">`).join('')}</colgroup>\n` : '';
  // A tight table is set smaller to keep its words whole: its size overrides the stylesheet's, in ems of the body text.
  const smaller = tight ? ` style="font-size: ${Number((tight.fontSize / context.theme.font.body).toFixed(4))}em"` : '';
  const rowLabels = hasRowLabels(table);
  const cell = (tag: 'th' | 'td', content: Cell, index: number, scope?: 'col' | 'row') => {
    const scopeAttribute = scope ? ` scope="${scope}"` : '';
    const classes = [table.align[index] ? `align-${table.align[index]}` : '', hasLongWord(content) ? 'break-anywhere' : ''].filter(Boolean);
    const classAttribute = classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
    return `<${tag}${scopeAttribute}${classAttribute}>${inlineHtml(content)}</${tag}>`;
  };
  const head = `<thead>\n<tr>${table.header.map((c, i) => cell('th', c, i, 'col')).join('')}</tr>\n</thead>\n`;
  const bodyCell = (content: Cell, index: number) => (rowLabels && index === 0 ? cell('th', content, index, 'row') : cell('td', content, index));
  const body = `<tbody>\n${table.rows.map((row) => `<tr>${row.map(bodyCell).join('')}</tr>`).join('\n')}\n</tbody>\n`;
  const region = tableRegion(tableTitle(table), context.regionNames, `table-scroll${wide ? ' wide' : ''}`);
  return `${region}\n<table${smaller}>\n${caption}${colgroup}${head}${body}</table>\n</div>`;
}

/**
 * Cells wrap between words, so columns are at least as wide as their longest word; a cell with a word long
 * enough to push the table off the page (a URL, a hash) may also break inside words. An e-mail address or an id
 * fits a column whole, and breaking one mid-word ("dco.example.g" / "ov") makes it unreadable.
 */
const LONG_WORD = /\S{40,}/;

function hasLongWord(cell: Cell): boolean {
  return LONG_WORD.test(plainText(cell));
}

function figureHtml(image: Image): string {
  // The width the content gives, as the other writers set it; without one the image keeps its own size (CSS caps it).
  const style = image.scale === undefined ? '' : ` style="width: ${percent(image.scale)}"`;
  const img = `<img src="${dataUri(image)}" alt="${escapeHtml(image.alt)}" width="${Math.round(image.width)}" height="${Math.round(image.height)}"${style}>`;
  const caption = image.caption ? `\n<figcaption>${escapeHtml(image.caption)}</figcaption>` : '';
  return `<figure>\n${img}${caption}\n</figure>`;
}

/** Images travel inside the file; SVG too, as base64 in an `<img>`, where it cannot run script or touch the page. */
export function dataUri(image: Image): string {
  return `data:${image.mime};base64,${Buffer.from(image.data).toString('base64')}`;
}

export function percent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(3))}%`;
}

interface TocNode {
  entry: TocEntry;
  children: TocNode[];
}

/** The contents, after a link past them to the heading that follows (`next`), for keyboard and screen reader users. */
function tocHtml(title: string, entries: readonly TocEntry[], next: Heading | undefined): string {
  const heading = `<h1 class="toc-title">${escapeHtml(title)}</h1>`;
  const skip = next ? `<a class="skip-link" href="#${escapeHtml(next.id)}">Skip the table of contents</a>\n` : '';
  return `${skip}<nav class="toc" aria-label="Table of contents">\n${heading}\n${tocListHtml(nestEntries(entries))}\n</nav>`;
}

/** Flat entries to a tree by level; a level that skips (1 then 3) nests under the nearest shallower entry. */
function nestEntries(entries: readonly TocEntry[]): TocNode[] {
  const roots: TocNode[] = [];
  const open: TocNode[] = [];
  for (const entry of entries) {
    while (open.length > 0 && open[open.length - 1].entry.level >= entry.level) open.pop();
    const node: TocNode = { entry, children: [] };
    (open.length > 0 ? open[open.length - 1].children : roots).push(node);
    open.push(node);
  }
  return roots;
}

function tocListHtml(nodes: readonly TocNode[]): string {
  if (nodes.length === 0) return '';
  const items = nodes.map(({ entry, children }) => {
    const number = entry.number ? `<span class="toc-number">${escapeHtml(entry.number)}</span> ` : '';
    const link = `<a href="#${escapeHtml(entry.id)}">${number}<span class="toc-text">${escapeHtml(entry.text)}</span></a>`;
    return `<li>${link}${children.length > 0 ? `\n${tocListHtml(children)}\n` : ''}</li>`;
  });
  return `<ol>\n${items.join('\n')}\n</ol>`;
}

