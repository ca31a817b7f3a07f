import { Lexer, type Token, type Tokens } from 'marked';
import type { Block, ListItem } from './outline';

/** Markdown (CommonMark + GFM tables and task lists) into the outline, via marked's lexer. */
export function readMarkdown(source: string): Block[] {
  return tokensToBlocks(new Lexer({ gfm: true }).lex(source.replace(/\r\n?/g, '\n')));
}

function tokensToBlocks(tokens: Token[]): Block[] {
  const blocks: Block[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
        blocks.push({ kind: 'heading', level: (token as Tokens.Heading).depth, text: token.text.trim() });
        break;
      case 'paragraph':
      case 'text':
        if (token.text.trim()) blocks.push({ kind: 'paragraph', text: token.text.trim() });
        break;
      case 'list':
        blocks.push({ kind: 'list', ordered: (token as Tokens.List).ordered, items: (token as Tokens.List).items.map(listItem) });
        break;
      case 'table': {
        const table = token as Tokens.Table;
        blocks.push({ kind: 'table', header: table.header.map((c) => c.text.trim()), rows: table.rows.map((r) => r.map((c) => c.text.trim())) });
        break;
      }
      case 'blockquote':
        blocks.push(...tokensToBlocks((token as Tokens.Blockquote).tokens));
        break;
      case 'code':
        blocks.push({ kind: 'paragraph', text: `\`\`\`\n${token.text}\n\`\`\`` });
        break;
      case 'html':
        if (token.text.trim()) blocks.push({ kind: 'paragraph', text: token.text.trim() });
        break;
      default:
        break; // space, hr: no text
    }
  }
  return blocks;
}

function listItem(item: Tokens.ListItem): ListItem {
  const own = item.tokens.filter((t): t is Tokens.Text | Tokens.Paragraph => t.type === 'text' || t.type === 'paragraph');
  const rest = item.tokens.filter((t) => t.type !== 'text' && t.type !== 'paragraph' && t.type !== 'checkbox');
  const [first, ...more] = own;
  const children = [...more.map((t): Block => ({ kind: 'paragraph', text: t.text.trim() })), ...tokensToBlocks(rest)];
  return { text: first?.text.trim() ?? '', ...(item.task ? { checked: Boolean(item.checked) } : {}), children };
}
