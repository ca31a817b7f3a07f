/**
 * The Markdown of prose fields, as plansmith reads it: marked's lexer with GFM, and the conventions every later
 * stage shares (what a page break, a drawing directive and a line break look like, which links are kept, and what
 * is shown other than as written). Rendering turns the same tokens into document-tree blocks
 * (render/markdown/blocks.ts).
 */
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
 * renderer to pass through; a document tree needs the characters. Unknown names stay as typed, as in CommonMark.
 */
export function decodeEntities(text: string): string {
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
