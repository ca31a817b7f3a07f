import PDFDocument from 'pdfkit';
import type { DocMeta } from '../../render/doctree';
import type { Theme } from '../../render/theme';
import { pageSize } from '../../render/theme';
import { fontPath } from './fonts';

export interface PdfOptions {
  /** Write PDF/A-2b (archival): sRGB output intent and XMP identification on top of the usual file. */
  pdfa?: boolean;
}

/** meta.date at midnight UTC: the only time that reaches the file, which keeps the bytes reproducible. */
function documentDate(isoDate: string): Date {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(date.getTime())) {
    throw new Error(`document date "${isoDate}" is not an ISO date (YYYY-MM-DD)`);
  }
  return date;
}

/**
 * A pdfkit document with metadata, the DejaVu faces and buffered pages (headers, footers and TOC numbers are
 * drawn after layout). pdfkit derives the file ID from `info` in the constructor, so every date goes in here.
 */
export function createDocument(meta: DocMeta, theme: Theme, options: PdfOptions): PDFKit.PDFDocument {
  const date = documentDate(meta.date);
  const size = pageSize(theme);
  return new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    // The default font: without it pdfkit loads Helvetica, a standard-14 font PDF/A forbids.
    font: fontPath('sans'),
    size: [size.width, size.height],
    margins: theme.margins,
    pdfVersion: '1.7',
    tagged: true,
    lang: meta.language,
    displayTitle: true,
    subset: options.pdfa ? 'PDF/A-2b' : undefined,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Keywords: meta.keywords.join(', '),
      Creator: 'plansmith',
      CreationDate: date,
      // pdfkit's XMP packet has no modify date, and PDF/A wants Info and XMP to agree.
      ...(options.pdfa ? {} : { ModDate: date }),
    },
  });
}

/** The document's bytes; listen before `end()` so no chunk is missed. */
export function collectBytes(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
}
