/**
 * The tagged-PDF structure tree (pdfkit's marked content + structure elements), kept behind a few calls
 * so layout code says what a thing is and never handles MCIDs.
 *
 * Rule that keeps pdfkit's marking state valid: `content` and `artifact` never nest, and no page is added
 * while one of them runs.
 */
/** Where a link annotation sits on the current page, in points from the top left. */
export interface LinkArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class Tagger {
  readonly root: PDFKit.PDFStructureElement;

  constructor(private readonly doc: PDFKit.PDFDocument) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  /** A child structure element (P, H1, Table, TR, TD, L, LI, Figure...) of `parent`. */
  element(type: string, parent: PDFKit.PDFStructureElement, options: PDFKit.Mixins.StructureElementOptions = {}): PDFKit.PDFStructureElement {
    const element = this.doc.struct(type, options);
    parent.add(element);
    return element;
  }

  /** Draws real content on the current page as a marked-content sequence of `element`. */
  content(element: PDFKit.PDFStructureElement, draw: () => void): void {
    element.add(draw);
  }

  /**
   * A link (PDF/UA): a Link element holding what `paint` draws into it and the link annotation over `area`, with
   * `description` as the annotation's /Contents. `href` is "#heading-id" or an external URL. The element is closed
   * at once: pdfkit gives the annotation's OBJR the page that is current when the element is written out.
   */
  link(parent: PDFKit.PDFStructureElement, href: string, area: LinkArea, description: string, paint: (link: PDFKit.PDFStructureElement) => void): void {
    const link = this.element('Link', parent);
    paint(link);
    // A String object, not a string: pdfkit writes a JavaScript string as a PDF name.
    const options = { structParent: link, Contents: new String(description) } as unknown as PDFKit.Mixins.AnnotationOption;
    const { x, y, width, height } = area;
    if (href.startsWith('#')) this.doc.goTo(x, y, width, height, href.slice(1), options);
    else this.doc.link(x, y, width, height, href, options);
    link.end();
  }

  /** Draws decoration (borders, fills, running headers) that assistive technology should skip. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }
}
