import { LIMITS } from './limits';

/**
 * A fast reader for the plain YAML that content files are written in: block mappings and sequences, plain, quoted
 * and block scalars, one-line flow lists and mappings. It gives the value the `yaml` package would give, or
 * `undefined` for anything else (anchors, tags, escapes in multi-line quotes, tabs, an indentation it cannot be sure
 * of, any syntax error, a file past the LIMITS), and then the file is read by `yaml` with positions as before. Positions are only needed to
 * locate a diagnostic, so a clean file never pays for them (load.ts). tests/content/plainYaml.test.ts compares the
 * two readers on every content file and on generated variations.
 */
export function readPlainYaml(text: string): { value: unknown } | undefined {
  if (UNUSUAL_CHARACTER.test(text) || MARKER.test(text)) return undefined;
  try {
    return { value: new Reader(text.split('\n')).document() };
  } catch (error) {
    // A stack overflow is a file nested too deep: `yaml` reports it as such (limits.ts).
    if (error === NOT_PLAIN || error instanceof RangeError) return undefined;
    throw error;
  }
}

/**
 * Characters that change how YAML reads a text, that `yaml` reports, or that unholdable.ts warns of: tabs, carriage
 * returns, other controls, byte order marks, non-characters, lone surrogates. Found in a value (made by an escape),
 * they too leave the file to `yaml`, so that every warning about them is located as before.
 */
const UNUSUAL_CHARACTER = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Document markers and directives at the start of a line. */
const MARKER = /^(?:---|\.\.\.|%)/m;

const NOT_PLAIN = Symbol('not plain YAML');
function notPlain(): never {
  throw NOT_PLAIN;
}

/** `key:` followed by a space or the end of the line; keys that `yaml` would read as anything but that text are left out. */
const KEY = /^([A-Za-z_](?:[\w .\/&()-]*[\w.\/&()-])?):(?: +|$)/;
const RESERVED_KEYS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL', '__proto__']);
/** A character that gives a plain scalar's first character another meaning. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** A comment after a value, or only spaces. */
const AFTER_VALUE = /^(?: +#.*| *)$/;

class Reader {
  private i = 0;
  /** Collections open around the current line: a file nested past the limit is left to `yaml`, which reports it. */
  private depth = 0;

  constructor(private readonly lines: string[]) {}

  document(): unknown {
    this.skipBlank();
    if (this.i >= this.lines.length) return null;
    if (indentOf(this.lines[this.i]) !== 0) notPlain();
    const value = this.collection(0);
    this.skipBlank();
    if (this.i < this.lines.length) notPlain();
    return value;
  }

  /** Moves past blank and comment lines. */
  private skipBlank(): void {
    while (this.i < this.lines.length && isBlankOrComment(this.lines[this.i])) this.i++;
  }

  /** The block mapping or sequence whose first line (the current one) is indented by `indent`. */
  private collection(indent: number): unknown {
    const content = this.lines[this.i].slice(indent);
    if (isDash(content)) return this.sequence(indent);
    if (KEY.test(content)) return this.mapping(indent);
    return notPlain();
  }

  private mapping(indent: number): Record<string, unknown> {
    enter(++this.depth);
    const map: Record<string, unknown> = {};
    for (this.skipBlank(); this.i < this.lines.length; this.skipBlank()) {
      const line = this.lines[this.i];
      const at = indentOf(line);
      if (at < indent) break;
      if (at > indent) notPlain();
      const match = KEY.exec(line.slice(indent)) ?? notPlain();
      const key = match[1];
      if (RESERVED_KEYS.has(key) || Object.hasOwn(map, key)) notPlain();
      this.i++;
      map[key] = this.value(line.slice(indent + match[0].length), indent, true);
    }
    this.depth--;
    return map;
  }

  private sequence(indent: number): unknown[] {
    enter(++this.depth);
    const items: unknown[] = [];
    for (this.skipBlank(); this.i < this.lines.length; this.skipBlank()) {
      const line = this.lines[this.i];
      const at = indentOf(line);
      if (at < indent) break;
      if (at > indent) notPlain();
      const content = line.slice(indent);
      if (!isDash(content)) break;
      const item = content.slice(1).trimStart();
      if (isDash(item)) notPlain();
      if (KEY.test(item)) {
        // "- key: value" starts a mapping at the column of its key: read that line as if it were indented so.
        this.lines[this.i] = ' '.repeat(line.length - item.length) + item;
        items.push(this.mapping(line.length - item.length));
      } else {
        this.i++;
        items.push(this.value(item, indent, false));
      }
    }
    this.depth--;
    return withinLength(items);
  }

  /**
   * The value after `key:` or `- ` (`rest`, the current line already consumed), in a collection indented by
   * `indent`. A mapping's key may have its list at its own indentation (`sequenceAtIndent`).
   */
  private value(rest: string, indent: number, sequenceAtIndent: boolean): unknown {
    if (rest === '' || rest.startsWith('#')) return this.nested(indent, sequenceAtIndent);
    const first = rest[0];
    if (first === '|' || first === '>') return this.blockScalar(rest, indent);
    if (first === '"' || first === "'") return this.quoted(rest, indent);
    if (first === '[' || first === '{') return flow(rest, this.depth + 1);
    if (INDICATOR.test(rest) && !/^-[0-9A-Za-z.]/.test(rest)) notPlain();
    return this.plain(rest, indent);
  }

  /** What follows on the next lines after a key or dash with nothing after it; null when nothing does. */
  private nested(indent: number, sequenceAtIndent: boolean): unknown {
    this.skipBlank();
    if (this.i >= this.lines.length) return null;
    const line = this.lines[this.i];
    const at = indentOf(line);
    if (at === indent && sequenceAtIndent && isDash(line.slice(at))) return this.sequence(at);
    if (at <= indent) return null;
    const content = line.slice(at);
    if (isDash(content) || KEY.test(content)) return this.collection(at);
    if (INDICATOR.test(content)) notPlain();
    this.i++;
    return this.plain(content, indent);
  }

  /**
   * A quoted scalar; one that goes on over lines indented more than `indent` is folded as YAML does (escapes there
   * are left to `yaml`).
   */
  private quoted(rest: string, indent: number): string {
    const end = closingQuote(rest, 0);
    if (end !== -1) {
      if (!AFTER_VALUE.test(rest.slice(end + 1))) notPlain();
      return unquote(rest.slice(0, end + 1));
    }
    const quote = rest[0];
    if (rest.includes('\\')) notPlain();
    let text = rest.slice(1).trimEnd();
    if (text === '') notPlain();
    let blanks = 0;
    for (; this.i < this.lines.length; this.i++) {
      const line = this.lines[this.i];
      const content = line.trim();
      if (content === '') {
        blanks++;
        continue;
      }
      if (indentOf(line) <= indent || line.includes('\\')) notPlain();
      const close = line.indexOf(quote) === -1 ? -1 : closingQuote(`${quote}${line}`, 0) - 1;
      const part = (close === -1 ? line : line.slice(0, close)).trim();
      text += blanks === 0 ? ` ${part}` : '\n'.repeat(blanks) + part;
      blanks = 0;
      if (close !== -1) {
        if (!AFTER_VALUE.test(line.slice(close + 1))) notPlain();
        this.i++;
        return quote === "'" ? text.replaceAll("''", "'") : text;
      }
    }
    return notPlain();
  }

  /** A plain scalar starting with `first`, continued on lines indented more than `indent`, folded as YAML does. */
  private plain(first: string, indent: number): unknown {
    const comment = first.indexOf(' #');
    const head = (comment === -1 ? first : first.slice(0, comment)).trimEnd();
    if (head.includes(': ') || head.endsWith(':')) notPlain();
    let text = head;
    let blanks = 0;
    for (let j = this.i; j < this.lines.length; j++) {
      const line = this.lines[j];
      const content = line.trim();
      if (content === '') {
        blanks++;
        continue;
      }
      if (indentOf(line) <= indent || content.startsWith('#')) break;
      if (comment !== -1 || /^(?:[-?:](?: |$)|#)/.test(content) || content.includes(': ') || content.endsWith(':') || content.includes(' #')) notPlain();
      text += blanks === 0 ? ` ${content}` : '\n'.repeat(blanks) + content;
      blanks = 0;
      this.i = j + 1;
    }
    return text === head ? resolvePlain(head) : text;
  }

  /** A literal (`|`) or folded (`>`) block scalar, clipped or stripped (`-`); `+` and indentation digits are left to `yaml`. */
  private blockScalar(header: string, indent: number): string {
    const match = /^([|>])(-?)(?: +#.*| *)$/.exec(header) ?? notPlain();
    const [, style, strip] = match;
    let start = this.i;
    while (start < this.lines.length && this.lines[start].trim() === '') start++;
    if (start >= this.lines.length) notPlain();
    // The first line that is not blank sets the indentation of all.
    const own = indentOf(this.lines[start]);
    if (own <= indent) notPlain();
    const body: string[] = [];
    let end = this.i;
    for (let j = this.i; j < this.lines.length; j++) {
      const line = this.lines[j];
      if (line.trim() === '') {
        if (line.length > own) notPlain();
        body.push('');
        continue;
      }
      if (indentOf(line) < own) break;
      body.push(line.slice(own));
      end = j + 1;
    }
    // Without a line break after its last line, clipping reads differently: left to `yaml`.
    if (end >= this.lines.length && !strip) notPlain();
    this.i = end;
    const lines = body.slice(0, lastNonEmpty(body) + 1);
    const text = style === '|' ? lines.join('\n') : folded(lines);
    return strip ? text : `${text}\n`;
  }
}

function lastNonEmpty(lines: string[]): number {
  for (let j = lines.length - 1; j >= 0; j--) if (lines[j] !== '') return j;
  return -1;
}

/** Folded lines: one line break becomes a space, n blank lines n line breaks. More-indented lines are left to `yaml`. */
function folded(lines: string[]): string {
  let text = '';
  let blanks = 0;
  let started = false;
  for (const line of lines) {
    if (line === '') {
      blanks++;
      continue;
    }
    if (line.startsWith(' ')) notPlain();
    text += started ? (blanks === 0 ? ' ' : '\n'.repeat(blanks)) : '\n'.repeat(blanks);
    text += line;
    blanks = 0;
    started = true;
  }
  return text;
}

/** Where the quoted scalar opening at `from` closes (the index of its closing quote), or -1 when not on this line. */
function closingQuote(line: string, from: number): number {
  const quote = line[from];
  for (let end = from + 1; end < line.length; end++) {
    const ch = line[end];
    if (quote === '"' && ch === '\\') end++;
    else if (ch === quote) {
      if (quote === "'" && line[end + 1] === "'") end++;
      else return end;
    }
  }
  return -1;
}

/** The value of a quoted scalar, quotes included: double quotes with JSON's escapes (YAML has them all), or single. */
function unquote(quoted: string): string {
  if (quoted[0] === "'") return quoted.slice(1, -1).replaceAll("''", "'");
  let value: string;
  try {
    value = JSON.parse(quoted) as string;
  } catch {
    return notPlain();
  }
  return UNUSUAL_CHARACTER.test(value) ? notPlain() : value;
}

/** `[a, b]` or `{ k: v, k2: "v, 2", k3: [c] }` on one line. */
function flow(rest: string, depth: number): unknown {
  const [value, end] = flowCollection(rest, 0, depth);
  if (!AFTER_VALUE.test(rest.slice(end))) notPlain();
  return value;
}

/** The flow collection opening at `from`, and where the text after it starts. */
function flowCollection(line: string, from: number, depth: number): [unknown, number] {
  enter(depth);
  const isList = line[from] === '[';
  const close = isList ? ']' : '}';
  const items: unknown[] = [];
  const map: Record<string, unknown> = {};
  let at = skipSpaces(line, from + 1);
  while (line[at] !== close) {
    if (isList) {
      const [value, next] = flowValue(line, at, depth);
      items.push(value);
      at = next;
    } else {
      const key = FLOW_KEY.exec(line.slice(at)) ?? notPlain();
      if (RESERVED_KEYS.has(key[1]) || Object.hasOwn(map, key[1])) notPlain();
      const [value, next] = flowValue(line, at + key[0].length, depth);
      map[key[1]] = value;
      at = next;
    }
    if (line[at] === ',') {
      at = skipSpaces(line, at + 1);
      if (line[at] === close) notPlain();
    } else if (line[at] !== close) notPlain();
  }
  return [isList ? withinLength(items) : map, at + 1];
}

const FLOW_KEY = /^([A-Za-z_](?:[\w .\/&()-]*[\w.\/&()-])?): +/;

/** A flow collection's value starting at `at`, and where the text after it (and its spaces) starts. */
function flowValue(line: string, at: number, depth: number): [unknown, number] {
  if (line[at] === '[' || line[at] === '{') {
    const [value, end] = flowCollection(line, at, depth + 1);
    return [value, skipSpaces(line, end)];
  }
  if (line[at] === '"' || line[at] === "'") {
    const end = closingQuote(line, at);
    if (end === -1) notPlain();
    return [unquote(line.slice(at, end + 1)), skipSpaces(line, end + 1)];
  }
  const match = /^[^,[\]{}#:"'&*!|>%@`?-][^,[\]{}#:]*/.exec(line.slice(at)) ?? notPlain();
  return [resolvePlain(match[0].trimEnd()), skipSpaces(line, at + match[0].length)];
}

function skipSpaces(line: string, at: number): number {
  while (line[at] === ' ') at++;
  return at;
}

/** A one-line plain scalar as YAML 1.2's core schema reads it (the schema `yaml` uses by default). */
function resolvePlain(text: string): unknown {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text)) return text[0] === 't' || text[0] === 'T';
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? -Infinity : Infinity;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text) && /[.eE]/.test(text)) return parseFloat(text);
  return text;
}

/** A collection nested deeper than LIMITS allows is left to `yaml`, and reported as limits.ts says. */
function enter(depth: number): void {
  if (depth > LIMITS.yamlDepth) notPlain();
}

function withinLength(items: unknown[]): unknown[] {
  return items.length > LIMITS.listItems ? notPlain() : items;
}

function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

function isBlankOrComment(line: string): boolean {
  const content = line.trimStart();
  return content === '' || content.startsWith('#');
}

function isDash(content: string): boolean {
  return content === '-' || content.startsWith('- ');
}
