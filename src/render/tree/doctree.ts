/**
 * The one document tree every writer consumes. Readers of content (templates + Markdown) build it; writers
 * (HTML, DOCX, PDF) turn it into bytes and know nothing else: not sections, not YAML, not zod.
 */
import type { ImageAsset } from '../../content/images';

export interface TextRun {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  code?: boolean;
  /** External link (http, https, mailto) or internal anchor (`#id`); anything else never reaches the tree. */
  href?: string;
}

export interface LineBreak {
  type: 'break';
}

export type Inline = TextRun | LineBreak;

export interface Heading {
  type: 'heading';
  level: 1 | 2 | 3 | 4 | 5 | 6;
  runs: Inline[];
  /** Plain text of the heading, without its number. */
  text: string;
  /** Unique anchor id, stable for the same content. */
  id: string;
  /** Section number such as "2.3", absent for unnumbered headings (Version History, Table of Contents). */
  number?: string;
  /** Whether the table of contents lists it (only levels 1-3 ever do). */
  toc: boolean;
}

export interface Paragraph {
  type: 'paragraph';
  runs: Inline[];
  /** `note`: small print such as a caption or "Legend: R=Responsible". */
  style?: 'normal' | 'note';
}

export interface ListItem {
  blocks: Block[];
  /** Task-list item: done (true) or not (false); undefined for ordinary items. */
  checked?: boolean;
}

export interface List {
  type: 'list';
  ordered: boolean;
  start: number;
  items: ListItem[];
}

export type Align = 'left' | 'center' | 'right' | null;

/** Table cells hold inline content; a LineBreak separates lines inside a cell. */
export type Cell = Inline[];

export interface Table {
  type: 'table';
  header: Cell[];
  rows: Cell[][];
  align: Align[];
  /** Relative column widths (sum 1) when the template gives them; writers size columns otherwise. */
  widths?: number[];
  caption?: string;
}

export interface Image extends ImageAsset {
  type: 'image';
  alt: string;
  caption?: string;
  /** Fraction of the text width the image takes (0-1], when the content gives a width; otherwise its own size. */
  scale?: number;
}

export interface CodeBlock {
  type: 'code';
  text: string;
}

export interface Quote {
  type: 'quote';
  blocks: Block[];
}

export interface Rule {
  type: 'rule';
}

export interface PageBreak {
  type: 'pageBreak';
}

/** Where the table of contents goes; each writer fills it from `tocEntries(tree)`. */
export interface TocPlaceholder {
  type: 'toc';
  title: string;
}

/**
 * A vector drawing made by plansmith itself (never from content), such as a Gantt chart. Coordinates and sizes are in
 * points from the drawing's top-left corner; colours are `#RRGGBB`. Writers treat it as a figure with `alt` as its
 * text alternative, scaled to the text width.
 */
export interface Drawing {
  type: 'drawing';
  width: number;
  height: number;
  alt: string;
  caption?: string;
  shapes: Shape[];
}

export interface RectShape {
  type: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
}

export interface LineShape {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: string;
  strokeWidth: number;
  /** Dash and gap lengths in points. */
  dash?: [number, number];
  /** An arrowhead at (x2, y2), pointing along the line. */
  arrow?: 'end';
}

export interface PolygonShape {
  type: 'polygon';
  points: [number, number][];
  fill?: string;
  stroke?: string;
}

export interface TextShape {
  type: 'text';
  /** `y` is the baseline; `x` is where the text starts, centres or ends, per `anchor`. */
  x: number;
  y: number;
  text: string;
  size: number;
  color: string;
  anchor: 'start' | 'middle' | 'end';
  bold?: boolean;
}

export type Shape = RectShape | LineShape | PolygonShape | TextShape;

export type Block = Heading | Paragraph | List | Table | Image | Drawing | CodeBlock | Quote | Rule | PageBreak | TocPlaceholder;

export interface DocMeta {
  title: string;
  subject: string;
  author: string;
  keywords: string[];
  /** BCP 47 language tag, e.g. en-US. */
  language: string;
  /** ISO date (YYYY-MM-DD) of this version: the only date writers may put in file metadata. */
  date: string;
  version: string;
}

export interface TitlePage {
  title: string;
  subtitle?: string;
  /** Lines under the title: system and release, department, division, project. */
  lines: string[];
  version: string;
  date: string;
  logo?: Image;
  classification?: string;
  preparedBy: string;
  approvals: { name: string; role: string; date?: string }[];
}

/** Running header and footer on every page after the title page; writers append "Page X of Y". */
export interface PageFurniture {
  headerLeft: string;
  headerRight: string;
  headerLogo?: Image;
  classification?: string;
  footerLeft: string;
}

export interface DocTree {
  meta: DocMeta;
  titlePage: TitlePage;
  furniture: PageFurniture;
  blocks: Block[];
}

export interface TocEntry {
  level: number;
  number?: string;
  text: string;
  id: string;
}

/** The title page's approvals as an ordinary table, so every writer sets it like the document's other tables. */
export function approvalsTable(approvals: TitlePage['approvals']): Table {
  const cell = (value: string): Cell => [{ type: 'text', text: value }];
  return {
    type: 'table',
    // An empty Signature cell for each approver: the printed deliverable is signed there.
    header: ['Name', 'Role', 'Date', 'Signature'].map(cell),
    rows: approvals.map((a) => [cell(a.name), cell(a.role), cell(a.date ?? ''), []]),
    align: [null, null, null, null],
  };
}

/**
 * Whether a table's first column labels its rows (an id, a name, a role: every row has one and no two share it), so
 * that readers announce it with each cell of the row: the writers mark those cells as row headers.
 */
export function hasRowLabels(table: Table): boolean {
  if (table.rows.length < 2 || table.header.length < 2) return false;
  const labels = table.rows.map((row) => plainText(row[0] ?? []).trim());
  return labels.every((label) => label !== '') && new Set(labels).size === labels.length;
}

/** The text of a table's column headers, the empty ones left out. */
export function columnTitles(table: Table): string[] {
  return table.header.map((cell) => plainText(cell).trim()).filter(Boolean);
}

/** What a table is called where a reader names it: its caption, or else its column headers. */
export function tableTitle(table: Table): string {
  return table.caption ?? `Table: ${columnTitles(table).join(', ')}`;
}

/** Headings the table of contents lists, in document order. */
export function tocEntries(tree: DocTree, maxLevel = 3): TocEntry[] {
  return tree.blocks
    .filter((b): b is Heading => b.type === 'heading' && b.toc && b.level <= maxLevel)
    .map((h) => ({ level: h.level, number: h.number, text: h.text, id: h.id }));
}

/** Every block of the tree in document order, those inside lists and quotes included. */
export function* allBlocks(blocks: readonly Block[]): Generator<Block> {
  for (const block of blocks) {
    yield block;
    if (block.type === 'quote') yield* allBlocks(block.blocks);
    if (block.type === 'list') for (const item of block.items) yield* allBlocks(item.blocks);
  }
}

/** Plain text of inline content, line breaks as newlines. */
export function plainText(runs: readonly Inline[]): string {
  return runs.map((r) => (r.type === 'break' ? '\n' : r.text)).join('');
}

/** "2.3 Implementation Schedule" */
export function headingLabel(h: { number?: string; text: string }): string {
  return h.number ? `${h.number} ${h.text}` : h.text;
}
