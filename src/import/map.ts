import { sectionById, type SectionId } from '../content/sections';
import { applyParts } from './applyParts';
import { blocksToMarkdown, outlineTree, type Block, type OutlineNode } from './outline';
import type { MapContext } from './parts';
import { RECIPES } from './recipes';
import { normalizeTitle, sectionForHeading } from './sectionTitles';
import { dropTemplateText } from './templateText';
import { sectionUnits, unitsToBlocks, type Unit } from './units';
import { stripMarkup, type ValueContext } from './values';

/** What the mapper made of one section: values as found, and the record of what went where. */
export interface SectionDraft {
  id: SectionId;
  /** The document's headings that fed this section. */
  headings: string[];
  data: Record<string, unknown>;
  placed: { from: string; to: string }[];
  notes: string[];
  /** Markdown of text no rule placed, in document order. */
  kept: string[];
}

export interface MappedDocument {
  /** The document's own title (a lone top-level heading before everything else). */
  title?: string;
  /** Text before the first section (a title page, template guidance): read for plan.yaml, the rest kept there. */
  preface: Block[];
  sections: SectionDraft[];
  /** Headings that name no section; their own text went to the next section. */
  unmatched: string[];
}

interface Group {
  id: SectionId;
  nodes: OutlineNode[];
  /** Text under headings that name no section, kept with the next section. */
  pending: Block[][];
}

/** The outline into section drafts: headings name sections, each section's recipe places its text. */
export function mapOutline(blocks: Block[], values: ValueContext): MappedDocument {
  let root = outlineTree(blocks);
  let title: string | undefined;
  // A first heading that names no section is the document's title; its text (a title page) is the preface.
  const [first] = root.children;
  if (first && first.level === 1 && !sectionForHeading(first.title)) {
    title = first.title;
    const rest = root.children.slice(1);
    root = { ...root, blocks: [...root.blocks, ...first.blocks], children: [...first.children, ...rest] };
  }
  const groups: Group[] = [];
  let pending: Block[][] = [];
  const unmatched: string[] = [];
  const visit = (node: OutlineNode, inSection: SectionId | undefined) => {
    const id = sectionForHeading(node.title);
    if (id && id !== inSection) {
      let group = groups.find((g) => g.id === id);
      if (!group) groups.push((group = { id, nodes: [], pending: [] }));
      group.nodes.push(node);
      group.pending.push(...pending);
      pending = [];
      for (const other of splitOff(node, id)) visit(other, id);
      return;
    }
    unmatched.push(node.title);
    // Before the first section, a heading that names none heads a title page: its text is the preface's.
    if (!groups.length && !inSection) preface.push({ kind: 'paragraph', text: `**${node.title}**` }, ...node.blocks);
    else if (node.blocks.length) pending.push([{ kind: 'heading', level: node.level, text: node.title }, ...node.blocks]);
    for (const child of node.children) visit(child, inSection);
  };
  const preface = [...root.blocks];
  root.children.forEach((child) => visit(child, undefined));
  if (pending.length && groups.length) groups[groups.length - 1].pending.push(...pending);
  const orphan = pending.length && !groups.length ? pending.flat() : [];
  return { title, preface: [...preface, ...orphan], sections: groups.map((g) => mapSection(g, values)), unmatched };
}

/** Removes from the node's subtree the headings that name another section, and returns them. */
function splitOff(node: OutlineNode, id: SectionId): OutlineNode[] {
  const others: OutlineNode[] = [];
  node.children = node.children.filter((child) => {
    const named = sectionForHeading(child.title);
    if (named && named !== id) others.push(child);
    else others.push(...splitOff(child, id));
    return !named || named === id;
  });
  return others;
}

function mapSection(group: Group, values: ValueContext): SectionDraft {
  const titles = (node: OutlineNode): string[] => [node.title, ...node.children.flatMap(titles)];
  const draft: SectionDraft = { id: group.id, headings: group.nodes.flatMap(titles), data: {}, placed: [], notes: [], kept: [] };
  const context: MapContext = {
    ...values,
    placed: (from, to) => draft.placed.push({ from, to }),
    note: (message) => draft.notes.push(message),
    keep: (markdown) => draft.kept.push(markdown),
  };
  const units = sectionUnits(group.nodes);
  dropDrawnCharts(units, context);
  dropTemplateText(units, group.id, context);
  const where = sectionById(group.id)?.title ?? group.id;
  applyParts(RECIPES[group.id] ?? [], units, draft.data, context, where);
  const left: Unit[] = units.filter((u) => !u.used);
  const pendingText = group.pending.map((blocks) => blocksToMarkdown(blocks));
  const leftText = left.length ? blocksToMarkdown(unitsToBlocks(left)) : '';
  draft.kept = [...pendingText, ...(leftText ? [leftText] : []), ...draft.kept];
  return draft;
}

/** A Gantt chart plansmith drew: its picture, then "Critical paths (2): ..." and, for work packages, their dates. */
const CHART = /^!\[Gantt chart\b[^\]]*\]\([^)]*\)$/;
/** The note under a chart (ganttBlocks.ts): "Critical path(s) (N): ... . Computed end: March 26, 2027." */
const CHART_SUMMARY = /^Critical (?:path|paths \(\d+\+?\)): .+\. Computed end: [^.]+\.$/;
const NO_PATH = /^No critical path\.$/;
const CHART_TABLE = ['id', 'start', 'finish', 'depends on', 'float'];

/**
 * Charts are output: a rebuild draws them again from the schedule, so their picture, the critical-path line under
 * it and the computed dates table are marked placed (and reported), not kept as text. The line alone is enough to
 * know a chart (another tool may not carry the picture over).
 */
function dropDrawnCharts(units: Unit[], context: MapContext): void {
  units.forEach((unit, i) => {
    if (unit.kind !== 'line' || unit.used) return;
    // A chart's caption left alone by a writer that could not carry its picture over, above the chart's note.
    const below = units[i + 1];
    if (/^Gantt chart: [^.]+$/.test(unit.text) && below?.kind === 'line' && CHART_SUMMARY.test(stripMarkup(below.text))) unit.used = true;
    const picture = CHART.test(unit.text);
    if (!picture && !CHART_SUMMARY.test(stripMarkup(unit.text))) return;
    unit.used = true;
    for (const next of units.slice(i + 1, i + 3)) {
      const header = next.kind === 'table' ? next.header.map(normalizeTitle) : [];
      const note = next.kind === 'line' && (CHART_SUMMARY.test(stripMarkup(next.text)) || (picture && NO_PATH.test(stripMarkup(next.text))));
      if (note || CHART_TABLE.every((h) => header.includes(h))) next.used = true;
      else break;
    }
    const caption = /"([^"]*)"\)$/.exec(unit.text)?.[1] ?? 'Gantt chart';
    context.note(`"${picture ? caption : stripMarkup(unit.text).slice(0, 60)}" is drawn by plansmith from the schedule: not imported`);
  });
}
