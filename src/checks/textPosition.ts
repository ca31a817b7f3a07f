import { isScalar } from 'yaml';
import { splitFrontMatter } from '../content/load';
import type { Position, SourceFile } from '../content/source';
import type { FieldPath } from '../diagnostics/diagnostic';

/**
 * Position of character `offset` of the string value at `path`, or undefined when it cannot be told exactly.
 *
 * YAML folds lines and strips indentation, so offsets in the value and in the file differ; but every
 * non-blank character of a plain, single-line quoted or block scalar (and of a Markdown body) appears in the
 * file in the same order. Counting non-blank characters maps one onto the other. Quoted scalars with
 * escapes are left out, since an escape changes the characters themselves.
 */
export function locateInValue(source: SourceFile, path: FieldPath, value: string, offset: number, bodyField?: string): Position | undefined {
  const span = bodyField !== undefined && path.length === 1 && path[0] === bodyField && source.file.endsWith('.md')
    ? markdownBodySpan(source.text)
    : scalarSpan(source, path);
  if (!span) return undefined;
  const wanted = nonBlankCount(value, offset);
  let seen = 0;
  for (let i = span.from; i < span.to; i++) {
    if (isBlank(source.text[i])) continue;
    if (seen === wanted) return source.text[i] === value[offset] ? positionOf(source.text, i) : undefined;
    seen++;
  }
  return undefined;
}

/** The Markdown body of a `.md` section file: everything after the front matter. */
function markdownBodySpan(text: string): { from: number; to: number } {
  return { from: text.length - splitFrontMatter(text).body.length, to: text.length };
}

/** Where the characters of the scalar at `path` stand in the file text. */
function scalarSpan(source: SourceFile, path: FieldPath): { from: number; to: number } | undefined {
  const node = source.doc.getIn(path, true);
  if (!isScalar(node) || !node.range) return undefined;
  // The YAML of a Markdown file's front matter starts after its opening `---` line.
  const base = source.lineOffset ? source.text.indexOf('\n') + 1 : 0;
  const [start, end] = [base + node.range[0], base + node.range[1]];
  const raw = source.text.slice(start, end);
  switch (node.type) {
    case 'PLAIN':
      return { from: start, to: end };
    case 'QUOTE_DOUBLE':
      return raw.includes('\\') ? undefined : { from: start + 1, to: end - 1 };
    case 'QUOTE_SINGLE':
      return raw.slice(1, -1).includes("''") ? undefined : { from: start + 1, to: end - 1 };
    case 'BLOCK_FOLDED':
    case 'BLOCK_LITERAL': {
      const header = raw.indexOf('\n');
      return header < 0 ? undefined : { from: start + header + 1, to: end };
    }
    default:
      return undefined;
  }
}

function nonBlankCount(text: string, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) if (!isBlank(text[i])) count++;
  return count;
}

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

function positionOf(text: string, index: number): Position {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return { line, col: index - lineStart + 1 };
}
