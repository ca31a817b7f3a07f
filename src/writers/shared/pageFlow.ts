/**
 * Pages from a flow of measured boxes: the part of pagination that knows nothing of a format. A writer measures its
 * blocks (lines of paragraphs, rows of tables, with the spacing its styles give them) and this fills pages with them
 * top to bottom, as LibreOffice does with a Word document: the space between two paragraphs is the larger of the one's
 * space below and the other's space above; lines move to the next page when they no longer fit, table rows stay
 * whole (a tall one allowed to split leaves what fits) and repeat their header rows, a paragraph kept together or kept with the next moves as a whole when its
 * group does not fit. One pass, each box looked at a bounded number of times: linear in the document.
 */

/** Lines of one paragraph. */
export interface LinesBox {
  kind: 'lines';
  /** Height of each line, in points. */
  lines: number[];
  before: number;
  after: number;
  /** Stays on the page of the first line of the box after it. */
  keepNext?: boolean;
  /** Never split across pages. */
  keepLines?: boolean;
  /**
   * Boxes of the same `contextual` group next to each other drop the space between them (Word's contextual spacing
   * for list paragraphs).
   */
  contextual?: string;
  /** Recorded with the page the box's first line lands on. */
  mark?: number;
  /** The block this box is the first of: figures waiting for the next page may be set before it. */
  starts?: object;
  /** On the first box of a figure that may float: how many boxes the figure has (its picture and its caption). */
  float?: number;
}

/** A table row: its height in points, and for a row that may break across pages, the lines of its tallest cell. */
export interface TableRowBox {
  height: number;
  split?: { line: number; lines: number; padding: number };
}

/** Rows of one table, the header rows repeated at the top of every page it continues on. */
export interface RowsBox {
  kind: 'rows';
  header: number[];
  rows: TableRowBox[];
  /** Room the table's bottom border needs below a row that ends a page: a row fits only with it, to the point. */
  closing: number;
  /** The table block: figures waiting for the next page may be set between its rows (the table split there). */
  table?: object;
}

/** Starts a new page: a page break, or a section of other pages with the body `height` (points) they leave. */
export interface BreakBox {
  kind: 'break';
  height?: number;
  /** The block that starts with the break (a chapter's heading, a page break); none for a section's start. */
  starts?: object;
}

export type FlowBox = LinesBox | RowsBox | BreakBox;

export interface Pages {
  /** Page (from 1) of each mark's box, by mark. */
  marks: Map<number, number>;
  pageCount: number;
  /** With `floats`: where each figure that floated is set, by the block its boxes start. */
  floats: Map<object, FloatPlacement>;
}

/**
 * Where a figure too tall for the rest of its page is set: before the block `before` (at the end of its section when
 * there is none), or between rows `row - 1` and `row` of the table `before`.
 */
export interface FloatPlacement {
  before?: object;
  row?: number;
}

/**
 * The fewest lines of a table cell left alone on either side of a page break: LibreOffice splits a row anywhere, cell
 * paragraphs' widow and orphan control notwithstanding.
 */
const CELL_LINES_ALONE = 1;

/**
 * What a box needs on the page it starts on: all of it when kept whole or too short to split, else its first `lonely`
 * lines, or its header and first row (the first line of a first row that may split).
 */
function leadHeight(box: LinesBox | RowsBox, spaceAbove: number, lonely: number): number {
  if (box.kind === 'rows') {
    const first = box.rows[0];
    const split = first?.split && first.split.lines >= 2 * CELL_LINES_ALONE ? first.split.padding + CELL_LINES_ALONE * first.split.line : undefined;
    return spaceAbove + sum(box.header) + (split ?? first?.height ?? 0);
  }
  const whole = box.keepLines || box.lines.length < 2 * lonely;
  return spaceAbove + sum(whole ? box.lines : box.lines.slice(0, lonely));
}

/**
 * A line overhanging the body by less than this still fits: LibreOffice rounds positions to whole twips, and its line
 * heights differ from ours by such fractions.
 */
const FIT_TOLERANCE = 0.6;

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

export interface FlowOptions {
  /** Body height of the pages, in points, until a break gives another. */
  height: number;
  /**
   * Whether a paragraph at the top of a page keeps its space above when the page starts by a break (a page or section
   * break); at the top of a page text flowed onto, it never does.
   */
  spaceAfterBreak: boolean;
  /** The fewest lines of a paragraph left alone at the foot or the head of a page (widow and orphan control). */
  lonely: number;
  /**
   * Figures (boxes with `float`) too tall for the rest of a page wait, as LaTeX floats them, while the blocks after
   * them fill the page: they are set before the first block (or table row) that no longer fits it.
   */
  floats?: boolean;
}

/** Lays the boxes out on pages, from page 1. */
export function flowPages(boxes: readonly FlowBox[], { height, spaceAfterBreak, lonely, floats: floating = false }: FlowOptions): Pages {
  const marks = new Map<number, number>();
  const floats = new Map<object, FloatPlacement>();
  /** Indices of the first boxes of the figures waiting for the next page, in order. */
  const waiting: number[] = [];
  let page = 1;
  let room = height + FIT_TOLERANCE;
  let y = 0;
  /** The space below the box placed last, which the next box adds to its own space above. */
  let below = 0;
  let previous: LinesBox | RowsBox | undefined;
  /** Index up to which a keep-with-next group has already been checked to fit. */
  let keptUntil = -1;
  /** Whether the current page was started by a break rather than by text running over. */
  let broken = true;
  const newPage = (byBreak = false) => {
    page++;
    y = 0;
    below = 0;
    broken = byBreak;
  };
  const topGap = (box: LinesBox): number => (broken && spaceAfterBreak ? box.before : 0);
  const spaceAbove = (box: LinesBox): number => {
    if (y === 0) return topGap(box);
    return box.contextual !== undefined && previous?.kind === 'lines' && previous.contextual === box.contextual ? 0 : Math.max(below, box.before);
  };
  /** Whether `lines` fit below `y` after a gap; how many of them do. */
  const fitting = (lines: readonly number[], gap: number): number => {
    let bottom = y + gap;
    let n = 0;
    while (n < lines.length && bottom + lines[n] <= room) bottom += lines[n++];
    return n;
  };
  /**
   * A paragraph's lines, split across pages only where at least `lonely` lines stay on either side (widow and orphan
   * control); one kept together, or too short to split so, moves whole to the next page when it does not fit.
   */
  const placeLines = (box: LinesBox) => {
    let gap = spaceAbove(box);
    let rest = box.lines;
    let first = true;
    while (rest.length > 0) {
      let n = fitting(rest, gap);
      if (n < rest.length) {
        if (box.keepLines) n = 0;
        else if (rest.length - n < lonely) n = rest.length - lonely;
        if (first && n < lonely) n = 0;
      }
      if (n === 0 && y === 0) n = Math.max(1, fitting(rest, gap));
      if (n === 0) {
        newPage();
        gap = first ? topGap(box) : 0;
        continue;
      }
      y += gap;
      if (first && box.mark !== undefined) marks.set(box.mark, page);
      y += sum(rest.slice(0, n));
      rest = rest.slice(n);
      first = false;
      if (rest.length > 0) newPage();
      gap = 0;
    }
  };

  /** Height a run of lines boxes takes below `y`, each after its space above, as `placeLines` sets them whole. */
  const wholeHeight = (group: readonly LinesBox[]): number =>
    group.reduce((total, box, k) => total + (k === 0 ? spaceAbove(box) : Math.max(group[k - 1].after, box.before)) + sum(box.lines), 0);
  /** The boxes kept with the next from `i` on, and the lead of the box they keep with: what must share a page. */
  const keptHeight = (i: number): number => {
    const box = boxes[i] as LinesBox;
    let need = spaceAbove(box) + sum(box.lines);
    for (let j = i + 1; j < boxes.length; j++) {
      const next = boxes[j];
      if (next.kind === 'break') break;
      const after = (boxes[j - 1] as LinesBox).after;
      const gap = next.kind === 'lines' ? Math.max(next.before, after) : after;
      const whole = next.kind === 'lines' && next.keepNext;
      need += whole ? gap + sum(next.lines) : leadHeight(next, gap, lonely);
      if (!whole) return need;
    }
    return need;
  };
  const figure = (start: number): LinesBox[] => boxes.slice(start, start + (boxes[start] as LinesBox).float!) as LinesBox[];
  /** Sets the waiting figures here, at the top of the next page when they do not fit the rest of this one. */
  const setWaiting = (before?: object, row?: number) => {
    for (const start of waiting.splice(0)) {
      const boxesOfFigure = figure(start);
      if (y > 0 && y + wholeHeight(boxesOfFigure) > room) newPage();
      for (const box of boxesOfFigure) {
        placeLines(box);
        below = box.after;
        previous = box;
      }
      floats.set(boxesOfFigure[0].starts!, { before, row });
    }
  };

  for (let i = 0; i < boxes.length; i++) {
    const box = boxes[i];
    if (box.kind === 'break') {
      setWaiting(box.starts);
      newPage(true);
      if (box.height !== undefined) room = box.height + FIT_TOLERANCE;
      previous = undefined;
      continue;
    }
    if (floating && box.kind === 'lines' && box.float) {
      // A figure waits when figures before it do, or when it does not fit the rest of a page that holds something.
      if (waiting.length > 0 || (y > 0 && y + wholeHeight(figure(i)) > room)) {
        waiting.push(i);
        i += box.float - 1;
        continue;
      }
    }
    if (waiting.length > 0 && box.kind === 'lines' && box.starts) {
      // The block after waiting figures stays on this page only if it fits whole (with what it keeps with).
      const need = box.keepNext ? keptHeight(i) : wholeHeight([box]);
      if (y + need > room) setWaiting(box.starts);
    }
    if (i > keptUntil && box.kind === 'lines' && box.keepNext) {
      // The group of boxes kept with the next, and the lead of the box they keep with, must share a page.
      const need = keptHeight(i);
      let j = i + 1;
      while (j < boxes.length && boxes[j].kind === 'lines' && (boxes[j] as LinesBox).keepNext) j++;
      keptUntil = j - 1;
      if (y > 0 && y + need > room && need <= room) newPage();
    }
    if (box.kind === 'lines') {
      placeLines(box);
      below = box.after;
    } else {
      y += below;
      /** Whether a row fits below `y` after `above` (a header), with the table's bottom border under it. */
      const rowFits = (above: number, height: number) => y + above + height + box.closing <= room - FIT_TOLERANCE;
      box.rows.forEach((row, n) => {
        const header = n === 0 ? sum(box.header) : 0;
        const fits = rowFits(header, row.height);
        if (!fits && waiting.length > 0 && box.table) {
          // Waiting figures go between the rows that fill this page and the rest, which goes on under its header.
          setWaiting(box.table, n === 0 ? undefined : n);
          if (y > 0) y += below;
          if (y > 0 && !rowFits(sum(box.header), row.height)) newPage();
          y += sum(box.header) + row.height;
          below = 0;
          return;
        }
        if (y > 0 && !fits) {
          // A row allowed to split leaves the lines that fit on this page, the rest on the next; else it moves whole.
          const fit = row.split ? Math.min(Math.floor((room - FIT_TOLERANCE - y - header - box.closing - row.split.padding) / row.split.line), row.split.lines - CELL_LINES_ALONE) : 0;
          if (row.split && fit >= CELL_LINES_ALONE) {
            newPage();
            y = sum(box.header) + row.split.padding + (row.split.lines - fit) * row.split.line;
            return;
          }
          newPage();
          y = sum(box.header);
        } else y += header;
        y += row.height;
      });
      if (box.rows.length === 0) y += sum(box.header);
      below = 0;
    }
    previous = box;
  }
  setWaiting();
  return { marks, pageCount: page, floats };
}
