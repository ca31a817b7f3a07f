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
 *   drops the link and is reported.
 * Heading ids are slugs of the heading text; making them unique and numbering headings happen later.
 */
import { getDefaults, Lexer, type Token, type Tokens } from 'marked';
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
   * Content that was dropped or shown differently from what was written: an image that cannot be used is an
   * error; raw HTML shown as text and a removed link are warnings (the output stays safe either way).
   */
  problems: MarkdownProblem[];
}

export interface MarkdownProblem {
  severity: 'error' | 'warning';
  message: string;
  /** The Markdown as written that the problem is about, so a check can point at it. */
  raw?: string;
}

export function markdownToBlocks(markdown: string, context: MarkdownContext): MarkdownBlocks {
  return tokensToBlocks(lexMarkdown(markdown), context);
}

/** `markdownToBlocks` for Markdown already lexed (see `lexMarkdown`), so a caller that also looks for images lexes once. */
export function tokensToBlocks(tokens: readonly Token[], context: MarkdownContext): MarkdownBlocks {
  const state: State = { context, problems: [] };
  const blocks = convertBlocks(tokens, state);
  const seen = new Set<string>();
  const problems = state.problems.filter((p) => !seen.has(p.message) && seen.add(p.message));
  return { blocks, problems };
}

/** Every image source the Markdown references, in order and without repeats, so callers can load them first. */
/** Every Markdown image of a text in order: its path (entities decoded), its alt text and its source text. */
export function markdownImages(markdown: string): { src: string; alt: string; raw: string }[] {
  const images: { src: string; alt: string; raw: string }[] = [];
  walk(lexMarkdown(markdown), (token) => {
    if (token.type === 'image') images.push({ src: decodeEntities((token as Tokens.Image).href), alt: (token as Tokens.Image).text, raw: token.raw });
  });
  return images;
}

export function imageSources(markdown: string | readonly Token[]): string[] {
  const sources = new Set<string>();
  walk(typeof markdown === 'string' ? lexMarkdown(markdown) : markdown, (token) => {
    if (token.type === 'image') sources.add(decodeEntities((token as Tokens.Image).href));
  });
  return [...sources];
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

/** marked's tokens for a Markdown text, with GFM and without any extension registered globally. */
export function lexMarkdown(markdown: string): Token[] {
  // A fresh options object: the lexer stores its tokenizer on it, and the global defaults may carry
  // extensions someone registered with marked.use().
  return new Lexer({ ...getDefaults(), gfm: true, breaks: false, pedantic: false, extensions: null }).lex(markdown);
}

function walk(tokens: readonly Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    if (token.type === 'list') for (const item of (token as Tokens.List).items) walk(item.tokens, visit);
    else if (token.type === 'table') {
      const table = token as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) walk(cell.tokens, visit);
    } else if ('tokens' in token && token.tokens) walk(token.tokens, visit);
  }
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

const PAGE_BREAK_COMMAND = /^\\pagebreak$/;
const PAGE_BREAK_COMMENT = /^<!--\s*pagebreak\s*-->$/i;
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
    state.problems.push({ severity: 'error', message: resolved.error.includes(src) ? resolved.error : `image "${src}" could not be used: ${resolved.error}` });
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

const BR_TAG = /^<br\s*\/?>$/i;

function htmlBlock(html: string, state: State): Block[] {
  const text = html.trim();
  if (PAGE_BREAK_COMMENT.test(text)) return [{ type: 'pageBreak' }];
  const directive = drawingDirective(text);
  if (directive) return drawingBlocks(directive, state);
  const runs: Inline[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (i > 0) runs.push({ type: 'break' });
    runs.push(...htmlRuns(line, {}, state));
  }
  return [{ type: 'paragraph', runs: tidyRuns(runs) }];
}

function drawingBlocks({ kind, name, flags }: DrawingDirective, state: State): Block[] {
  const resolve = state.context.resolveDrawing;
  if (!resolve) return [];
  const resolved = resolve(kind, name, flags);
  if (!('error' in resolved)) return resolved;
  state.problems.push({ severity: 'error', message: resolved.error });
  return [];
}

/** Raw HTML as it was typed, `<br>` tags aside (they become line breaks). */
function htmlRuns(html: string, marks: Marks, state: State): Inline[] {
  return html
    .split(/(<br\s*\/?>)/i)
    .filter((part) => part !== '')
    .map((part): Inline => {
      if (BR_TAG.test(part)) return { type: 'break' };
      if (part.trim()) state.problems.push({ severity: 'warning', message: `raw HTML is not interpreted and is shown as text: ${excerpt(part.trim())}`, raw: part.trim() });
      return run(part, marks);
    });
}

function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
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
      return htmlRuns((token as Tokens.Tag).text, marks, state);
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
  const runs = inlineRuns(token.tokens, href ? { ...marks, href } : marks, state, literal);
  if (!href) {
    const text = plainText(runs).replace(/\s+/g, ' ').trim();
    state.problems.push({
      severity: 'warning',
      message: `link "${text}" to "${excerpt(target)}" was removed (only http:, https:, mailto: and #anchor links are kept); its text stays`,
      raw: token.raw,
    });
  }
  return runs;
}

/** The link target if it is http(s), mailto or an in-document anchor; anything else (javascript:, data:, relative paths) is refused. */
function allowedHref(target: string): string | undefined {
  const href = target.trim();
  return /^(?:https?|mailto):/i.test(href) || /^#\S+$/.test(href) ? href : undefined;
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

/**
 * Decodes character references. marked leaves named references (and `&amp;`) in text tokens for its HTML
 * renderer to pass through; a document tree needs the characters. Unknown names stay as typed, as in CommonMark.
 */
function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) {
      const codePoint = NAMED_REFERENCES.get(name);
      return codePoint === undefined ? whole : String.fromCodePoint(codePoint);
    }
    const codePoint = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    const invalid = codePoint === 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff);
    return invalid ? '\uFFFD' : String.fromCodePoint(codePoint);
  });
}

/** The HTML 4 named character references (the ones people type) plus `&apos;`; name:hex code point. */
const NAMED_REFERENCES = new Map(
  (
  'AElig:c6 Aacute:c1 Acirc:c2 Agrave:c0 Alpha:391 Aring:c5 Atilde:c3 Auml:c4 Beta:392 Ccedil:c7 Chi:3a7 ' +
  'Dagger:2021 Delta:394 ETH:d0 Eacute:c9 Ecirc:ca Egrave:c8 Epsilon:395 Eta:397 Euml:cb Gamma:393 Iacute:cd ' +
  'Icirc:ce Igrave:cc Iota:399 Iuml:cf Kappa:39a Lambda:39b Mu:39c Ntilde:d1 Nu:39d OElig:152 Oacute:d3 Ocirc:d4 ' +
  'Ograve:d2 Omega:3a9 Omicron:39f Oslash:d8 Otilde:d5 Ouml:d6 Phi:3a6 Pi:3a0 Prime:2033 Psi:3a8 Rho:3a1 Scaron:160 ' +
  'Sigma:3a3 THORN:de Tau:3a4 Theta:398 Uacute:da Ucirc:db Ugrave:d9 Upsilon:3a5 Uuml:dc Xi:39e Yacute:dd Yuml:178 ' +
  'Zeta:396 aacute:e1 acirc:e2 acute:b4 aelig:e6 agrave:e0 alefsym:2135 alpha:3b1 amp:26 and:2227 ang:2220 apos:27 ' +
  'aring:e5 asymp:2248 atilde:e3 auml:e4 bdquo:201e beta:3b2 brvbar:a6 bull:2022 cap:2229 ccedil:e7 cedil:b8 ' +
  'cent:a2 chi:3c7 circ:2c6 clubs:2663 cong:2245 copy:a9 crarr:21b5 cup:222a curren:a4 dArr:21d3 dagger:2020 ' +
  'darr:2193 deg:b0 delta:3b4 diams:2666 divide:f7 eacute:e9 ecirc:ea egrave:e8 empty:2205 emsp:2003 ensp:2002 ' +
  'epsilon:3b5 equiv:2261 eta:3b7 eth:f0 euml:eb euro:20ac exist:2203 fnof:192 forall:2200 frac12:bd frac14:bc ' +
  'frac34:be frasl:2044 gamma:3b3 ge:2265 gt:3e hArr:21d4 harr:2194 hearts:2665 hellip:2026 iacute:ed icirc:ee ' +
  'iexcl:a1 igrave:ec image:2111 infin:221e int:222b iota:3b9 iquest:bf isin:2208 iuml:ef kappa:3ba lArr:21d0 ' +
  'lambda:3bb lang:27e8 laquo:ab larr:2190 lceil:2308 ldquo:201c le:2264 lfloor:230a lowast:2217 loz:25ca lrm:200e ' +
  'lsaquo:2039 lsquo:2018 lt:3c macr:af mdash:2014 micro:b5 middot:b7 minus:2212 mu:3bc nabla:2207 nbsp:a0 ' +
  'ndash:2013 ne:2260 ni:220b not:ac notin:2209 nsub:2284 ntilde:f1 nu:3bd oacute:f3 ocirc:f4 oelig:153 ograve:f2 ' +
  'oline:203e omega:3c9 omicron:3bf oplus:2295 or:2228 ordf:aa ordm:ba oslash:f8 otilde:f5 otimes:2297 ouml:f6 ' +
  'para:b6 part:2202 permil:2030 perp:22a5 phi:3c6 pi:3c0 piv:3d6 plusmn:b1 pound:a3 prime:2032 prod:220f prop:221d ' +
  'psi:3c8 quot:22 rArr:21d2 radic:221a rang:27e9 raquo:bb rarr:2192 rceil:2309 rdquo:201d real:211c reg:ae ' +
  'rfloor:230b rho:3c1 rlm:200f rsaquo:203a rsquo:2019 sbquo:201a scaron:161 sdot:22c5 sect:a7 shy:ad sigma:3c3 ' +
  'sigmaf:3c2 sim:223c spades:2660 sub:2282 sube:2286 sum:2211 sup:2283 sup1:b9 sup2:b2 sup3:b3 supe:2287 szlig:df ' +
  'tau:3c4 there4:2234 theta:3b8 thetasym:3d1 thinsp:2009 thorn:fe tilde:2dc times:d7 trade:2122 uArr:21d1 ' +
  'uacute:fa uarr:2191 ucirc:fb ugrave:f9 uml:a8 upsih:3d2 upsilon:3c5 uuml:fc weierp:2118 xi:3be yacute:fd yen:a5 ' +
  'yuml:ff zeta:3b6 zwj:200d zwnj:200c '
  )
    .trim()
    .split(' ')
    .map((entry): [string, number] => {
      const [name, hex] = entry.split(':');
      return [name, Number.parseInt(hex, 16)];
    }),
);
