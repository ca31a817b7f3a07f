/**
 * The Markdown of prose fields, as plansmith reads it: marked's lexer with GFM, and the conventions every later
 * stage shares (what a page break, a drawing directive and a line break look like, which links are kept, and what
 * is shown other than as written). Rendering turns the same tokens into document-tree blocks
 * (render/markdown/blocks.ts).
 */
import { decodeHTMLStrict } from 'entities';
import { getDefaults, Lexer, type Token, type Tokens } from 'marked';

export const PAGE_BREAK_COMMAND = /^\\pagebreak$/;
export const PAGE_BREAK_COMMENT = /^<!--\s*pagebreak\s*-->$/i;
/** `<br>` and `<br/>`: the one HTML tag that is interpreted (Markdown tables are one line a row, so cells need it). */
export const BR_TAG = /^<br\s*\/?>$/i;

/** marked's tokens for a Markdown text, with GFM and without any extension registered globally. */
export function lexMarkdown(markdown: string): Token[] {
  // A fresh options object: the lexer stores its tokenizer on it, and the global defaults may carry
  // extensions someone registered with marked.use().
  return new Lexer({ ...getDefaults(), gfm: true, breaks: false, pedantic: false, extensions: null }).lex(markdown);
}

/** Visits every token, also those inside list items, table cells and inline containers, in document order. */
function walkTokens(tokens: readonly Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    if (token.type === 'list') for (const item of (token as Tokens.List).items) walkTokens(item.tokens, visit);
    else if (token.type === 'table') {
      const table = token as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) walkTokens(cell.tokens, visit);
    } else if ('tokens' in token && token.tokens) walkTokens(token.tokens, visit);
  }
}

/** Every Markdown image of a text in order: its path (entities decoded), its alt text and its source text. */
export function markdownImages(markdown: string): { src: string; alt: string; raw: string }[] {
  const images: { src: string; alt: string; raw: string }[] = [];
  walkTokens(lexMarkdown(markdown), (token) => {
    if (token.type === 'image') images.push({ src: decodeEntities((token as Tokens.Image).href), alt: (token as Tokens.Image).text, raw: token.raw });
  });
  return images;
}

/** Every image source the Markdown references, in order and without repeats, so callers can load them first. */
export function imageSources(markdown: string | readonly Token[]): string[] {
  const sources = new Set<string>();
  walkTokens(typeof markdown === 'string' ? lexMarkdown(markdown) : markdown, (token) => {
    if (token.type === 'image') sources.add(decodeEntities((token as Tokens.Image).href));
  });
  return [...sources];
}

const DRAWING_DIRECTIVE = /^<!--\s*plansmith:([a-z][\w-]*)\s+([A-Za-z][\w-]*)((?:\s+[a-z][\w-]*)*)\s*-->$/;

export interface DrawingDirective {
  kind: string;
  name: string;
  flags: string[];
}

/** The drawing directive an HTML block holds (`<!-- plansmith:gantt schedule -->`), if that is all it holds. */
export function drawingDirective(html: string): DrawingDirective | undefined {
  const match = DRAWING_DIRECTIVE.exec(html.trim());
  return match ? { kind: match[1], name: match[2], flags: match[3].trim().split(/\s+/).filter(Boolean) } : undefined;
}

/** Something prose will show other than as written, with its source text so a check can point at it. */
export interface ProseChange {
  message: string;
  raw: string;
}

function rawHtmlShown(html: string): ProseChange {
  return { message: `raw HTML is not interpreted and is shown as text: ${excerpt(html)}`, raw: html };
}

function linkRemoved(text: string, target: string, raw: string): ProseChange {
  return { message: `link "${text}" to "${excerpt(target)}" was removed (only http:, https:, mailto: and #anchor links are kept); its text stays`, raw };
}

/** The parts of an HTML token shown as text: all but its `<br>` tags; a block's lines one by one. */
function htmlParts(token: Tokens.HTML | Tokens.Tag): string[] {
  const lines = token.block ? token.text.trim().split('\n') : [token.text];
  return lines.flatMap((line) => line.split(/(<br\s*\/?>)/i)).filter((part) => part.trim() !== '' && !BR_TAG.test(part)).map((part) => part.trim());
}

/**
 * What the documents will show differently from how the Markdown is written, in document order: raw HTML shown as
 * text, links to anything but http(s), mailto or an anchor removed. Page breaks and drawing directives are meant.
 */
export function proseChanges(tokens: readonly Token[]): ProseChange[] {
  const changes: ProseChange[] = [];
  walkTokens(tokens, (token) => {
    if (token.type === 'html') {
      const html = token as Tokens.HTML | Tokens.Tag;
      if (html.block && (PAGE_BREAK_COMMENT.test(html.text.trim()) || drawingDirective(html.text))) return;
      changes.push(...htmlParts(html).map(rawHtmlShown));
    } else if (token.type === 'link') {
      const link = token as Tokens.Link;
      const target = link.autolink ? link.href : decodeEntities(link.href);
      if (!allowedHref(target)) changes.push(linkRemoved(tokenText(link.tokens, link.autolink === true), target, link.raw));
    }
  });
  return changes;
}

/** The text inline tokens show, as the document tree will hold it, on one line. */
function tokenText(tokens: readonly Token[], literal: boolean): string {
  const text = (token: Token): string => {
    switch (token.type) {
      case 'text':
        return (token as Tokens.Text).tokens ? tokenText((token as Tokens.Text).tokens!, literal) : literal ? (token as Tokens.Text).text : decodeEntities((token as Tokens.Text).text);
      case 'escape':
      case 'codespan':
        return (token as Tokens.Escape).text;
      case 'br':
        return ' ';
      case 'checkbox':
        return '';
      case 'html':
        return (token as Tokens.Tag).text.split(/<br\s*\/?>/i).join(' ');
      default: {
        const nested = (token as Tokens.Generic).tokens;
        return nested ? tokenText(nested, literal) : token.raw;
      }
    }
  };
  return tokens.map(text).join('').replace(/\s+/g, ' ').trim();
}

/** The link target if it is http(s), mailto or an in-document anchor; anything else (javascript:, data:, relative paths) is refused. */
export function allowedHref(target: string): string | undefined {
  const href = target.trim();
  return /^(?:https?|mailto):/i.test(href) || /^#\S+$/.test(href) ? href : undefined;
}

function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}

/**
 * Decodes character references. marked leaves named references (and `&amp;`) in text tokens for its HTML
 * renderer to pass through; a document tree needs the characters. Every HTML5 name is known; a reference without its
 * closing semicolon, or of an unknown name, stays as typed, as in CommonMark.
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}
