import { isDeepStrictEqual } from 'node:util';
import { Document, isScalar, isSeq, LineCounter, parseDocument, type Scalar } from 'yaml';
import type { VersionEntry } from '../content/sections/meta';

/**
 * Appends a version-history entry to the text of plan.yaml and returns the new text.
 *
 * The entry is serialized with the yaml Document API and spliced in after the last entry of `versions`, so
 * every other byte of the file (comments, folded paragraphs, flow maps, blank lines) stays as the author
 * wrote it. Re-serializing the whole Document (`String(doc)`) would reflow folded scalars and respace flow
 * collections; measured on the example plan it changed 26 of 33 files. A history written in flow style
 * (`versions: [...]`) has no lines to splice between and is the one case that is re-serialized.
 */
export function appendVersionEntry(text: string, entry: VersionEntry): string {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length) throw new Error(`plan.yaml is not valid YAML: ${doc.errors[0].message}`);
  const versions = doc.getIn(['versions'], true);
  if (!isSeq(versions) || !versions.range) throw new Error('plan.yaml has no version history list ("versions:") to append to');

  const result = versions.flow ? reserialized(doc, entry) : spliced(text, versions.range, lineCounter, entry);
  assertOnlyAppended(text, result, entry);
  return result;
}

function spliced(text: string, range: [number, number, number], lineCounter: LineCounter, entry: VersionEntry): string {
  const indent = lineCounter.linePos(range[0]).col - 1;
  const item = entryText(entry, indent);
  const end = range[1];
  return text[end - 1] === '\n' ? text.slice(0, end) + item + text.slice(end) : `${text.slice(0, end)}\n${item}${text.slice(end)}`;
}

/** The entry as block-sequence lines starting at column `indent`, each ending in a newline. */
function entryText(entry: VersionEntry, indent: number): string {
  const item = new Document([entryNode(entry)]);
  const yaml = item.toString({ lineWidth: Math.max(60, 100 - indent) });
  const pad = ' '.repeat(indent);
  return yaml
    .split('\n')
    .filter((line, i, lines) => i < lines.length - 1 || line !== '')
    .map((line) => (line === '' ? '' : pad + line))
    .join('\n')
    .concat('\n');
}

function entryNode(entry: VersionEntry) {
  const node = new Document().createNode({ version: entry.version, date: entry.date, author: entry.author, summary: entry.summary });
  // "1.10" must stay a string: quoted, as the schema asks and the example plan writes it.
  (node.get('version', true) as Scalar).type = 'QUOTE_DOUBLE';
  const summary = node.get('summary', true);
  if (isScalar(summary) && (entry.summary.length > 60 || entry.summary.includes('\n'))) summary.type = 'BLOCK_FOLDED';
  return node;
}

function reserialized(doc: Document, entry: VersionEntry): string {
  doc.addIn(['versions'], entryNode(entry));
  return String(doc);
}

/** The edit must add exactly the one entry and change nothing else the plan means. */
function assertOnlyAppended(before: string, after: string, entry: VersionEntry): void {
  const old = parseDocument(before).toJS() as { versions: unknown[] };
  const now = parseDocument(after, { uniqueKeys: true });
  const expected = { ...old, versions: [...old.versions, { ...entry }] };
  if (now.errors.length || !isDeepStrictEqual(now.toJS(), expected)) {
    throw new Error('could not append the version entry to plan.yaml without changing other content');
  }
}
