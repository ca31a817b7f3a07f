/**
 * Pages from a flow of measured boxes: the part of pagination that knows nothing of a format. A writer measures its
 * blocks (lines of paragraphs, rows of tables, with the spacing its styles give them) and this fills pages with them
 * top to bottom, as LibreOffice does with a Word document: the space between two paragraphs is the larger of the one's
 * space below and the other's space above; lines move to the next page when they no longer fit, table rows stay
 * whole and repeat their header rows, a paragraph kept together or kept with the next moves as a whole when its
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
}

/** Rows of one table, none split across pages, the header rows repeated at the top of every page it continues on. */
export interface RowsBox {
  kind: 'rows';
  header: number[];
  rows: number[];
  /** Room the table's bottom border needs below a row that ends a page: a row fits only with it, to the point. */
  closing: number;
}

/** Starts a new page: a page break, or a section of other pages with the body `height` (points) they leave. */
export interface BreakBox {
  kind: 'break';
  height?: number;
}

export type FlowBox = LinesBox | RowsBox | BreakBox;

export interface Pages {
  /** Page (from 1) of each mark's box, by mark. */
  marks: Map<number, number>;
  pageCount: number;
}

/**
 * What a box needs on the page it starts on: all of it when kept whole or too short to split, else its first `lonely`
 * lines, or its header and first row.
 */
function leadHeight(box: LinesBox | RowsBox, spaceAbove: number, lonely: number): number {
  if (box.kind === 'rows') return spaceAbove + sum(box.header) + (box.rows[0] ?? 0);
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
}

/** Lays the boxes out on pages, from page 1. */
export function flowPages(boxes: readonly FlowBox[], { height, spaceAfterBreak, lonely }: FlowOptions): Pages {
  const marks = new Map<number, number>();
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

  for (let i = 0; i < boxes.length; i++) {
    const box = boxes[i];
    if (box.kind === 'break') {
      newPage(true);
      if (box.height !== undefined) room = box.height + FIT_TOLERANCE;
      previous = undefined;
      continue;
    }
    if (i > keptUntil && box.kind === 'lines' && box.keepNext) {
      // The group of boxes kept with the next, and the lead of the box they keep with, must share a page.
      let need = spaceAbove(box) + sum(box.lines);
      let j = i + 1;
      for (; j < boxes.length; j++) {
        const next = boxes[j];
        if (next.kind === 'break') break;
        const after = (boxes[j - 1] as LinesBox).after;
        const gap = next.kind === 'lines' ? Math.max(next.before, after) : after;
        const lead = leadHeight(next, gap, lonely);
        const whole = next.kind === 'lines' && next.keepNext;
        need += whole ? gap + sum(next.lines) : lead;
        if (!whole) break;
      }
      keptUntil = j - 1;
      if (y > 0 && y + need > room && need <= room) newPage();
    }
    if (box.kind === 'lines') {
      placeLines(box);
      below = box.after;
    } else {
      y += below;
      box.rows.forEach((row, n) => {
        if (y > 0 && y + (n === 0 ? sum(box.header) : 0) + row + box.closing > room - FIT_TOLERANCE) {
          newPage();
          y = sum(box.header);
        } else if (n === 0) y += sum(box.header);
        y += row;
      });
      if (box.rows.length === 0) y += sum(box.header);
      below = 0;
    }
    previous = box;
  }
  return { marks, pageCount: page };
}
