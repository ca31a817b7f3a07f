import PDFDocument from 'pdfkit';
import type { DocMeta } from '../../render/tree/doctree';
import type { Theme } from '../../render/templates/theme';
import { pageSize } from '../../render/templates/theme';
import { fontPath } from '../../fonts/faces';
import { escapeXml } from '../../render/tree/xml';

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
  const doc = escapingXmpText(new PDFDocument({
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
  }));
  // pdfkit's `subset` takes one standard, so the PDF/UA claim is added by hand: a release is PDF/A-2b and PDF/UA-1.
  doc.appendXML(PDFUA_IDENTIFICATION);
  if (options.pdfa) doc.appendXML(PDFUA_SCHEMA_FOR_PDFA);
  return doc;
}

/** XMP identification of PDF/UA-1 (ISO 14289-1, 5). */
const PDFUA_IDENTIFICATION = `
        <rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about="">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>`;

/** PDF/A admits only XMP properties it knows or that the file describes: this describes pdfuaid:part. */
const PDFUA_SCHEMA_FOR_PDFA = `
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas>
                <rdf:Bag>
                    <rdf:li rdf:parseType="Resource">
                        <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>
                        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                        <pdfaSchema:property>
                            <rdf:Seq>
                                <rdf:li rdf:parseType="Resource">
                                    <pdfaProperty:name>part</pdfaProperty:name>
                                    <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                                    <pdfaProperty:category>internal</pdfaProperty:category>
                                    <pdfaProperty:description>The part of ISO 14289 the file conforms to</pdfaProperty:description>
                                </rdf:li>
                            </rdf:Seq>
                        </pdfaSchema:property>
                    </rdf:li>
                </rdf:Bag>
            </pdfaExtension:schemas>
        </rdf:Description>`;


/** The part of pdfkit 0.20 that writes the XMP packet from `info` (a private method: pdfkit is pinned). */
interface XmpWriter {
  info: Record<string, unknown>;
  _addInfo(): void;
}

/**
 * pdfkit copies title, author, subject and keywords into the XMP packet as they are, so "R&D <Pilot>" would break the
 * packet's XML. While it writes the packet (at `end()`, after the Info dictionary is written) it is given the same
 * text XML-escaped, which reads back as the same string: Info and XMP agree, as PDF/A wants.
 */
function escapingXmpText(doc: PDFKit.PDFDocument): PDFKit.PDFDocument {
  const writer = doc as unknown as XmpWriter;
  const addInfo = writer._addInfo;
  writer._addInfo = function (this: XmpWriter) {
    const info = this.info;
    this.info = Object.fromEntries(Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? escapeXml(value) : value]));
    try {
      addInfo.call(this);
    } finally {
      this.info = info;
    }
  };
  return doc;
}

/** The document's bytes; listen before `end()` so no chunk is missed. */
/**
 * pdfkit keeps every content operator of a buffered page (`bufferPages`, which page numbers and furniture need) as a
 * byte array of its own, at a few hundred bytes of overhead each, until the document ends: an 850-page document held
 * 300 MB that way, and the arrays outlived the young generation, so the heap grew far beyond what was live. Here a
 * page's operators are joined as they come, a batch at a time, and all of them when the layout leaves the page. Later
 * writes to the page (furniture, TOC numbers) are appended as before; the bytes written are the same.
 */
export function batchPageContent(page: PDFKit.PDFPage): void {
  const content = (page as unknown as { content: PageContent }).content;
  const write = content.write.bind(content);
  let pending = 0;
  content.write = (chunk) => {
    write(chunk);
    if (++pending < CONTENT_BATCH) return;
    content.buffer.push(Buffer.concat(content.buffer.splice(-pending)));
    pending = 0;
  };
}

export function compactPageContent(page: PDFKit.PDFPage | undefined): void {
  const content = (page as unknown as { content?: PageContent } | undefined)?.content;
  if (content && content.buffer.length > 1) content.buffer = [Buffer.concat(content.buffer)];
}

interface PageContent {
  buffer: Uint8Array[];
  write(chunk: string | Uint8Array): void;
}

const CONTENT_BATCH = 256;

export function collectBytes(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
}
