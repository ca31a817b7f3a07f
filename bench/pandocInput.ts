import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { Plan } from '../src/content/sections';
import { formatDiagnostic } from '../src/diagnostics/format';
import { checkPlan } from '../src/pipeline/check';
import type { Block, Cell, Inline } from '../src/render/tree/doctree';
import { renderPlanMarkdown, type RenderedMarkdown } from '../src/render/tree/document';
import { drawingToSvg, fontFamilyList } from '../src/render/tree/drawingSvg';
import { pageSize, type Theme } from '../src/render/templates/theme';
import { loadTemplateSet } from '../src/render/templates/templateSet';
import { computeSchedule } from '../src/derive/compute';
import { ganttBlocks, isGanttName } from '../src/render/tree/ganttBlocks';

/**
 * The contender's input: the Markdown plansmith's own templates produce for the plan, so pandoc renders the
 * same text, with the same outline (headings inside a section demoted under it, as plansmith numbers them) and
 * the same Gantt charts, handed to pandoc as SVG files beside the Markdown. The plan must pass
 * `check --strict`, or the benchmark would measure an invalid plan.
 */
export async function writePandocInput(planDir: string, markdownPath: string): Promise<{ title: string; bytes: number; charts: number }> {
  const checked = await checkPlan(planDir, { strict: true });
  if (!checked.ok || !checked.plan) {
    const shown = checked.diagnostics.slice(0, 10).map((d) => formatDiagnostic(d, new Map())).join('\n');
    throw new Error(`the generated plan in ${planDir} does not pass check --strict:\n${shown}`);
  }
  const { set, diagnostics } = await loadTemplateSet(planDir);
  if (!set) throw new Error(`templates failed to load: ${diagnostics.map((d) => d.message).join('; ')}`);
  const { rendered } = renderPlanMarkdown(checked.plan, checked.derived!, set);
  const charts: { path: string; svg: string }[] = [];
  const chartDir = join(dirname(markdownPath), 'charts');
  const markdown = pandocMarkdown(rendered, ganttMarkdown(checked.plan, set.theme, (svg) => {
    const path = join(chartDir, `gantt-${charts.length + 1}.svg`);
    charts.push({ path, svg });
    return relative(planDir, path);
  }));
  await mkdir(chartDir, { recursive: true });
  await Promise.all(charts.map((c) => writeFile(c.path, c.svg)));
  await writeFile(markdownPath, markdown);
  return { title: checked.plan.meta.title, bytes: Buffer.byteLength(markdown), charts: charts.length };
}

type DirectiveMarkdown = (kind: string, name: string, flags: string[]) => string;

const DIRECTIVE = /^<!--\s*plansmith:([a-z][\w-]*)\s+([A-Za-z][\w-]*)((?:\s+[a-z][\w-]*)*)\s*-->$/;
const FENCE = /^\s{0,3}(```|~~~)/;
const ATX_HEADING = /^(#{1,6})(\s)/;

/**
 * The whole plan as one Markdown document: each part's heading at its level, the headings inside its Markdown
 * pushed below it, drawing directives replaced by what `drawing` gives.
 */
export function pandocMarkdown(rendered: RenderedMarkdown, drawing: DirectiveMarkdown): string {
  return rendered.parts
    .map((part) => {
      let fenced = false;
      const body = part.markdown.split('\n').map((line) => {
        if (FENCE.test(line)) fenced = !fenced;
        if (fenced) return line;
        const directive = DIRECTIVE.exec(line.trim());
        if (directive) return drawing(directive[1], directive[2], directive[3].trim().split(/\s+/).filter(Boolean));
        return line.replace(ATX_HEADING, (_, hashes: string, space: string) => '#'.repeat(Math.min(6, hashes.length + part.level)) + space);
      });
      return `${'#'.repeat(Math.min(part.level, 6))} ${part.heading}\n\n${body.join('\n')}\n`;
    })
    .join('\n');
}

/** Gantt directives as the same charts plansmith draws (SVG files named by `save`), their notes and tables. */
function ganttMarkdown(plan: Plan, theme: Theme, save: (svg: string) => string): DirectiveMarkdown {
  const page = pageSize(theme);
  const width = page.width - theme.margins.left - theme.margins.right;
  const maxHeight = Math.floor((page.height - theme.margins.top - theme.margins.bottom) * 0.78);
  const schedules = computeSchedule(plan);
  const fontFamily = fontFamilyList(theme.font.family);
  return (kind, name, flags) => {
    if (kind !== 'gantt' || !isGanttName(name)) return '';
    const blocks = ganttBlocks(plan, schedules[name], name, { width, maxHeight, table: flags.includes('table'), today: plan.meta.calendar?.statusDate });
    return blocks.map((block) => blockMarkdown(block, save, fontFamily)).join('\n\n');
  };
}

function blockMarkdown(block: Block, save: (svg: string) => string, fontFamily: string): string {
  switch (block.type) {
    case 'drawing':
      return `![${block.caption ?? block.alt}](${save(drawingToSvg(block, { fontFamily }))})`;
    case 'paragraph':
      return inlineText(block.runs);
    case 'table': {
      const row = (cells: Cell[]) => `| ${cells.map((c) => inlineText(c).replace(/\|/g, '\\|')).join(' | ')} |`;
      return [row(block.header), `|${block.header.map(() => ' --- |').join('')}`, ...block.rows.map(row)].join('\n');
    }
    default:
      return '';
  }
}

const inlineText = (runs: readonly Inline[]): string => runs.map((r) => (r.type === 'text' ? r.text : ' ')).join('');
