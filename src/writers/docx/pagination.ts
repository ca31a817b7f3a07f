/**
 * The DOCX's pages, worked out from the document tree: every block measured as the DOCX's styles set it (sizes,
 * line spacing, space before and after, table cell padding, image sizes), in the page geometry of its section, then
 * flowed onto pages (see `flowPages`). It gives the page of each heading the table of contents lists and the page
 * count, which the writer caches in the TOC and "of Y" fields so readers show them without updating fields; it agrees
 * with LibreOffice's layout of the same file. It mirrors the block rendering in `blocks.ts` and its neighbours: a
 * change to a style or a block's shape there is a change here.
 */
import type { Block, DocTree, Heading, Inline, List, PageFurniture, Paragraph, Table, TitlePage } from '../../render/tree/doctree';
import { approvalsTable, headingLabel } from '../../render/tree/doctree';
import type { Theme } from '../../render/templates/theme';
import { ascentEm, lineHeightEm } from '../../fonts/metrics';
import { titleLogoSize } from '../shared/imageSize';
import { keepsWithNext, startsChapterPage } from '../shared/pagination';
import { flowPages, type FloatPlacement, type FlowBox, type LinesBox, type Pages, type TableRowBox } from '../shared/pageFlow';
import { lineCount, type RunMarks } from '../shared/lineCount';
import { pageGeometry, pixels, type Orientation, type PageGeometry } from './geometry';
import { HEADER_RULE, HEADER_RULE_GAP, headerLogoSize } from './furniture';
import { bodyImageSize, wholePixels } from './images';
import { pageRuns, type PageRun } from './pageRuns';
import { CELL_MARGIN, rowLines, SPLITTABLE_LINES, tableFontSize, tableSizing } from './tables';

/** Line spacing of the document defaults (264 of 240ths, "auto") and of table text, code, headers (240). */
const BODY_SPACING = 264 / 240;
const SINGLE = 1;
/** Table borders are half a point wide (`w:sz="4"`, eighths of a point). */
const TABLE_BORDER = 0.5;
/** A paragraph border of `w:sz="6"` (0.75 pt) one point from the text, as the code and rule paragraphs have. */
const PARAGRAPH_BORDER = 0.75 + 1;
const LIST_INDENT = 432 / 20;
const QUOTE_INDENT = 28 + 14;
const TOC_INDENT = 14;

/** Where the blocks are set: the page's text width in points, the theme's sizes. */
interface Frame {
  theme: Theme;
  page: PageGeometry;
  /** Width in points lines are set in, narrower inside lists and quotes. */
  width: number;
}

interface ParagraphLook {
  size: number;
  spacing?: number;
  before: number;
  after: number;
  marks?: RunMarks;
  /** Points taken from the line width by indents. */
  indent?: number;
  /** Points added above and below by borders. */
  border?: number;
  contextual?: string;
}

/** A line's height in points: LibreOffice works in whole twips, rounding the font's line and then the spaced one. */
function lineHeight(size: number, spacing = BODY_SPACING): number {
  return Math.round(Math.round(size * 20 * lineHeightEm()) * spacing) / 20;
}

function textBox(runs: readonly Inline[], look: ParagraphLook, frame: Frame, extra: Partial<LinesBox> = {}): LinesBox {
  const count = lineCount(runs, frame.width - (look.indent ?? 0), look.size, look.marks);
  const line = lineHeight(look.size, look.spacing);
  const lines = Array.from({ length: count }, () => line);
  if (look.border) {
    lines[0] += look.border;
    lines[count - 1] += look.border;
  }
  return { kind: 'lines', lines, before: look.before, after: look.after, contextual: look.contextual, ...extra };
}

const text = (value: string): Inline[] => [{ type: 'text', text: value }];

/** The document default paragraph: body size, 6 pt after. */
const normal = (theme: Theme): ParagraphLook => ({ size: theme.font.body, before: 0, after: 6 });
const noteLook = (theme: Theme): ParagraphLook => ({ size: theme.font.small, before: 3, after: 6 });
const captionLook = (theme: Theme): ParagraphLook => ({ size: theme.font.small, before: 3, after: 9 });
const spacerLook = (theme: Theme): ParagraphLook => ({ size: theme.font.small, before: 0, after: 3 });

function headingLook(level: number, theme: Theme): ParagraphLook {
  const { font } = theme;
  const size = [font.h1, font.h2, font.h3][level - 1] ?? font.body;
  return { size, before: level === 1 ? 18 : 12, after: 6, marks: { bold: level <= 4, italic: level >= 5 } };
}

/**
 * A paragraph holding one inline picture of `height` points: the picture stands on the baseline, so the line is the
 * picture, the font's descent below it and the line spacing's extra share of the font's own line.
 */
function pictureBox(height: number, look: ParagraphLook, extra: Partial<LinesBox> = {}): LinesBox {
  const fontLine = lineHeight(look.size, SINGLE);
  const descent = fontLine - look.size * ascentEm();
  return { kind: 'lines', lines: [height + descent + fontLine * ((look.spacing ?? BODY_SPACING) - 1)], before: look.before, after: look.after, ...extra };
}

function tableBoxes(table: Table, frame: Frame): FlowBox[] {
  const styleSize = tableFontSize(frame.theme, frame.page.orientation);
  const { size, widths } = tableSizing(table, frame.page, styleSize);
  const padding = (CELL_MARGIN.top + CELL_MARGIN.bottom) / 20 + TABLE_BORDER;
  const line = lineHeight(size, SINGLE);
  const row = (cells: readonly Inline[][], header: boolean): TableRowBox => {
    const lines = rowLines(cells, widths, size, header);
    // A tall row may break across pages, as `tableBlocks` lets it (not `cantSplit`).
    return { height: padding + line * lines, ...(!header && lines >= SPLITTABLE_LINES ? { split: { line, lines, padding } } : {}) };
  };
  const caption = table.caption ? [textBox(text(table.caption), captionLook(frame.theme), frame, { keepNext: true })] : [];
  return [...caption, { kind: 'rows', header: [row(table.header, true).height], rows: table.rows.map((cells) => row(cells, false)), closing: TABLE_BORDER }];
}

function imageBoxes(image: { width: number; height: number; scale?: number; caption?: string }, frame: Frame): FlowBox[] {
  const { height } = bodyImageSize(image, frame.page);
  const caption = image.caption ? [textBox(text(image.caption), captionLook(frame.theme), frame)] : [];
  return [pictureBox(height * 0.75, normal(frame.theme), { keepNext: caption.length > 0 || undefined }), ...caption];
}

function listBoxes(list: List, frame: Frame, look: ParagraphLook, level = 0): FlowBox[] {
  const indent = LIST_INDENT * (Math.min(level, 8) + 1);
  const itemLook: ParagraphLook = { ...look, before: 0, after: 3, indent: (look.indent ?? 0) + indent, contextual: 'list' };
  return list.items.flatMap((item) => {
    const [first, ...rest] = item.blocks;
    const lead = first?.type === 'paragraph' ? first : undefined;
    const marker = textBox(lead ? lead.runs : [], itemLook, frame);
    const following = (lead ? rest : item.blocks).flatMap((block): FlowBox[] => {
      if (block.type === 'list') return listBoxes(block, frame, look, level + 1);
      if (block.type === 'paragraph') return [textBox(block.runs, itemLook, frame)];
      return blockBoxes([block], frame, look);
    });
    return [marker, ...following];
  });
}

/** Whether body text after a table takes the style with space above, or the table gets a spacer paragraph. */
function spacerAfterTable(next: Block | undefined, quoted: boolean): boolean {
  if (next?.type === 'heading' || next?.type === 'toc') return false;
  return !(next?.type === 'paragraph' && next.style !== 'note' && !quoted);
}

interface Marks {
  /** Mark of each heading the table of contents lists. */
  of: Map<Heading, number>;
}

function paragraphLook(blocks: readonly Block[], i: number, frame: Frame, base: ParagraphLook, quoted: boolean): ParagraphLook {
  const block = blocks[i] as Paragraph;
  if (block.style === 'note') return noteLook(frame.theme);
  if (blocks[i - 1]?.type === 'table' && !quoted) return { ...base, before: 9 };
  return base;
}

/**
 * The boxes of a run's blocks, each block's first box (a table's rows) knowing its block so that figures may float
 * past it, and each figure's boxes marked as a figure that may float.
 */
function topBoxes(blocks: readonly Block[], frame: Frame, marks: Marks): FlowBox[] {
  return blocks.flatMap((block, i) => {
    const boxes = boxesOf(blocks, i, frame, normal(frame.theme), false, marks);
    const first = boxes[0];
    if (first && first.kind !== 'rows') boxes[0] = { ...first, starts: block };
    if (block.type === 'table') return boxes.map((box) => (box.kind === 'rows' ? { ...box, table: block } : box));
    if ((block.type === 'image' || block.type === 'drawing') && first?.kind === 'lines') boxes[0] = { ...first, starts: block, float: boxes.length };
    return boxes;
  });
}

function blockBoxes(blocks: readonly Block[], frame: Frame, base: ParagraphLook, quoted = false, marks?: Marks): FlowBox[] {
  return blocks.flatMap((_, i) => boxesOf(blocks, i, frame, base, quoted, marks));
}

function boxesOf(blocks: readonly Block[], i: number, frame: Frame, base: ParagraphLook, quoted: boolean, marks?: Marks): FlowBox[] {
  const { theme } = frame;
  const block = blocks[i];
  switch (block.type) {
    case 'heading':
      return [
        // A chapter's heading paragraph has "page break before" (see `headingBlock`).
        ...(startsChapterPage(blocks, i, theme) ? [{ kind: 'break' } as const] : []),
        textBox([...(block.number ? text(`${block.number} `) : []), ...block.runs], headingLook(block.level, theme), frame, {
          keepNext: true,
          keepLines: true,
          mark: marks?.of.get(block),
        }),
      ];
    case 'paragraph':
      return [textBox(block.runs, paragraphLook(blocks, i, frame, base, quoted), frame, { keepNext: keepsWithNext(blocks, i) || undefined })];
    case 'list':
      return listBoxes(block, frame, base);
    case 'table':
      return [...tableBoxes(block, frame), ...(spacerAfterTable(blocks[i + 1], quoted) ? [textBox([], spacerLook(theme), frame)] : [])];
    case 'image':
      return imageBoxes(block, frame);
    case 'drawing':
      return imageBoxes({ width: pixels(block.width), height: pixels(block.height), scale: 1, caption: block.caption }, frame);
    case 'code': {
      const size = Math.max(theme.font.small, theme.font.body - 1);
      const runs = block.text.split('\n').flatMap((line, n): Inline[] => [...(n > 0 ? [{ type: 'break' as const }] : []), { type: 'text', text: line, code: true }]);
      return [textBox(runs, { size, spacing: SINGLE, before: 3, after: 9, border: PARAGRAPH_BORDER, indent: base.indent }, frame)];
    }
    case 'quote':
      return blockBoxes(block.blocks, frame, { ...base, marks: { italic: true }, indent: (base.indent ?? 0) + QUOTE_INDENT }, true);
    case 'rule':
      return [textBox([], { ...normal(theme), border: PARAGRAPH_BORDER / 2 }, frame)];
    case 'pageBreak':
      return [{ kind: 'break' }];
    case 'toc':
      return tocBoxes(block.title, frame, marks);
  }
}

/** The TOC's heading, an entry per listed heading (its label, a tab, its page number), and the field's end paragraph. */
function tocBoxes(title: string, frame: Frame, marks: Marks | undefined): FlowBox[] {
  const { theme } = frame;
  const entries = [...(marks?.of.keys() ?? [])].map((heading) =>
    textBox(
      text(`${headingLabel(heading)} 000`),
      { size: theme.font.body, before: heading.level === 1 ? 6 : 0, after: 2, marks: { bold: heading.level === 1 }, indent: TOC_INDENT * (heading.level - 1) },
      frame,
    ),
  );
  return [textBox(text(title), headingLook(1, theme), frame, { keepNext: true, keepLines: true }), ...entries, textBox([], normal(theme), frame)];
}

function titlePageBoxes(page: TitlePage, frame: Frame): FlowBox[] {
  const { theme } = frame;
  const lineLook: ParagraphLook = { size: theme.font.body + 2, before: 0, after: 4 };
  const logo = page.logo ? [pictureBox((wholePixels(titleLogoSize(page.logo, frame.width)).height * 72) / 96, { ...normal(theme), before: 24, after: 12 })] : [];
  return [
    ...(page.classification ? [textBox(text(page.classification), { ...lineLook, marks: { bold: true } }, frame)] : []),
    ...logo,
    textBox(text(page.title), { size: theme.font.title, before: 24, after: 12, marks: { bold: true } }, frame),
    ...(page.subtitle ? [textBox(text(page.subtitle), { size: theme.font.h2, before: 0, after: 18 }, frame)] : []),
    ...page.lines.map((value) => textBox(text(value), lineLook, frame)),
    textBox(text(`Version ${page.version}`), { ...lineLook, before: 24, marks: { bold: true } }, frame),
    textBox(text(page.date), lineLook, frame),
    textBox(text(`Prepared by: ${page.preparedBy}`), { ...lineLook, before: 18 }, frame),
    ...(page.approvals.length > 0
      ? [
          textBox(text('Approvals'), { size: theme.font.body, before: 18, after: 6, marks: { bold: true } }, frame, { keepNext: true }),
          ...tableBoxes(approvalsTable(page.approvals), frame),
          textBox([], spacerLook(theme), frame),
        ]
      : []),
  ];
}

/**
 * Height in points of the running header (`pageHeader`): the classification line, the line with the logo and the
 * texts, the rule under it and the space below the rule.
 */
export function headerHeight(furniture: PageFurniture, theme: Theme): number {
  const line = lineHeight(theme.font.small, SINGLE);
  const logo = headerLogoSize(furniture);
  const logoLine = logo ? pictureBox(logo.height * 0.75, { size: theme.font.small, spacing: SINGLE, before: 0, after: 0 }).lines[0] : 0;
  return (furniture.classification ? line : 0) + Math.max(line, logoLine) + HEADER_RULE.space + HEADER_RULE.size / 8 + HEADER_RULE_GAP;
}

function frameOf(theme: Theme, orientation: Orientation, header = 0): Frame {
  const page = pageGeometry(theme, orientation, header);
  return { theme, page, width: page.textWidth / 20 };
}

/** Height in points the body of a page of this frame has between its top and bottom margins. */
function bodyHeight({ page }: Frame): number {
  const height = page.orientation === 'portrait' ? page.height : page.width;
  return (height - page.margins.top - page.margins.bottom) / 20;
}

/** Blocks drawn as paragraphs with borders, after which a section's last paragraph is an empty one (see `sectionEnd`). */
const BORDERED: ReadonlySet<Block['type']> = new Set(['rule', 'code', 'quote']);

export interface DocxPages extends Pages {
  /** The headings the table of contents lists, in order: mark `i` is the page of heading `i`. */
  headings: Heading[];
  /**
   * The body's runs of pages as the DOCX sets them: a figure too tall for the rest of its page moved to where the
   * page model lets it float (the blocks after it fill the page first), a table split where a figure comes between
   * its rows.
   */
  runs: PageRun[];
  /** Each later part of a table split around a figure, and the table it continues. */
  continued: Map<Table, Table>;
}

/**
 * The DOCX's pages: the title page's section, then one section per run of portrait or landscape pages, each starting
 * a page. A first pass finds where figures float to; when any does, a second lays out the blocks in that order, as
 * readers will, for the page of each heading the table of contents lists and the number of pages.
 */
export function paginate(tree: DocTree, theme: Theme, tocLevels = 3): DocxPages {
  const headings = tree.blocks.filter((b): b is Heading => b.type === 'heading' && b.toc && b.level <= tocLevels);
  const marks: Marks = { of: new Map(headings.map((heading, i) => [heading, i])) };
  const planned = pageRuns(tree.blocks, theme);
  const first = flowBody(tree, theme, planned, marks, true);
  // With no figure moved, the first pass is already the layout readers make.
  if (first.floats.size === 0) return { ...first, headings, runs: planned, continued: new Map() };
  const { runs, continued } = placeFloats(planned, first.floats);
  return { ...flowBody(tree, theme, runs, marks, false), headings, runs, continued };
}

function flowBody(tree: DocTree, theme: Theme, runs: readonly PageRun[], marks: Marks, floats: boolean): Pages {
  const portrait = frameOf(theme, 'portrait');
  const boxes: FlowBox[] = titlePageBoxes(tree.titlePage, portrait);
  const header = headerHeight(tree.furniture, theme);
  for (const run of runs) {
    const frame = frameOf(theme, run.orientation, header);
    boxes.push({ kind: 'break', height: bodyHeight(frame) });
    for (const box of topBoxes(run.blocks, frame, marks)) boxes.push(box);
    if (BORDERED.has(run.blocks[run.blocks.length - 1].type)) boxes.push(textBox([], normal(theme), frame));
  }
  return flowPages(boxes, { height: bodyHeight(portrait), spaceAfterBreak: true, lonely: 2, floats });
}

/** The runs with each floating figure moved to its placement, a table split into parts where figures come between. */
function placeFloats(runs: readonly PageRun[], floats: ReadonlyMap<object, FloatPlacement>): { runs: PageRun[]; continued: Map<Table, Table> } {
  const continued = new Map<Table, Table>();
  const placed = runs.map((run) => {
    const moving = run.blocks.filter((block) => floats.has(block));
    if (moving.length === 0) return run;
    const settled = new Set<Block>();
    const figuresAt = (before: object | undefined, row?: number): Block[] => {
      const here = moving.filter((figure) => !settled.has(figure) && floats.get(figure)!.before === before && floats.get(figure)!.row === row);
      for (const figure of here) settled.add(figure);
      return here;
    };
    const blocks = run.blocks.flatMap((block): Block[] => {
      if (floats.has(block)) return [];
      const lead = figuresAt(block);
      if (block.type !== 'table') return [...lead, block];
      const cuts = [...new Set(moving.map((figure) => floats.get(figure)!).filter((p) => p.before === block && p.row !== undefined).map((p) => p.row!))].sort((a, b) => a - b);
      const parts: Block[] = [...lead];
      let from = 0;
      for (const cut of [...cuts, block.rows.length]) {
        const part: Table = from === 0 && cut === block.rows.length ? block : { ...block, rows: block.rows.slice(from, cut), caption: from === 0 ? block.caption : undefined };
        if (from > 0) continued.set(part, block);
        parts.push(part, ...(cut < block.rows.length ? figuresAt(block, cut) : []));
        from = cut;
      }
      return parts;
    });
    // Figures left waiting at the end of the run, and any whose place was not found, end the run.
    return { ...run, blocks: [...blocks, ...moving.filter((figure) => !settled.has(figure))] };
  });
  return { runs: placed, continued };
}
