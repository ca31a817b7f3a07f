/**
 * The tagged-PDF structure tree (pdfkit's marked content + structure elements), kept behind three calls
 * so layout code says what a thing is and never handles MCIDs.
 *
 * Rule that keeps pdfkit's marking state valid: `content` and `artifact` never nest, and no page is added
 * while one of them runs.
 */
export class Tagger {
  readonly root: PDFKit.PDFStructureElement;

  constructor(private readonly doc: PDFKit.PDFDocument) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  /** A child structure element (P, H1, Table, TR, TD, L, LI, Figure...) of `parent`. */
  element(type: string, parent: PDFKit.PDFStructureElement, options: { alt?: string } = {}): PDFKit.PDFStructureElement {
    const element = this.doc.struct(type, options);
    parent.add(element);
    return element;
  }

  /** Draws real content on the current page as a marked-content sequence of `element`. */
  content(element: PDFKit.PDFStructureElement, draw: () => void): void {
    element.add(draw);
  }

  /** Draws decoration (borders, fills, running headers) that assistive technology should skip. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }
}
