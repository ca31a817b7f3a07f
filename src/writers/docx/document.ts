import { Document, PageOrientation, Paragraph, SectionType, type ISectionOptions, type PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith, type FontFile } from 'docx/layout';
import type { Block, DocTree } from '../../render/tree/doctree';
import type { Theme } from '../../render/templates/theme';
import { renderBlocks } from './blocks';
import { headingBookmarks } from './bookmarks';
import { counter, type Rasters, type RenderContext } from './context';
import { pageFooter, pageHeader } from './furniture';
import { pageGeometry, type Orientation, type PageGeometry } from './geometry';
import { pageRuns } from './pageRuns';
import { documentStyles, STYLE, tableStylesXml } from './styles';
import { titlePageBlocks } from './titlePage';

function pageProperties(page: PageGeometry): ISectionOptions['properties'] {
  return {
    type: SectionType.NEXT_PAGE,
    page: {
      size: {
        width: page.width,
        height: page.height,
        orientation: page.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: page.margins,
    },
  };
}

/** Blocks drawn as paragraphs with borders or shading. */
const BORDERED: ReadonlySet<Block['type']> = new Set(['rule', 'code', 'quote']);

/**
 * Word keeps a section's properties in its last paragraph, and LibreOffice drops the borders of that paragraph, so a
 * section ending on a bordered block gets an empty paragraph after it to carry them.
 */
function sectionEnd(blocks: readonly Block[]): Paragraph[] {
  const last = blocks[blocks.length - 1];
  return last && BORDERED.has(last.type) ? [new Paragraph({ children: [] })] : [];
}

/**
 * docx's page estimator without its `listNumbers`: heading numbers are typed into the headings (Word numbering is never
 * used), so asking for list numbers would only read the whole document once more before the pages are laid out.
 */
function pageEstimator(fonts: readonly FontFile[]): PageNumberEstimator {
  const estimate = estimatePageNumbersWith({ fonts });
  return (body, context) => estimate(body, context);
}

/** A one-line summary for the document's Description property, built from what the tree says about itself. */
export function documentDescription(tree: DocTree): string {
  const { meta } = tree;
  return `${meta.title} — ${meta.subject}, version ${meta.version} of ${meta.date}`;
}

/**
 * The docx Document: the title page in a section of its own without header or footer, then one section per run of
 * portrait or landscape pages, each with the running header and footer drawn for its page width. `fonts` lets the
 * page estimator measure text so the table of contents and "of Y" carry page numbers; `rasters` are the PNGs of drawings and SVG images.
 */
export function buildDocument(tree: DocTree, theme: Theme, fonts: readonly FontFile[], rasters: Rasters): Document {
  const base = {
    theme,
    rasters,
    bookmarks: headingBookmarks(tree),
    monoFont: theme.font.mono,
    nextListInstance: counter(),
    nextDrawingId: counter(),
  };
  const contextFor = (orientation: Orientation): RenderContext => ({
    ...base,
    page: pageGeometry(theme, orientation),
    tableTextStyle: orientation === 'landscape' ? STYLE.tableTextCompact : STYLE.tableText,
  });
  const portrait = contextFor('portrait');
  const titleSection: ISectionOptions = {
    properties: pageProperties(portrait.page),
    children: titlePageBlocks(tree.titlePage, portrait),
  };
  const bodySections = pageRuns(tree.blocks, theme.landscapeColumns).map((run): ISectionOptions => {
    const ctx = contextFor(run.orientation);
    return {
      properties: pageProperties(ctx.page),
      headers: { default: pageHeader(tree.furniture, ctx) },
      footers: { default: pageFooter(tree.furniture, ctx) },
      children: [...renderBlocks(run.blocks, ctx), ...sectionEnd(run.blocks)],
    };
  });
  const { meta } = tree;
  return new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    lastModifiedBy: meta.author,
    keywords: meta.keywords.join(', '),
    description: documentDescription(tree),
    revision: 1,
    externalStyles: tableStylesXml(theme),
    styles: documentStyles(theme, meta.language),
    numbering: { config: [] },
    theme: { fonts: { headings: theme.font.family, body: theme.font.family } },
    pageNumbers: pageEstimator(fonts),
    sections: [titleSection, ...bodySections],
  });
}
