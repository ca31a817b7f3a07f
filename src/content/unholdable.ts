import { visit } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { SourceFile } from './source';

/**
 * Characters that XML 1.0 cannot hold, so neither can a DOCX, nor the text layer of a PDF or an HTML page in any
 * useful way: C0 controls other than tab, line feed and carriage return; the non-characters U+FFFE and U+FFFF; and
 * halves of a surrogate pair standing alone (a YAML escape such as "\ud800" makes one).
 */
const UNHOLDABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ANY_UNHOLDABLE = new RegExp(UNHOLDABLE.source);

/** Whether `holdable` would change the text. */
export function hasUnholdable(text: string): boolean {
  return ANY_UNHOLDABLE.test(text);
}

/** The text without the characters no output format can hold (see `UNHOLDABLE`). */
export function holdable(text: string): string {
  return text.replace(UNHOLDABLE, '');
}

/**
 * A value with `holdable` applied to every string in it, at any depth (binary image data is kept as it is); the
 * same value when nothing in it needs a change.
 */
export function holdableDeep<T>(value: T): T {
  // Nearly every tree holds nothing to remove: a walk that allocates nothing tells, before any copying.
  return holdsUnholdable(value) ? copyHoldable(value) : value;
}

function holdsUnholdable(value: unknown): boolean {
  if (typeof value === 'string') return ANY_UNHOLDABLE.test(value);
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (holdsUnholdable(item)) return true;
    return false;
  }
  for (const key in value) if (Object.hasOwn(value, key) && holdsUnholdable((value as Record<string, unknown>)[key])) return true;
  return false;
}

function copyHoldable<T>(value: T): T {
  if (typeof value === 'string') return holdable(value) as T;
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) {
    let changed = false;
    const items = value.map((item) => {
      const safe = copyHoldable(item);
      changed ||= safe !== item;
      return safe;
    });
    return (changed ? items : value) as T;
  }
  let changed = false;
  const entries = Object.entries(value).map(([key, item]) => {
    const safe = copyHoldable(item);
    changed ||= safe !== item;
    return [key, safe] as const;
  });
  return (changed ? Object.fromEntries(entries) : value) as T;
}

const codePoint = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * A warning for the first character of a file that no output can hold, with how many there are: written in the file
 * itself, or made by a YAML escape ("\x01", "\uFFFF"), which is found at the start of its value.
 */
export function unholdableCharacters(source: SourceFile): Diagnostic[] {
  const literal = [...source.text.matchAll(UNHOLDABLE)];
  const escaped: { offset: number; ch: string }[] = [];
  visit(source.doc, {
    Scalar(_, node) {
      if (typeof node.value !== 'string' || !node.range) return;
      const found = ANY_UNHOLDABLE.exec(node.value);
      if (found && !ANY_UNHOLDABLE.test(source.text.slice(node.range[0], node.range[1]))) escaped.push({ offset: node.range[0], ch: found[0] });
    },
  });
  const count = literal.length + escaped.length;
  if (count === 0) return [];
  const at = literal.length ? positionIn(source.text, literal[0].index) : lineCol(source, escaped[0].offset);
  const ch = literal.length ? literal[0][0] : escaped[0].ch;
  return [{
    file: source.file,
    ...at,
    path: [],
    severity: 'warning',
    code: 'unholdable-character',
    message: `the invisible character ${codePoint(ch)} cannot be written to a DOCX, PDF or HTML document, so it is left out of them${count > 1 ? ` (${count} such characters in this file)` : ''}`,
    hint: 'delete it (editors show it as a box, "?" or nothing at all); a pasted text often brings such characters along',
  }];
}

function positionIn(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: offset - start + 1 };
}

function lineCol(source: SourceFile, offset: number): { line: number; col: number } {
  const pos = source.lineCounter.linePos(offset);
  return { line: pos.line + source.lineOffset, col: pos.col };
}
