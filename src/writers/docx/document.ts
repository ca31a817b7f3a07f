import { Document, PageOrientation, Paragraph, SectionType, type ISectionOptions, type PageNumberEstimator } from 'docx';
import type { Block, DocTree } from '../../render/tree/doctree';
import type { Theme } from '../../render/templates/theme';
import { renderBlocks } from './blocks';
import { headingBookmarks } from './bookmarks';
import { counter, type Rasters, type RenderContext } from './context';
import type { EmbeddedFont } from './fonts';
import { pageFooter, pageHeader } from './furniture';
import { pageGeometry, type Orientation, type PageGeometry } from './geometry';
import { headerHeight, type DocxPages } from './pagination';
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

type XmlElement = Record<string, unknown>;

const childrenOf = (element: XmlElement): unknown[] => {
  const content = element[Object.keys(element)[0]];
  return Array.isArray(content) ? content : [];
};

/**
 * Names of the bookmarks docx puts on the headings its tables of contents list (`_Toc` and a number from a counter of
 * its own), in document order. docx puts each right after the heading paragraph's properties, and headings are
 * top-level paragraphs, so only the start of each top-level paragraph is looked at.
 */
function tocBookmarkNames(body: XmlElement): string[] {
  const names: string[] = [];
  for (const block of childrenOf(body) as XmlElement[]) {
    if (!('w:p' in block)) continue;
    for (const child of childrenOf(block).slice(0, 2) as XmlElement[]) {
      const start = child['w:bookmarkStart'] as { _attr?: { 'w:name'?: string } } | undefined;
      const name = start?._attr?.['w:name'];
      if (name?.startsWith('_Toc')) names.push(name);
    }
  }
  return names;
}

/**
 * The pages plansmith works out itself (`paginate`), handed to docx as its page estimator: docx writes them into the
 * table of contents and the NUMPAGES fields. The k-th `_Toc` bookmark is on the k-th listed heading.
 */
function pageEstimator(pages: DocxPages): PageNumberEstimator {
  return (body) => {
    const names = tocBookmarkNames(body as XmlElement);
    const bookmarks = new Map(names.flatMap((name, i) => {
      const page = pages.marks.get(i);
      return page === undefined ? [] : [[name, String(page)] as const];
    }));
    return { bookmarks, pageCount: pages.pageCount };
  };
}

/** A one-line summary for the document's Description property, built from what the tree says about itself. */
export function documentDescription(tree: DocTree): string {
  const { meta } = tree;
  return `${meta.title} — ${meta.subject}, version ${meta.version} of ${meta.date}`;
}

/**
 * The docx Document: the title page in a section of its own without header or footer, then one section per run of
 * portrait or landscape pages, each with the running header and footer drawn for its page width. The table of contents
 * and "of Y" carry the page numbers `paginate` works out; `rasters` are the PNGs of drawings and SVG images; `fonts`
 * are embedded (see `embeddedFonts`).
 */
export function buildDocument(tree: DocTree, theme: Theme, rasters: Rasters, pages: DocxPages, fonts: readonly EmbeddedFont[] = []): Document {
  const base = {
    theme,
    rasters,
    bookmarks: headingBookmarks(tree),
    monoFont: theme.font.mono,
    nextListInstance: counter(),
    nextDrawingId: counter(),
  };
  const header = headerHeight(tree.furniture, theme);
  const contextFor = (orientation: Orientation, withHeader = true): RenderContext => ({
    ...base,
    page: pageGeometry(theme, orientation, withHeader ? header : 0),
    tableTextStyle: orientation === 'landscape' ? STYLE.tableTextCompact : STYLE.tableText,
  });
  const portrait = contextFor('portrait', false);
  const titleSection: ISectionOptions = {
    properties: pageProperties(portrait.page),
    children: titlePageBlocks(tree.titlePage, portrait),
  };
  const bodySections = pages.runs.map((run): ISectionOptions => {
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
    fonts,
    pageNumbers: pageEstimator(pages),
    sections: [titleSection, ...bodySections],
  });
}
