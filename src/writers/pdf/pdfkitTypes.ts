/**
 * Declarations for the parts of the pdfkit 0.20 API this writer uses that @types/pdfkit 0.17 does not
 * describe (checked against node_modules/pdfkit/js/pdfkit.node.mjs).
 */

/** What `doc.openImage` returns: a decoded image pdfkit embeds once and can place on many pages. */
export interface OpenedImage {
  width: number;
  height: number;
}

export interface OutlineItemOptions {
  /** 0-based index of the target page. */
  pageNumber?: number;
  /** Distance from the top of the page, in points. */
  top?: number;
  /** pdfkit writes `page width - left` as the destination's left edge. */
  left?: number;
  zoom?: number;
  /** false: jump to (left, top) rather than fitting the whole page. */
  fit?: boolean;
  expanded?: boolean;
}

declare global {
  namespace PDFKit {
    interface PDFOutline {
      addItem(title: string, options?: OutlineItemOptions): PDFOutline;
    }
    interface PDFDocument {
      openImage(src: Uint8Array): OpenedImage;
    }
  }
  namespace PDFKit.Mixins {
    interface StructureElementOptions {
      /** A header cell's /Scope (the Table attribute owner). */
      scope?: 'Row' | 'Column' | 'Both';
    }
    interface PDFImage {
      image(src: OpenedImage, x: number, y: number, options?: ImageOption): this;
    }
  }
}
