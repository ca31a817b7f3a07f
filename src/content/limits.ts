import { isCollection, isMap, isPair, isSeq, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { SourceFile } from './source';

/**
 * What a plan may hold, beyond any real plan (the benchmark's largest, 4,000 tasks in a 3,000-page document, fits), so
 * that every check and every writer runs in bounded time and
 * stack: a file over a limit is an error at its place, and is not read further. Stated in the README ("Limits").
 */
export const LIMITS = {
  /** Bytes in one content file. */
  fileBytes: 8 * 1024 * 1024,
  /** Characters in one line. */
  lineChars: 20_000,
  /** Levels of YAML collections inside each other (a map in a list in a map...). */
  yamlDepth: 64,
  /** Items in one YAML list, and so rows in a table generated from it. */
  listItems: 10_000,
  /** Levels of Markdown lists and block quotes inside each other. */
  markdownDepth: 32,
  /** Rows of one Markdown table. */
  tableRows: 10_000,
} as const;

export const TOO_DEEP = {
  message: `values are nested more than ${LIMITS.yamlDepth} levels deep here`,
  hint: 'flatten the structure: no plan field nests this deep',
};

const at = (file: string, line: number, col: number, code: string, message: string, hint: string): Diagnostic => ({
  file,
  line,
  col,
  path: [],
  severity: 'error',
  code,
  message,
  hint,
});

/** A file too large, or with a line too long, to be read: at the first character past the limit. */
export function sizeProblem(file: string, bytes: number, text?: string): Diagnostic | undefined {
  if (bytes > LIMITS.fileBytes) {
    return at(file, 1, 1, 'file-too-large', `file is larger than ${LIMITS.fileBytes / 1024 / 1024} MiB, the most a content file may hold`, 'split the content, or move large data (images) into assets/');
  }
  if (text === undefined) return undefined;
  let line = 1;
  for (let start = 0; start <= text.length; line++) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > LIMITS.lineChars) {
      return at(file, line, LIMITS.lineChars + 1, 'line-too-long', `line is longer than ${LIMITS.lineChars} characters, the most a line may hold`, 'break the line (a blank line between paragraphs, or a new line anywhere in running text)');
    }
    if (end === -1) break;
    start = end + 1;
  }
  return undefined;
}

/**
 * Collections nested deeper, or lists longer, than the limits: at the first such place. The walk keeps its own
 * stack, so a deep file cannot exhaust the call stack here.
 */
export function shapeProblems(source: SourceFile): Diagnostic[] {
  const where = (node: Node) => {
    const pos = source.lineCounter.linePos(node.range?.[0] ?? 0);
    return { line: pos.line + source.lineOffset, col: pos.col };
  };
  const stack: { node: unknown; depth: number }[] = [{ node: source.doc.contents, depth: 1 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    const { line, col } = where(node);
    if (depth > LIMITS.yamlDepth) {
      return [at(source.file, line, col, 'too-deep', TOO_DEEP.message, TOO_DEEP.hint)];
    }
    if (isSeq(node) && node.items.length > LIMITS.listItems) {
      const item = where(node.items[LIMITS.listItems] as Node);
      return [at(source.file, item.line, item.col, 'list-too-long', `this list has ${node.items.length} items, more than the ${LIMITS.listItems} a list may hold`, 'split it, or summarise: a document table this long helps no reader')];
    }
    for (const item of node.items) {
      if (isMap(node) && isPair(item)) stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return [];
}

/** Nesting so deep that the YAML parser itself ran out of stack (its own message) is reported as `shapeProblems` does. */
export function isStackOverflow(message: string): boolean {
  return message.includes('Maximum call stack size exceeded');
}
