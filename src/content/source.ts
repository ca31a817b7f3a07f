import { Document, isMap, Lexer, isPair, isScalar, isSeq, LineCounter, parseDocument, YAMLError, YAMLParseError, type Node } from 'yaml';
import type { Diagnostic, FieldPath } from '../diagnostics/diagnostic';
import { isStackOverflow, TOO_DEEP } from './limits';

/** A content file parsed with positions kept, so any field path can be traced back to file:line:col. */
export interface SourceFile {
  /** Path relative to the plan folder. */
  file: string;
  text: string;
  doc: Document;
  lineCounter: LineCounter;
  /** Lines before the YAML starts in `text` (front matter of a Markdown file starts after `---`). */
  lineOffset: number;
}

export interface Position {
  line: number;
  col: number;
}

/** Decodes bytes as UTF-8, reporting the first invalid byte's position instead of silently replacing it. */
export function decodeUtf8(file: string, bytes: Uint8Array): { text?: string; diagnostic?: Diagnostic } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const lines = before.split('\n');
    return {
      diagnostic: {
        file,
        line: lines.length,
        col: lines[lines.length - 1].length + 1,
        path: [],
        severity: 'error',
        code: 'not-utf8',
        message: `file is not valid UTF-8 (byte 0x${bytes[bad].toString(16).padStart(2, '0')} at offset ${bad})`,
        hint: 'save the file as UTF-8 (most editors: "Save with encoding" -> UTF-8)',
      },
    };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if (bytes[i + k] >> 6 !== 0b10) return i;
    i += len;
  }
  return i;
}

/**
 * Parses YAML keeping node ranges. Syntax errors and duplicate keys become diagnostics; alias expansion is
 * bounded so a "billion laughs" file cannot exhaust memory.
 */
export function parseYamlSource(file: string, text: string, lineOffset = 0): { source: SourceFile; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const diagnostics: Diagnostic[] = firstSyntaxErrorOnly([...doc.errors, ...doc.warnings]).map((e) => {
    const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
    const isDuplicate = e.code === 'DUPLICATE_KEY';
    const severity: Diagnostic['severity'] = doc.errors.includes(e as never) ? 'error' : 'warning';
    const where = { file, line: pos.line + lineOffset, col: pos.col, path: [], severity };
    if (isStackOverflow(e.message)) return { ...where, severity: 'error', code: 'too-deep', ...TOO_DEEP } satisfies Diagnostic;
    const opening = e.code === 'MISSING_CHAR' && e.message.startsWith('Missing closing') ? unclosedQuote(text) : undefined;
    if (opening !== undefined) {
      const at = lineCounter.linePos(opening.offset);
      return {
        ...where,
        line: at.line + lineOffset,
        col: at.col,
        code: 'yaml-syntax',
        message: `YAML: the quoted value that starts here has no closing ${opening.quote}`,
        hint: `end the value with ${opening.quote} on the line where it ends, or remove the opening ${opening.quote} (a ${opening.quote} inside the value is written ${opening.quote === '"' ? '\\"' : "''"})`,
      } satisfies Diagnostic;
    }
    return {
      ...where,
      code: isDuplicate ? 'duplicate-key' : 'yaml-syntax',
      message: isDuplicate ? 'duplicate key: this key is already set earlier in the same mapping' : `YAML: ${firstSentence(e.message)}`,
      hint: isDuplicate ? 'remove one of the two entries or rename it' : undefined,
    } satisfies Diagnostic;
  });
  return { source: { file, text, doc, lineCounter, lineOffset }, diagnostics };
}

/**
 * After a syntax error the parser resynchronises as best it can, and the syntax errors it reports next mostly follow
 * from the first: one unclosed `{` gave three messages. So a file reports its first syntax error only, with every
 * duplicate key and warning (a second key of the same name stays a mistake of its own).
 */
function firstSyntaxErrorOnly<E extends YAMLError>(errors: E[]): E[] {
  const isSyntax = (e: YAMLError) => e instanceof YAMLParseError && e.code !== 'DUPLICATE_KEY';
  const firstSyntax = errors.filter(isSyntax).sort((a, b) => a.pos[0] - b.pos[0])[0];
  return errors.filter((e) => !isSyntax(e) || e === firstSyntax);
}

/** The opening quote of the first quoted scalar in `text` that is never closed, as the YAML lexer reads it. */
function unclosedQuote(text: string): { offset: number; quote: string } | undefined {
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    // The lexer's markers of document start, flow end and scalar stand for no character of the text.
    if (token === '\u0002' || token === '\u0018' || token === '\u001f') continue;
    const quote = token[0];
    if ((quote === '"' || quote === "'") && !isClosed(token.trimEnd(), quote)) return { offset, quote };
    offset += token.length;
  }
  return undefined;
}

/** Whether a quoted token ends with its closing quote, not an escaped one (`\"`, or `''` inside single quotes). */
function isClosed(token: string, quote: string): boolean {
  if (token.length < 2 || !token.endsWith(quote)) return false;
  const repeated = (ch: string, from: number) => {
    let n = 0;
    while (from - n > 0 && token[from - n] === ch) n++;
    return n;
  };
  return quote === '"' ? repeated('\\', token.length - 2) % 2 === 0 : repeated("'", token.length - 1) % 2 === 1;
}

function firstSentence(message: string): string {
  return message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').trim();
}

/**
 * A content file read by the fast reader (plainYaml.ts), whose positions are parsed only when first asked for: to
 * locate a diagnostic. The fast reader declines any text `yaml` finds a fault in, so this parse reports none.
 */
export function deferredSource(file: string, yamlText: string, lineOffset = 0): SourceFile {
  let parsed: SourceFile | undefined;
  const positions = () => (parsed ??= parseYamlSource(file, yamlText, lineOffset).source);
  return {
    file,
    text: yamlText,
    lineOffset,
    get doc() {
      return positions().doc;
    },
    get lineCounter() {
      return positions().lineCounter;
    },
  };
}

/**
 * Position of the value at `path`. A path that does not exist (a missing field) resolves to its deepest
 * existing parent; `key: true` points at the key of the last segment (used for unknown keys).
 */
export function locate(source: SourceFile, path: FieldPath, options: { key?: boolean } = {}): Position {
  let node: unknown = source.doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      // The last of duplicated keys: it is the one whose value counts.
      const pair = node.items.findLast((p) => isPair(p) && (isScalar(p.key) ? p.key.value : p.key) == segment);
      if (!pair) break;
      const keyNode = pair.key as Node | null;
      if (last && options.key && keyNode?.range) {
        offset = keyNode.range[0];
        node = undefined;
        break;
      }
      node = pair.value;
      offset = (pair.value as Node | null)?.range?.[0] ?? keyNode?.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      node = node.items[segment];
      offset = (node as Node | null)?.range?.[0] ?? offset;
    } else {
      break;
    }
  }
  const pos = source.lineCounter.linePos(offset);
  return { line: pos.line + source.lineOffset, col: pos.col };
}

/** Line and column (1-based) of `offset` in `text`. */
export function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, col: before[before.length - 1].length + 1 };
}
