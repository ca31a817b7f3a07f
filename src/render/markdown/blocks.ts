/**
 * Markdown text -> document-tree blocks, through marked's lexer only (its HTML renderer is never used, so
 * nothing the author writes can become markup).
 *
 * Conventions beyond CommonMark/GFM:
 * - A line holding only `<!-- pagebreak -->` or `\pagebreak` is a page break (PageBreak block).
 * - A line holding only `<!-- plansmith:KIND NAME [FLAG ...] -->` (what the `gantt` template helper writes) is
 *   replaced by the blocks `context.resolveDrawing` gives for it, such as a Gantt chart.
 * - A paragraph made only of images becomes Image blocks, loaded through `context.resolveImage`; the image
 *   title (`![alt](src "Figure 2: ...")`) is its caption. An image inside running text is its alt text.
 * - Raw HTML is shown as literal text, except `<br>` / `<br/>`, a line break (Markdown tables are one line a
 *   row, so cells need it).
 * - Links keep their target only for http:, https:, mailto: and `#anchor`; any other target keeps the text,
 *   drops the link (what is shown other than as written is reported by the checks: `proseChanges`).
 * Heading ids are slugs of the heading text; making them unique and numbering headings happen later.
 */
import type { Token, Tokens } from 'marked';
import {
allowedHref, BR_TAG, decodeEntities, drawingDirective, lexMarkdown, PAGE_BREAK_COMMAND, PAGE_BREAK_COMMENT, type DrawingDirective } from '../../content/markdown';
import { plainText, type Block, type Cell, type Image, type Inline, type TextRun } from '../tree/doctree';

export interface MarkdownContext {
  /** Loads an image the document references; `{ error }` when it cannot (missing file, unsupported type). */
  resolveImage(src: string, alt: string): Image | { error: string };
  /**
   * The blocks a drawing directive stands for (`gantt`, `schedule`, flags such as `table`); `{ error }` when it
   * cannot be drawn. Without a resolver directives are left out: the caller draws nothing.
   */
  resolveDrawing?(kind: string, name: string, flags: string[]): Block[] | { error: string };
}

export interface MarkdownBlocks {
  blocks: Block[];
  /**
   * Content that could not be placed: an image that cannot be used, a drawing that cannot be drawn. (What is shown
   * other than as written, raw HTML and removed links, is the checks' to report: see `proseChanges`.)
   */
  problems: MarkdownProblem[];
}

export interface MarkdownProblem {
  message: string;
  /** The Markdown as written that the problem is about, so the caller can point at it. */
  raw: string;
}

export function markdownToBlocks(markdown: string, context: MarkdownContext): MarkdownBlocks {
  return tokensToBlocks(lexMarkdown(markdown), context);
}

/** `markdownToBlocks` for Markdown already lexed (see `lexMarkdown`), so a caller that also looks for images lexes once. */
export function tokensToBlocks(tokens: readonly Token[], context: MarkdownContext): MarkdownBlocks {
  const state: State = { context, problems: [] };
  const blocks = convertBlocks(tokens, state);
  return { blocks, problems: state.problems };
}

/** Anchor id from heading text: lowercase ASCII letters and digits joined by hyphens ("section" if none remain). */
export function slugify(text: string): string {
  const ascii = text
    .toLowerCase()
    .replace(/[øłđðæœßþı]/g, (c) => LETTERS_WITHOUT_DECOMPOSITION[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  return ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'section';
}

/** Latin letters NFKD leaves whole; spelled out so "Søren Łukasz" slugs as "soren-lukasz". */
const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = {
  ø: 'o', ł: 'l', đ: 'd', ð: 'd', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th', ı: 'i',
};

interface State {
  context: MarkdownContext;
  problems: MarkdownProblem[];
}

function convertBlocks(tokens: readonly Token[], state: State): Block[] {
  return tokens.flatMap((token) => convertBlock(token, state));
}

function convertBlock(token: Token, state: State): Block[] {
  switch (token.type) {
    case 'heading':
      return [heading(token as Tokens.Heading, state)];
    case 'paragraph':
    case 'text': // tight list items hold their text as block-level text tokens
      return paragraphBlocks(token as Tokens.Paragraph | Tokens.Text, state);
    case 'list':
      return [list(token as Tokens.List, state)];
    case 'table':
      return [table(token as Tokens.Table, state)];
    case 'code':
      return [{ type: 'code', text: (token as Tokens.Code).text }];
    case 'blockquote':
      return [{ type: 'quote', blocks: convertBlocks((token as Tokens.Blockquote).tokens, state) }];
    case 'hr':
      return [{ type: 'rule' }];
    case 'html':
      return htmlBlock((token as Tokens.HTML).text, state);
    case 'space':
    case 'def':
    case 'checkbox': // a task item's box; the item carries `checked`
      return [];
    default:
      return token.raw.trim() ? [{ type: 'paragraph', runs: [run(token.raw.trim(), {})] }] : [];
  }
}

function heading(token: Tokens.Heading, state: State): Block {
  const runs = tidyRuns(inlineRuns(token.tokens, {}, state));
  const text = plainText(runs).replace(/\s+/g, ' ').trim();
  const level = Math.min(Math.max(token.depth, 1), 6) as 1 | 2 | 3 | 4 | 5 | 6;
  return { type: 'heading', level, runs, text, id: slugify(text), toc: level <= 3 };
}

function paragraphBlocks(token: Tokens.Paragraph | Tokens.Text, state: State): Block[] {
  if (PAGE_BREAK_COMMAND.test(token.raw.trim())) return [{ type: 'pageBreak' }];
  const tokens: Token[] = token.tokens ?? [{ type: 'text', raw: token.text, text: token.text }];
  const images = standaloneImages(tokens);
  if (images) return images.map((image) => imageBlock(image, state));
  const runs = tidyRuns(inlineRuns(tokens, {}, state));
  return runs.length > 0 ? [{ type: 'paragraph', runs }] : [];
}

/** The images of a paragraph that holds nothing else (whitespace and line breaks aside). */
function standaloneImages(tokens: readonly Token[]): Tokens.Image[] | undefined {
  const images = tokens.filter((t): t is Tokens.Image => t.type === 'image');
  const onlyImages = tokens.every(
    (t) =>
      t.type === 'image' ||
      t.type === 'br' ||
      t.type === 'checkbox' ||
      (t.type === 'text' && !t.tokens && t.text.trim() === '') ||
      (t.type === 'html' && BR_TAG.test(t.text)),
  );
  return images.length > 0 && onlyImages ? images : undefined;
}

function imageBlock(token: Tokens.Image, state: State): Block {
  const src = decodeEntities(token.href);
  const alt = imageAlt(token, state);
  const resolved = state.context.resolveImage(src, alt);
  if ('error' in resolved) {
    // Resolvers often name the source themselves; say it once.
    state.problems.push({ message: resolved.error.includes(src) ? resolved.error : `image "${src}" could not be used: ${resolved.error}`, raw: token.raw });
    return { type: 'paragraph', style: 'note', runs: [run(alt || src, {})] };
  }
  const caption = token.title ? decodeEntities(token.title) : resolved.caption;
  return caption ? { ...resolved, caption } : resolved;
}

function imageAlt(token: Tokens.Image, state: State): string {
  return plainText(inlineRuns(token.tokens, {}, state)).replace(/\s+/g, ' ').trim();
}

function list(token: Tokens.List, state: State): Block {
  return {
    type: 'list',
    ordered: token.ordered,
    start: typeof token.start === 'number' ? token.start : 1,
    // Loose and tight items both become paragraphs; how much space goes between items is the writers' call.
    items: token.items.map((item) => ({
      blocks: convertBlocks(item.tokens, state),
      ...(item.task ? { checked: item.checked === true } : {}),
    })),
  };
}

function table(token: Tokens.Table, state: State): Block {
  const cell = (c: Tokens.TableCell): Cell => tidyRuns(inlineRuns(c.tokens, {}, state));
  return { type: 'table', header: token.header.map(cell), rows: token.rows.map((row) => row.map(cell)), align: token.align.map((a) => a ?? null) };
}

function htmlBlock(html: string, state: State): Block[] {
  const text = html.trim();
  if (PAGE_BREAK_COMMENT.test(text)) return [{ type: 'pageBreak' }];
  const directive = drawingDirective(text);
  if (directive) return drawingBlocks(directive, text, state);
  const runs: Inline[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (i > 0) runs.push({ type: 'break' });
    runs.push(...htmlRuns(line, {}));
  }
  return [{ type: 'paragraph', runs: tidyRuns(runs) }];
}

function drawingBlocks({ kind, name, flags }: DrawingDirective, raw: string, state: State): Block[] {
  const resolve = state.context.resolveDrawing;
  if (!resolve) return [];
  const resolved = resolve(kind, name, flags);
  if (!('error' in resolved)) return resolved;
  state.problems.push({ message: resolved.error, raw });
  return [];
}

/** Raw HTML as it was typed, `<br>` tags aside (they become line breaks). */
function htmlRuns(html: string, marks: Marks): Inline[] {
  return html
    .split(/(<br\s*\/?>)/i)
    .filter((part) => part !== '')
    .map((part): Inline => {
      if (BR_TAG.test(part)) return { type: 'break' };
      return run(part, marks);
    });
}

type Marks = Omit<TextRun, 'type' | 'text'>;

function run(text: string, marks: Marks): TextRun {
  return { type: 'text', text, ...marks };
}

/**
 * `literal`: the text is exactly as typed (autolinks), so entity references are not decoded.
 */
function inlineRuns(tokens: readonly Token[], marks: Marks, state: State, literal = false): Inline[] {
  return tokens.flatMap((token) => inlineToken(token, marks, state, literal));
}

function inlineToken(token: Token, marks: Marks, state: State, literal: boolean): Inline[] {
  switch (token.type) {
    case 'text': {
      const text = token as Tokens.Text;
      if (text.tokens) return inlineRuns(text.tokens, marks, state, literal);
      return [run(softBreaksToSpaces(literal ? text.text : decodeEntities(text.text)), marks)];
    }
    case 'escape':
      return [run((token as Tokens.Escape).text, marks)];
    case 'codespan':
      return [run((token as Tokens.Codespan).text.replace(/\n/g, ' '), { ...marks, code: true })];
    case 'strong':
      return inlineRuns((token as Tokens.Strong).tokens, { ...marks, bold: true }, state, literal);
    case 'em':
      return inlineRuns((token as Tokens.Em).tokens, { ...marks, italic: true }, state, literal);
    case 'del':
      return inlineRuns((token as Tokens.Del).tokens, { ...marks, strike: true }, state, literal);
    case 'br':
      return [{ type: 'break' }];
    case 'link':
      return linkRuns(token as Tokens.Link, marks, state);
    case 'image': {
      const alt = imageAlt(token as Tokens.Image, state);
      return alt ? [run(alt, marks)] : [];
    }
    case 'html':
      return htmlRuns((token as Tokens.Tag).text, marks);
    case 'checkbox':
      return [];
    default: {
      const nested = (token as Tokens.Generic).tokens;
      return nested ? inlineRuns(nested, marks, state, literal) : [run(token.raw, marks)];
    }
  }
}

function linkRuns(token: Tokens.Link, marks: Marks, state: State): Inline[] {
  const literal = token.autolink === true;
  const target = literal ? token.href : decodeEntities(token.href);
  const href = allowedHref(target);
  return inlineRuns(token.tokens, href ? { ...marks, href } : marks, state, literal);
}

function softBreaksToSpaces(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, ' ');
}

/** Joins neighbouring runs that look the same; trims whitespace at both ends and around line breaks. */
function tidyRuns(runs: readonly Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const r of runs) {
    const last = merged.at(-1);
    if (r.type === 'text' && last?.type === 'text' && sameMarks(last, r)) merged[merged.length - 1] = { ...last, text: last.text + r.text };
    else merged.push(r);
  }
  return merged
    .map((r, i): Inline => {
      if (r.type === 'break') return r;
      const before = merged[i - 1];
      const after = merged[i + 1];
      let text = r.text;
      if (!before || before.type === 'break') text = text.trimStart();
      if (!after || after.type === 'break') text = text.trimEnd();
      return text === r.text ? r : { ...r, text };
    })
    .filter((r) => r.type === 'break' || r.text !== '');
}

function sameMarks(a: TextRun, b: TextRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.strike === b.strike && a.code === b.code && a.href === b.href;
}


