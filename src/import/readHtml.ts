import { decodeHTMLStrict } from 'entities';
import type { Block, ListItem } from './outline';

/**
 * The HTML mammoth writes (h1-h6, p, ul/ol/li, table/tr/td/th, strong/em/a/br/img, entities escaped) into the
 * outline. It is a known, well-formed subset, so a small tag reader does; it is not a general HTML parser.
 */
export function readHtml(html: string): Block[] {
  const root: HtmlNode = { tag: 'root', attrs: '', children: [] };
  const stack = [root];
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)([^>]*?)(\/?)>|([^<]+)/gi)) {
    const [, close, tag, attrs, selfClose, text] = m;
    const top = stack[stack.length - 1];
    if (text !== undefined) top.children.push(decode(text));
    else if (close) {
      const at = stack.map((n) => n.tag).lastIndexOf(tag.toLowerCase());
      if (at > 0) stack.length = at;
    } else {
      const node: HtmlNode = { tag: tag.toLowerCase(), attrs, children: [] };
      top.children.push(node);
      if (!selfClose && !['br', 'img'].includes(node.tag)) stack.push(node);
    }
  }
  return blocksOf(root.children);
}

interface HtmlNode {
  tag: string;
  attrs: string;
  children: (HtmlNode | string)[];
}

function blocksOf(nodes: (HtmlNode | string)[]): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') {
      if (node.trim()) blocks.push({ kind: 'paragraph', text: node.trim() });
      continue;
    }
    const heading = /^h([1-6])$/.exec(node.tag);
    if (heading) blocks.push({ kind: 'heading', level: Number(heading[1]), text: inline(node.children).trim() });
    else if (node.tag === 'p') {
      const text = inline(node.children).trim();
      const last = blocks.at(-1);
      // A caption under a picture is the picture's title, as Markdown writes it: ![alt](src "caption").
      if (text && /class="caption"/.test(node.attrs) && last?.kind === 'paragraph' && /^!\[[^\]]*\]\([^)\s]+\)$/.test(last.text)) {
        last.text = `${last.text.slice(0, -1)} "${text.replace(/"/g, "'")}")`;
      } else if (text) blocks.push({ kind: 'paragraph', text });
    } else if (node.tag === 'ul' || node.tag === 'ol') blocks.push({ kind: 'list', ordered: node.tag === 'ol', items: withBoxes(elements(node, 'li').map(listItem)) });
    else if (node.tag === 'table') blocks.push(table(node));
    else blocks.push(...blocksOf(node.children));
  }
  return blocks;
}

/** A checkbox opening a list item: "[ ]", "[x]", ☐, ☒ or ☑. */
const BOX = /^(\[[ xX]\]|☐|☒|☑)\s*/;
const isChecked = (box: string) => !/^(\[ \]|☐)$/.test(box);

function listItem(li: HtmlNode): ListItem {
  const own = li.children.filter((c) => typeof c === 'string' || !['ul', 'ol', 'table'].includes(c.tag));
  const nested = li.children.filter((c): c is HtmlNode => typeof c !== 'string' && ['ul', 'ol', 'table'].includes(c.tag));
  let text = own.map((c) => (typeof c === 'string' ? c : c.tag === 'p' ? `${inline(c.children)}\n` : inline([c]))).join('').trim();
  let checked: boolean | undefined;
  const box = BOX.exec(text);
  if (box && box[0] !== text) {
    checked = isChecked(box[1]);
    text = text.slice(box[0].length);
  }
  return { text, ...(checked === undefined ? {} : { checked }), children: blocksOf(nested) };
}

/** A task list whose boxes a writer put in items of their own ("☑", then the task): each box checks the item after it. */
function withBoxes(items: ListItem[]): ListItem[] {
  return items.flatMap((item, i) => {
    const box = BOX.exec(item.text);
    const next = items[i + 1];
    if (box && box[0] === item.text && !item.children.length && next && next.checked === undefined) {
      next.checked = isChecked(box[1]);
      return [];
    }
    return [item];
  });
}

function table(node: HtmlNode): Block {
  const rows = elements(node, 'tr').map((tr) => tr.children.filter((c): c is HtmlNode => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th')).map(cell));
  const [header = [], ...body] = rows;
  return { kind: 'table', header, rows: body };
}

/** A cell's paragraphs and list items, one per line. */
function cell(node: HtmlNode): string {
  return blocksOf(node.children)
    .flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.text) : b.kind === 'table' ? [] : [b.text]))
    .join('\n')
    .trim();
}

/** Every descendant with the tag, not looking inside nested ones of the same kind's containers. */
function elements(node: HtmlNode, tag: string): HtmlNode[] {
  return node.children.flatMap((c) => (typeof c === 'string' ? [] : c.tag === tag ? [c] : ['thead', 'tbody', 'tfoot'].includes(c.tag) ? elements(c, tag) : []));
}

/** Inline content as Markdown: bold, italics, links, line breaks. */
function inline(nodes: (HtmlNode | string)[]): string {
  return nodes
    .map((n) => {
      if (typeof n === 'string') return n;
      const inner = inline(n.children);
      switch (n.tag) {
        case 'strong':
        case 'b':
          return inner.trim() ? `**${inner}**` : inner;
        case 'em':
        case 'i':
          return inner.trim() ? `*${inner}*` : inner;
        case 'a': {
          const href = /href="([^"]*)"/.exec(n.attrs)?.[1];
          return href && !href.startsWith('#') ? `[${inner}](${href})` : inner;
        }
        case 'br':
          return '\n';
        case 'img': {
          const src = /src="([^"]*)"/.exec(n.attrs)?.[1];
          const alt = decode(/alt="([^"]*)"/.exec(n.attrs)?.[1] ?? '').replace(/\s+/g, ' ').replace(/[[\]]/g, '');
          // Only pictures the reader saved as files are kept; an inline data URI is no path a plan can name.
          return src && !src.startsWith('data:') ? `![${alt}](${src})` : '';
        }
        default:
          return inner;
      }
    })
    .join('');
}

/** Text of the HTML with its character references decoded (every HTML5 name); a no-break space is a space in a plan. */
function decode(text: string): string {
  return decodeHTMLStrict(text.replace(/&nbsp;/g, ' '));
}
