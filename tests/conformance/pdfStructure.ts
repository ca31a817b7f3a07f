/**
 * A PDF's accessibility structure as qpdf reads it (`qpdf --json`), checked against the machine-checkable part of
 * PDF/UA-1 (the Matterhorn protocol's structure, annotation and metadata checkpoints): what the structure tree holds,
 * which content the pages paint outside it, and the list of what is wrong. Human checks (is the alt text apt, is the
 * reading order right) are not in it.
 */
import { run, BIG_OUTPUT } from './readers';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Dict = { [key: string]: Json };

interface QpdfObject {
  value?: Json;
  stream?: { dict: Dict; data?: string };
}

/** The objects of the file, by "N 0 R", with content streams decoded. */
export async function qpdfObjects(pdfPath: string): Promise<Map<string, QpdfObject>> {
  const { stdout } = await run('qpdf', ['--json=2', '--json-key=qpdf', '--json-stream-data=inline', '--decode-level=generalized', pdfPath], { maxBuffer: BIG_OUTPUT * 4 });
  const [, objects] = (JSON.parse(stdout) as { qpdf: [unknown, Record<string, QpdfObject>] }).qpdf;
  return new Map(Object.entries(objects).map(([key, object]) => [key.replace(/^obj:/, ''), object]));
}

const isRef = (value: Json | undefined): value is string => typeof value === 'string' && /^\d+ \d+ R$/.test(value);
const isDict = (value: Json | undefined): value is Dict => typeof value === 'object' && value !== null && !Array.isArray(value);
/** qpdf writes strings as "u:text" (or "b:hex" for bytes that are not text). */
const text = (value: Json | undefined): string => (typeof value === 'string' && value.startsWith('u:') ? value.slice(2) : '');

/** One element of the structure tree. */
export interface StructElement {
  ref: string;
  type: string;
  parent?: StructElement;
  dict: Dict;
  /** Its attribute dictionaries (/A), resolved, whether /A holds one or several. */
  attributes: Dict[];
}

/** A link annotation on a page. */
export interface Annotation {
  ref: string;
  page: number;
  dict: Dict;
}

/** A marked-content reference or painting operator found on a page. */
interface PaintedOutside {
  page: number;
  operator: string;
}

export interface PdfStructure {
  lang: string;
  displayDocTitle: boolean;
  /** XMP packet text. */
  metadata: string;
  elements: StructElement[];
  /** Each annotation's structure parent, through its OBJR, and the page the OBJR names. */
  annotationParents: Map<string, { element: StructElement; page: number }>;
  annotations: Annotation[];
  /** MCIDs the structure tree claims, as "page:mcid" (pages from 1). */
  claimedContent: Set<string>;
  /** MCIDs the pages' content streams mark, as "page:mcid". */
  markedContent: Set<string>;
  /** Painting operators that are neither inside a structure element's marked content nor an artifact. */
  paintedOutside: PaintedOutside[];
}

/** Content-stream tokens: operators as bare words; operands (numbers, names, strings, arrays, dicts) as `operand`. */
function* contentTokens(source: string): Generator<{ operator?: string; mcid?: number; name?: string }> {
  let i = 0;
  let pendingName: string | undefined;
  let pendingMcid: number | undefined;
  const skipString = () => {
    let depth = 0;
    for (; i < source.length; i++) {
      const ch = source[i];
      if (ch === '\\') i++;
      else if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) {
        i++;
        return;
      }
    }
  };
  while (i < source.length) {
    const ch = source[i];
    if (/\s/.test(ch)) i++;
    else if (ch === '%') while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i++;
    else if (ch === '(') skipString();
    else if (source.startsWith('<<', i)) {
      const end = source.indexOf('>>', i);
      const dict = source.slice(i, end + 2);
      const mcid = /\/MCID\s+(\d+)/.exec(dict);
      if (mcid) pendingMcid = Number(mcid[1]);
      i = end + 2;
    } else if (ch === '<') i = source.indexOf('>', i) + 1;
    else if (ch === '[' || ch === ']' || ch === '>' || ch === '{' || ch === '}') i++;
    else if (ch === '/') {
      const m = /^\/[^\s/<>[\]()%{}]*/.exec(source.slice(i, i + 128));
      pendingName = m![0].slice(1);
      i += m![0].length;
    } else {
      const m = /^[^\s/<>[\]()%{}]+/.exec(source.slice(i, i + 64));
      const word = m![0];
      i += word.length;
      if (/^[-+.\d]/.test(word)) continue;
      yield { operator: word, mcid: pendingMcid, name: pendingName };
      pendingName = undefined;
      pendingMcid = undefined;
    }
  }
}

const PAINTING = new Set(['Tj', 'TJ', "'", '"', 'Do', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'S', 's', 'sh']);

/** Walks one page's content: which MCIDs it marks, and what it paints with no structure or artifact around it. */
function scanContent(source: string, page: number, marked: Set<string>, outside: PaintedOutside[]): void {
  const stack: ('artifact' | 'content' | 'other')[] = [];
  for (const token of contentTokens(source)) {
    const { operator } = token;
    if (operator === 'BDC' || operator === 'BMC') {
      if (token.name === 'Artifact') stack.push('artifact');
      else if (operator === 'BDC' && token.mcid !== undefined) {
        marked.add(`${page}:${token.mcid}`);
        stack.push('content');
      } else stack.push('other');
    } else if (operator === 'EMC') stack.pop();
    else if (operator && PAINTING.has(operator) && !stack.includes('artifact') && !stack.includes('content')) outside.push({ page, operator });
  }
}

/** Reads the catalog, XMP, structure tree, annotations and page content of a PDF. */
export async function readPdfStructure(pdfPath: string): Promise<PdfStructure> {
  const objects = await qpdfObjects(pdfPath);
  const resolve = (value: Json | undefined): Json | undefined => (isRef(value) ? (objects.get(value)?.value ?? objects.get(value)?.stream?.dict) : value);
  const dictOf = (value: Json | undefined): Dict => {
    const resolved = resolve(value);
    return isDict(resolved) ? resolved : {};
  };
  const streamText = (ref: Json | undefined) => {
    const data = isRef(ref) ? objects.get(ref)?.stream?.data : undefined;
    return data ? Buffer.from(data, 'base64').toString('latin1') : '';
  };
  const trailer = dictOf(objects.get('trailer')?.value);
  const catalog = dictOf(trailer['/Root']);

  const pageRefs: string[] = [];
  const collectPages = (node: Json | undefined) => {
    const dict = dictOf(node);
    if (dict['/Type'] === '/Page') pageRefs.push(node as string);
    else for (const kid of (dict['/Kids'] as Json[]) ?? []) collectPages(kid);
  };
  collectPages(catalog['/Pages']);
  const pageNumber = (ref: Json | undefined) => pageRefs.indexOf(ref as string) + 1;

  const elements: StructElement[] = [];
  const annotationParents = new Map<string, { element: StructElement; page: number }>();
  const claimedContent = new Set<string>();
  const visit = (kid: Json, parent: StructElement | undefined, pg: Json | undefined) => {
    if (typeof kid === 'number') {
      claimedContent.add(`${pageNumber(pg)}:${kid}`);
      return;
    }
    if (Array.isArray(kid)) {
      for (const k of kid) visit(k, parent, pg);
      return;
    }
    const dict = dictOf(kid);
    if (dict['/Type'] === '/MCR') claimedContent.add(`${pageNumber(dict['/Pg'] ?? pg)}:${dict['/MCID'] as number}`);
    else if (dict['/Type'] === '/OBJR' && parent) annotationParents.set(dict['/Obj'] as string, { element: parent, page: pageNumber(dict['/Pg'] ?? pg) });
    else if (typeof dict['/S'] === 'string') {
      const a = dict['/A'];
      const attributes = (Array.isArray(a) ? a : a === undefined ? [] : [a]).map(dictOf);
      const element: StructElement = { ref: String(kid), type: dict['/S'].slice(1), parent, dict, attributes };
      elements.push(element);
      if (dict['/K'] !== undefined && dict['/K'] !== null) visit(dict['/K'], element, dict['/Pg'] ?? pg);
    }
  };
  const treeRoot = dictOf(catalog['/StructTreeRoot']);
  if (treeRoot['/K'] !== undefined) visit(treeRoot['/K'], undefined, undefined);

  const annotations: Annotation[] = [];
  const markedContent = new Set<string>();
  const paintedOutside: PaintedOutside[] = [];
  pageRefs.forEach((ref, index) => {
    const page = dictOf(ref);
    for (const annot of (resolve(page['/Annots']) as Json[] | undefined) ?? []) annotations.push({ ref: String(annot), page: index + 1, dict: dictOf(annot) });
    const contents = page['/Contents'];
    const source = (Array.isArray(contents) ? contents : [contents]).map(streamText).join('\n');
    scanContent(source, index + 1, markedContent, paintedOutside);
  });
  return {
    lang: text(resolve(catalog['/Lang'])),
    displayDocTitle: dictOf(catalog['/ViewerPreferences'])['/DisplayDocTitle'] === true,
    metadata: streamText(catalog['/Metadata']),
    elements,
    annotationParents,
    annotations,
    claimedContent,
    markedContent,
    paintedOutside,
  };
}

/**
 * What keeps the file from PDF/UA-1 as far as its structure shows, one line per problem: an empty list is a pass.
 */
export function pdfUaProblems(pdf: PdfStructure): string[] {
  const problems: string[] = [];
  if (!pdf.lang) problems.push('the catalog has no /Lang');
  if (!pdf.displayDocTitle) problems.push('DisplayDocTitle is not true');
  if (!/<pdfuaid:part>1<\/pdfuaid:part>/.test(pdf.metadata)) problems.push('the XMP metadata does not claim PDF/UA-1 (pdfuaid:part)');
  if (!/<dc:title>/.test(pdf.metadata)) problems.push('the XMP metadata has no dc:title');
  if (pdf.elements.length === 0) problems.push('there is no structure tree');

  for (const element of pdf.elements) {
    if (element.type === 'TH' && !element.attributes.some((a) => typeof a['/Scope'] === 'string')) problems.push(`TH ${element.ref} has no /Scope`);
    if (element.type === 'Figure' && !text(element.dict['/Alt'])) problems.push(`Figure ${element.ref} has no /Alt`);
  }
  for (const annotation of pdf.annotations) {
    const where = `annotation ${annotation.ref} on page ${annotation.page}`;
    if (annotation.dict['/Subtype'] === '/Widget') continue;
    if (!text(annotation.dict['/Contents'])) problems.push(`${where} has no /Contents`);
    if (typeof annotation.dict['/StructParent'] !== 'number') problems.push(`${where} has no /StructParent`);
    const parent = pdf.annotationParents.get(annotation.ref);
    if (!parent) problems.push(`${where} is not in the structure tree`);
    else {
      if (annotation.dict['/Subtype'] === '/Link' && parent.element.type !== 'Link') problems.push(`${where} sits in a ${parent.element.type}, not a Link`);
      if (parent.page !== annotation.page) problems.push(`${where} is referenced as on page ${parent.page}`);
    }
  }
  for (const mcid of pdf.markedContent) if (!pdf.claimedContent.has(mcid)) problems.push(`marked content ${mcid} (page:MCID) belongs to no structure element`);
  for (const mcid of pdf.claimedContent) if (!pdf.markedContent.has(mcid)) problems.push(`structure tree points at marked content ${mcid} (page:MCID) that no page has`);
  for (const { page, operator } of pdf.paintedOutside) problems.push(`page ${page} paints (${operator}) outside any tagged content or artifact`);
  return problems;
}
