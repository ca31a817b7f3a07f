import type { Plan } from '../../content/sections';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { AssetResult } from '../../content/images';
import type { Block, DocTree, Heading, Image } from './doctree';
import type { LayoutEntry } from '../templates/layout';
import type { Token } from 'marked';
import { imageSources, lexMarkdown } from '../../content/markdown';
import { slugify, tokensToBlocks, type MarkdownContext } from '../markdown/blocks';
import { formatDate } from '../markdown/text';
import type { TemplateSet } from '../templates/templateSet';
import { META_FILE, sectionList } from '../../content/sections';
import { positionOf } from '../../content/source';
import { TEMPLATE_LABELS, templateComputed } from '../templates/templateData';
import type { Derived } from '../../derive';
import { ganttBlocks, isGanttName } from './ganttBlocks';
import { pageSize, type Theme } from '../templates/theme';
import { holdableDeep } from '../../content/unholdable';
import type { MarkdownCache } from './markdownCache';

/** The Markdown of one layout heading: what its template produced for the plan. */
export interface RenderedPart {
  heading: string;
  /** 1 for chapters, 2 for their sections, ... */
  level: number;
  numbered: boolean;
  /** Template that produced `markdown`, for messages. */
  template?: string;
  markdown: string;
  /** `markdown` lexed, once: images are looked for before they are loaded, blocks made after. */
  tokens: Token[];
}

export interface RenderedMarkdown {
  versionHistory: string;
  parts: RenderedPart[];
}

const VERSION_HISTORY_TEMPLATE = 'version-history';

/**
 * Stage 1: runs the templates. Headings whose section the plan does not contain are left out, and so are
 * grouping headings left with nothing under them. A section template sees the section's fields, `plan`
 * (the whole plan) and `computed`: schedules, phase windows and table totals derived from the plan
 * (TemplateComputed in src/render/templates/templateData.ts).
 */
export function renderPlanMarkdown(
  plan: Plan,
  derived: Derived,
  templates: TemplateSet,
  options: { cache?: MarkdownCache } = {},
): { rendered: RenderedMarkdown; diagnostics: Diagnostic[] } {
  const { engine } = templates;
  const lex = (markdown: string) => options.cache?.tokens(markdown) ?? lexMarkdown(markdown);
  const computed = templateComputed(derived);
  const diagnostics: Diagnostic[] = [];
  const render = (name: string, context: unknown) => {
    const result = engine.render(name, context);
    diagnostics.push(...result.diagnostics);
    return result.markdown ?? '';
  };

  const visit = (entry: LayoutEntry, level: number, numbered: boolean): RenderedPart[] => {
    const isNumbered = numbered && entry.numbered;
    const children = entry.children.flatMap((child) => visit(child, level + 1, isNumbered));
    const data = entry.section ? (plan as Record<string, unknown>)[entry.section] : undefined;
    if (data === undefined && children.length === 0) return [];
    const template = entry.template ?? sectionList.find((s) => s.id === entry.section)?.file;
    const body = data !== undefined && template ? render(template, { ...(data as object), plan, computed, labels: TEMPLATE_LABELS }) : '';
    const markdown = [entry.intro?.trim(), body.trim()].filter(Boolean).join('\n\n');
    return [{ heading: entry.heading, level, numbered: isNumbered, template, markdown, tokens: lex(markdown) }, ...children];
  };

  const parts = templates.layout.sections.flatMap((entry) => visit(entry, 1, true));
  const versionHistory = render(VERSION_HISTORY_TEMPLATE, { ...plan.meta, plan, computed, labels: TEMPLATE_LABELS });
  return { rendered: { versionHistory, parts }, diagnostics };
}

/** Every image the document will need: the logo and each image referenced in the rendered Markdown. */
export function referencedImages(plan: Plan, rendered: RenderedMarkdown): string[] {
  const sources = rendered.parts.flatMap((part) => imageSources(part.tokens));
  if (plan.meta.logo) sources.unshift(plan.meta.logo.src);
  return [...new Set(sources)];
}

/**
 * Stage 2: Markdown to the document tree, with title page, version history, table of contents, numbered
 * headings and page furniture. Pure: images arrive already loaded.
 */
export function buildDocTree(
  plan: Plan,
  derived: Derived,
  rendered: RenderedMarkdown,
  templates: TemplateSet,
  images: ReadonlyMap<string, AssetResult>,
  options: { date?: string; cache?: MarkdownCache } = {},
): { tree: DocTree; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const widths = imageWidths(plan);
  const resolveImage = (src: string, alt: string): Image | { error: string } => {
    const asset = images.get(src);
    if (!asset) return { error: `image "${src}" was not loaded` };
    if ('error' in asset) return asset;
    const width = widths.get(src);
    return { type: 'image', ...asset, alt, ...(width === undefined ? {} : { scale: width / 100 }) };
  };
  const resolveDrawing = drawingResolver(plan, derived, templates.theme);
  // Blocks that loaded no image and drew nothing follow from their Markdown alone: those a cache may keep.
  const convert = (tokens: Token[]) => {
    let pure = true;
    const converted = tokensToBlocks(tokens, {
      resolveImage(src, alt) {
        pure = false;
        return resolveImage(src, alt);
      },
      resolveDrawing(kind, name, flags) {
        pure = false;
        return resolveDrawing(kind, name, flags);
      },
    });
    return { converted, pure };
  };
  // A problem is the template's that produced the Markdown: at the line where its text stands in the template, or
  // at the template's first line when the text came from a value the template filled in.
  const toBlocks = (markdown: string, template: { file: string; source: string }, tokens?: Token[]): Block[] => {
    const { blocks, problems } = options.cache ? options.cache.blocks(markdown, convert) : convert(tokens ?? lexMarkdown(markdown)).converted;
    for (const { message, raw } of problems) {
      diagnostics.push({ file: template.file, ...positionIn(template.source, raw), path: [], severity: 'error', code: 'render-problem', message });
    }
    return blocks;
  };
  const layoutFile = templates.sources.find((source) => source.file.endsWith('layout.yaml'));
  const layoutText = { file: layoutFile?.file ?? 'templates/layout.yaml', source: layoutFile?.text ?? '' };
  const templateText = (name: string | undefined) => (name && templates.sections.get(name)) || layoutText;

  const { meta } = plan;
  const current = meta.versions[meta.versions.length - 1];
  const layout = templates.layout;

  const numberedFlags: boolean[] = [];
  const body: Block[] = [];
  const push = (block: Block, numbered: boolean) => {
    body.push(block);
    numberedFlags.push(numbered);
  };
  push(heading(1, layout.versionHistoryTitle, false), false);
  for (const block of toBlocks(rendered.versionHistory, templateText(VERSION_HISTORY_TEMPLATE))) push(block, false);
  push({ type: 'toc', title: layout.tocTitle }, false);
  push({ type: 'pageBreak' }, false);
  for (const part of rendered.parts) {
    push(heading(part.level, part.heading, true), part.numbered);
    for (const block of toBlocks(part.markdown, templateText(part.template), part.tokens)) {
      if (block.type === 'heading') {
        const level = Math.min(6, block.level + part.level) as Heading['level'];
        push({ ...block, level, toc: level <= 3 }, part.numbered);
      } else {
        push(block, part.numbered);
      }
    }
  }
  numberHeadings(body, numberedFlags);

  const logo = meta.logo ? resolveImage(meta.logo.src, meta.logo.alt) : undefined;
  if (logo && 'error' in logo) diagnostics.push({ file: META_FILE, line: 1, col: 1, path: ['logo', 'src'], severity: 'error', code: 'render-problem', message: logo.error });
  const logoImage = logo && !('error' in logo) ? logo : undefined;
  const subtitle = meta.subtitle ?? (meta.system.version ? `${meta.system.name} Release ${meta.system.version}` : meta.system.name);
  const date = options.date ?? current.date;
  // A security marking reads in capitals wherever it stands, in every format.
  const classification = meta.classification?.toUpperCase();

  const tree: DocTree = {
    meta: {
      title: `${meta.title}: ${meta.project}`,
      subject: subtitle,
      author: meta.preparedBy,
      keywords: ['Implementation Management Plan', meta.project, meta.system.name],
      language: meta.language,
      date,
      version: current.version,
    },
    titlePage: {
      title: meta.title,
      subtitle,
      lines: [meta.department, meta.division, meta.project].filter((line): line is string => Boolean(line)),
      version: current.version,
      date: formatDate(current.date),
      logo: logoImage,
      classification,
      preparedBy: meta.preparedBy,
      approvals: meta.approvals.map((a) => ({ name: a.name, role: a.role, date: a.date ? formatDate(a.date) : undefined })),
    },
    furniture: {
      headerLeft: meta.department,
      headerRight: meta.project,
      headerLogo: logoImage,
      classification,
      footerLeft: `${meta.title} ${current.version} | ${formatDate(current.date)}`,
    },
    blocks: body,
  };
  // Characters no format can hold (check warns of each) are left out here, once for every writer.
  return { tree: holdableDeep(tree), diagnostics };
}

/**
 * Drawings the templates ask for: Gantt charts of the computed schedules, as wide as the theme's text column and
 * short enough to share a page with a heading and their caption, and to fit the height Word gives a picture.
 */
function drawingResolver(plan: Plan, { schedules }: Derived, theme: Theme): NonNullable<MarkdownContext['resolveDrawing']> {
  const page = pageSize(theme);
  const width = page.width - theme.margins.left - theme.margins.right;
  const maxHeight = Math.floor((page.height - theme.margins.top - theme.margins.bottom) * 0.78);
  return (kind, name, flags) => {
    if (kind !== 'gantt') return { error: `unknown drawing "${kind}" (the one there is: gantt)` };
    if (!isGanttName(name)) return { error: `gantt: unknown schedule "${name}" (use "schedule" or "workPackages")` };
    return ganttBlocks(plan, schedules[name]?.computed, name, { width, maxHeight, table: flags.includes('table'), today: plan.meta.calendar?.statusDate });
  };
}

/**
 * Width percentages that image fields (`{ src, alt, width }`) give. Markdown has no syntax for a width, so
 * the tree takes it from the field whose image the template placed.
 */
function imageWidths(plan: Plan): Map<string, number> {
  const widths = new Map<string, number>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      const field = value as { src?: unknown; alt?: unknown; width?: unknown };
      if (typeof field.src === 'string' && typeof field.alt === 'string' && typeof field.width === 'number') widths.set(field.src, field.width);
      else Object.values(value).forEach(visit);
    }
  };
  visit(plan);
  return widths;
}

function heading(level: number, text: string, toc: boolean): Heading {
  return { type: 'heading', level: Math.min(6, level) as Heading['level'], text, runs: [{ type: 'text', text }], id: '', toc };
}

/** Gives numbered headings their section numbers (1, 1.2, 1.2.3) and every heading a unique anchor id. */
function numberHeadings(blocks: Block[], numbered: boolean[]): void {
  const counters = [0, 0, 0, 0, 0, 0];
  const used = new Map<string, number>();
  blocks.forEach((block, i) => {
    if (block.type !== 'heading') return;
    if (numbered[i]) {
      counters[block.level - 1]++;
      counters.fill(0, block.level);
      block.number = counters.slice(0, block.level).map((n) => (n === 0 ? 1 : n)).join('.');
    } else {
      block.number = undefined;
    }
    const base = slugify(block.text) || 'section';
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    block.id = seen === 0 ? base : `${base}-${seen + 1}`;
  });
}

/** Where `text` first stands in `source`; the first line when it does not. */
function positionIn(source: string, text: string): { line: number; col: number } {
  const at = text ? source.indexOf(text) : -1;
  return at < 0 ? { line: 1, col: 1 } : positionOf(source, at);
}
