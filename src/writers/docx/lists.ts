import { AlignmentType, LevelFormat, LevelSuffix, Paragraph, Tab, TextRun, type FileChild, type ILevelsOptions, type NumberingDefinition } from 'docx';
import type { Block, List } from '../../render/tree/doctree';
import type { RenderContext } from './context';
import { inlineChildren } from './inline';
import { STYLE } from './styles';

const MAX_LEVEL = 8;
/** Indent per nesting level and the room the bullet or number hangs into, in twips. */
const INDENT_STEP = 432;
const HANGING = 360;
const BULLETS = ['•', '◦', '▪'];
const TASK_DONE = '☑';
const TASK_OPEN = '☐';

const indentOf = (level: number) => ({ left: INDENT_STEP * (level + 1), hanging: HANGING });

function levels(ordered: boolean, start: number): ILevelsOptions[] {
  return Array.from({ length: MAX_LEVEL + 1 }, (_, level) => ({
    level,
    format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : BULLETS[level % BULLETS.length],
    alignment: AlignmentType.LEFT,
    start: ordered ? start : 1,
    suffix: LevelSuffix.TAB,
    style: { paragraph: { indent: indentOf(level) } },
  }));
}

/**
 * Task items are list items whose marker is typed in the text (a ballot box), so the level's own marker is a zero-width
 * space: Word shows the box where a bullet would be, and readers such as pandoc, which take a blank marker for the
 * continuation of the item before, still see one item per task.
 */
const INVISIBLE_MARKER = '\u200B';
const TASK_DEFINITION: NumberingDefinition = {
  reference: 'task',
  levels: Array.from({ length: MAX_LEVEL + 1 }, (_, level) => ({
    level,
    format: LevelFormat.BULLET,
    text: INVISIBLE_MARKER,
    alignment: AlignmentType.LEFT,
    suffix: LevelSuffix.NOTHING,
    style: { paragraph: { indent: indentOf(level) } },
  })),
};

/** One numbering definition per kind of list (bullets, or numbers from a given start). */
function definitionOf(list: List): NumberingDefinition {
  return list.ordered
    ? { reference: `ordered-from-${list.start}`, levels: levels(true, list.start) }
    : { reference: 'bullet', levels: levels(false, 1) };
}

export type RenderBlocks = (blocks: readonly Block[], ctx: RenderContext) => FileChild[];

/**
 * A list as real Word numbering: each list is its own numbering instance, so ordered lists restart at their `start`;
 * nested lists go one level deeper. Task items carry a ballot box instead of a bullet. Paragraphs after the first in
 * an item are indented to the item's text; other blocks in an item are rendered as they are elsewhere.
 */
export function listBlocks(list: List, ctx: RenderContext, renderBlocks: RenderBlocks, level = 0): FileChild[] {
  const at = Math.min(level, MAX_LEVEL);
  const instance = ctx.nextListInstance();
  const numbering = { reference: definitionOf(list), level: at, instance };
  return list.items.flatMap((item) => {
    const [first, ...rest] = item.blocks;
    const lead = first?.type === 'paragraph' ? first : undefined;
    const leadRuns = lead ? inlineChildren(lead.runs, ctx) : [];
    const marker =
      item.checked === undefined
        ? new Paragraph({ style: STYLE.listParagraph, numbering, children: leadRuns })
        : new Paragraph({
            style: STYLE.listParagraph,
            numbering: { reference: TASK_DEFINITION, level: at, instance },
            children: [new TextRun({ children: [item.checked ? TASK_DONE : TASK_OPEN, new Tab()] }), ...leadRuns],
          });
    const following = (lead ? rest : item.blocks).flatMap((block): FileChild[] => {
      if (block.type === 'list') return listBlocks(block, ctx, renderBlocks, level + 1);
      if (block.type === 'paragraph')
        return [new Paragraph({ style: STYLE.listParagraph, indent: { left: indentOf(at).left }, children: inlineChildren(block.runs, ctx) })];
      return renderBlocks([block], ctx);
    });
    return [marker, ...following];
  });
}
