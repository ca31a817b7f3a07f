import type { Block, DocTree, TocEntry } from '../../render/tree/doctree';
import { tocEntries } from '../../render/tree/doctree';
import type { Theme } from '../../render/templates/theme';
import type { FontKey } from '../../fonts/faces';
import { useFont } from './fonts';
import { Flow } from './flow';
import type { InlineOptions, Measure } from './inline';
import type { OpenedImage } from './pdfkitTypes';
import { stylesFor, type Styles } from './styles';
import { Tagger } from './tagging';

/** Where a heading landed: the TOC, the outline and internal links all point here. */
export interface PlacedHeading {
  id: string;
  level: number;
  label: string;
  pageIndex: number;
  y: number;
}

/** Everything the block renderers share while laying out one document. */
export interface LayoutContext {
  doc: PDFKit.PDFDocument;
  theme: Theme;
  styles: Styles;
  flow: Flow;
  tags: Tagger;
  measure: Measure;
  inline: InlineOptions;
  tocEntries: TocEntry[];
  headings: PlacedHeading[];
  /** Drawing that needs the finished layout (TOC page numbers); run once every page exists. */
  afterLayout: (() => void)[];
  /** Decoded images by content hash, so a logo repeated on every page is embedded once. */
  images: Map<string, OpenedImage>;
  /** PNG renderings of the SVG images by their bytes: pdfkit cannot draw SVG. */
  svgRasters: ReadonlyMap<Uint8Array, Uint8Array>;
}

function headingIds(blocks: readonly Block[], into: Set<string>): Set<string> {
  for (const block of blocks) {
    if (block.type === 'heading') into.add(block.id);
    if (block.type === 'quote') headingIds(block.blocks, into);
    if (block.type === 'list') for (const item of block.items) headingIds(item.blocks, into);
  }
  return into;
}

/**
 * Line widths come from pdfkit's own metrics, kerning included, as it draws the line; column widths use the shared
 * measure (fonts/metrics), which leaves kerning out and so errs a hair wide.
 */
function measurerFor(doc: PDFKit.PDFDocument): Measure {
  const cache = new Map<string, number>();
  return (text: string, font: FontKey, size: number) => {
    const key = `${font}\u0000${size}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      width = useFont(doc, font).fontSize(size).widthOfString(text);
      cache.set(key, width);
    }
    return width;
  };
}

export function createContext(doc: PDFKit.PDFDocument, tree: DocTree, theme: Theme, svgRasters: ReadonlyMap<Uint8Array, Uint8Array>): LayoutContext {
  const styles = stylesFor(theme);
  const tags = new Tagger(doc);
  const anchors = headingIds(tree.blocks, new Set());
  const linkable = (href: string) => (href.startsWith('#') ? anchors.has(href.slice(1)) : /^(https?:|mailto:)/i.test(href));
  return {
    doc,
    theme,
    styles,
    flow: new Flow(doc, theme, tags),
    tags,
    measure: measurerFor(doc),
    inline: { linkColor: styles.colors.link, linkable },
    tocEntries: tocEntries(tree),
    headings: [],
    afterLayout: [],
    images: new Map(),
    svgRasters,
  };
}
