import type { Inline } from '../../render/tree/doctree';
import { fontFor, type FontKey } from '../../fonts/faces';
import { BREAKABLE_SPACE } from '../shared/columnWidths';
import type { TextStyle } from './styles';

/** Width in points of `text` set in `font` at `size`; the writer backs it with pdfkit's own metrics. */
export type Measure = (text: string, font: FontKey, size: number) => number;

/** How one stretch of text is drawn. */
export interface Look {
  font: FontKey;
  size: number;
  color: string;
  href?: string;
  strike?: boolean;
  code?: boolean;
}

export interface Fragment extends Look {
  text: string;
  /** Offset from the start of the line. */
  x: number;
  width: number;
}

export interface Line {
  fragments: Fragment[];
  width: number;
}

interface Segment {
  text: string;
  look: Look;
}

type Unit = { kind: 'word'; segments: Segment[] } | { kind: 'space'; segment: Segment } | { kind: 'break' };

export interface InlineOptions {
  linkColor: string;
  /** Whether a link target can be honoured; links that cannot (unknown anchors) are set as plain text. */
  linkable: (href: string) => boolean;
}

function lookOf(run: Extract<Inline, { type: 'text' }>, base: TextStyle, options: InlineOptions): Look {
  const href = run.href && options.linkable(run.href) ? run.href : undefined;
  const look: Look = {
    font: fontFor({ bold: base.bold || run.bold, italic: base.italic || run.italic, code: run.code }),
    size: base.size,
    color: href ? options.linkColor : base.color,
  };
  if (href) look.href = href;
  if (run.strike) look.strike = true;
  if (run.code) look.code = true;
  return look;
}


/** Words (possibly spanning runs, as in "**bold**,"), the spaces between them, and hard breaks. */
function unitsOf(runs: readonly Inline[], base: TextStyle, options: InlineOptions): Unit[] {
  const units: Unit[] = [];
  for (const run of runs) {
    if (run.type === 'break') {
      units.push({ kind: 'break' });
      continue;
    }
    const look = lookOf(run, base, options);
    for (const part of run.text.split(BREAKABLE_SPACE)) {
      if (part === '') continue;
      const segment = { text: part, look };
      const last = units[units.length - 1];
      if (BREAKABLE_SPACE.test(part)) units.push({ kind: 'space', segment: { text: ' ', look } });
      else if (last?.kind === 'word') last.segments.push(segment);
      else units.push({ kind: 'word', segments: [segment] });
    }
  }
  return units;
}

function widthOf(segments: readonly Segment[], measure: Measure): number {
  return segments.reduce((sum, s) => sum + measure(s.text, s.look.font, s.look.size), 0);
}

function sameLook(a: Look, b: Look): boolean {
  return a.font === b.font && a.size === b.size && a.color === b.color && a.href === b.href && a.strike === b.strike && a.code === b.code;
}

/** Adjacent segments with the same look become one fragment, so a line is a few draw calls. */
function toLine(segments: readonly Segment[], measure: Measure): Line {
  const merged: Segment[] = [];
  for (const s of segments) {
    const last = merged[merged.length - 1];
    if (last && sameLook(last.look, s.look)) last.text += s.text;
    else merged.push({ ...s });
  }
  let x = 0;
  const fragments = merged.map((s) => {
    const width = measure(s.text, s.look.font, s.look.size);
    const fragment: Fragment = { ...s.look, text: s.text, x, width };
    x += width;
    return fragment;
  });
  return { fragments, width: x };
}

/**
 * Cuts a word too wide for any line: after a hyphen, dash or slash when one falls inside the line,
 * otherwise between characters. Each piece but the last fills a line of its own.
 */
function splitWord(segments: readonly Segment[], width: number, measure: Measure): Segment[][] {
  const chars = segments.flatMap((s) => Array.from(s.text, (ch) => ({ text: ch, look: s.look })));
  const pieces: Segment[][] = [];
  let current: { segment: Segment; width: number }[] = [];
  let currentWidth = 0;
  let lastBreak = -1;
  for (const ch of chars) {
    // Character by character, without kerning: at most a hair wider than the real text, never narrower.
    const charWidth = measure(ch.text, ch.look.font, ch.look.size);
    current.push({ segment: ch, width: charWidth });
    currentWidth += charWidth;
    if (current.length > 1 && currentWidth > width) {
      const cut = lastBreak >= 0 ? lastBreak + 1 : current.length - 1;
      pieces.push(current.slice(0, cut).map((c) => c.segment));
      current = current.slice(cut);
      currentWidth = current.reduce((sum, c) => sum + c.width, 0);
      lastBreak = -1;
    }
    if (/[-/\u2010-\u2014]/.test(ch.text) && current.length > 1) lastBreak = current.length - 1;
  }
  if (current.length > 0) pieces.push(current.map((c) => c.segment));
  return pieces;
}

/** Greedy line breaking of inline content into lines no wider than `width` (words wider than a line are cut). */
export function layoutLines(runs: readonly Inline[], base: TextStyle, width: number, measure: Measure, options: InlineOptions): Line[] {
  const lines: Line[] = [];
  let current: Segment[] = [];
  let currentWidth = 0;
  let pendingSpace: Segment | null = null;
  const flush = () => {
    lines.push(toLine(current, measure));
    current = [];
    currentWidth = 0;
    pendingSpace = null;
  };
  for (const unit of unitsOf(runs, base, options)) {
    if (unit.kind === 'break') {
      flush();
      continue;
    }
    if (unit.kind === 'space') {
      if (current.length > 0) pendingSpace = unit.segment;
      continue;
    }
    const wordWidth = widthOf(unit.segments, measure);
    const spaceWidth = pendingSpace ? widthOf([pendingSpace], measure) : 0;
    if (current.length > 0 && currentWidth + spaceWidth + wordWidth <= width) {
      if (pendingSpace) current.push(pendingSpace);
      current.push(...unit.segments);
      currentWidth += spaceWidth + wordWidth;
      pendingSpace = null;
      continue;
    }
    if (current.length > 0) flush();
    pendingSpace = null;
    const pieces = wordWidth <= width ? [unit.segments] : splitWord(unit.segments, width, measure);
    pieces.forEach((piece, i) => {
      current.push(...piece);
      currentWidth = widthOf(current, measure);
      if (i < pieces.length - 1) flush();
    });
  }
  if (current.length > 0) flush();
  return lines;
}
