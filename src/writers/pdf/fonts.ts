import { fontPath, type FontKey } from '../../fonts/faces';

/**
 * Makes `key` the current font. Faces are selected by file path, the same string the constructor gets for
 * the default face: pdfkit caches fonts by that string, while an alias (`registerFont`) of the default face
 * would miss its cache and re-read and re-parse the file on every switch.
 */
export function useFont(doc: PDFKit.PDFDocument, key: FontKey): PDFKit.PDFDocument {
  return doc.font(fontPath(key));
}
