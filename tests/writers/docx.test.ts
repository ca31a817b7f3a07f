import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { headingLabel, tocEntries, type Block, type DocTree, type Heading, type Table } from '../../src/render/tree/doctree';
import { defaultTheme, themeSchema, type Theme } from '../../src/render/templates/theme';
import { headingBookmarks } from '../../src/writers/docx/bookmarks';
import { pageGeometry } from '../../src/writers/docx/geometry';
import { writeDocx } from '../../src/writers/docx/index';
import { pageRuns } from '../../src/writers/docx/pageRuns';
import { fixBookmarks, fixCoreDates, fixRelationshipIds } from '../../src/writers/docx/reproducible';
import { sampleImage, sampleTree } from '../fixtures/sampleTree';

// --- reading the package back -------------------------------------------------------------------------------------

type Parts = Record<string, string>;

function unpack(docx: Uint8Array): Parts {
  const files = unzipSync(docx);
  return Object.fromEntries(Object.entries(files).filter(([path]) => /\.(xml|rels)$/.test(path)).map(([path, data]) => [path, strFromU8(data)]));
}

const decode = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Visible text of a piece of WordprocessingML: w:t contents, tabs as \t. */
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[0] === '<w:tab/>' ? '\t' : decode(m[1]))).join('');

interface Para {
  xml: string;
  style?: string;
  text: string;
}

function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map(([p]) => ({
    xml: p,
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1],
    text: textOf(p),
  }));
}

const tables = (xml: string) => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([t]) => t);
const rows = (tbl: string) => [...tbl.matchAll(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g)].map(([r]) => r);
const gridWidths = (tbl: string) => [...tbl.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));

/** Body chunks, one per section, each with the section properties that close it. */
function sections(documentXml: string): { body: string; sectPr: string }[] {
  const result: { body: string; sectPr: string }[] = [];
  let rest = documentXml.slice(documentXml.indexOf('<w:body>') + '<w:body>'.length);
  for (let at = rest.indexOf('<w:sectPr'); at >= 0; at = rest.indexOf('<w:sectPr')) {
    const end = rest.indexOf('</w:sectPr>', at) + '</w:sectPr>'.length;
    result.push({ body: rest.slice(0, at), sectPr: rest.slice(at, end) });
    rest = rest.slice(end);
  }
  return result;
}

const headings = (tree: DocTree) => tree.blocks.filter((b): b is Heading => b.type === 'heading');

function withBlocks(tree: DocTree, transform: (blocks: Block[]) => Block[]): DocTree {
  return { ...tree, blocks: transform(tree.blocks) };
}

// --- the sample document ----------------------------------------------------------------------------------------

const tree = sampleTree();
let bytes: Uint8Array;
let parts: Parts;
let documentXml: string;

beforeAll(async () => {
  bytes = await writeDocx(tree, defaultTheme);
  parts = unpack(bytes);
  documentXml = parts['word/document.xml'];
});

describe('writeDocx: styles', () => {
  it('puts real Word styles on the paragraphs', () => {
    const used = new Set(paragraphs(documentXml).map((p) => p.style));
    for (const style of ['Title', 'Subtitle', 'Heading1', 'Heading2', 'Heading3', 'TOC1', 'TOC2', 'TOC3', 'ListParagraph', 'SourceCode', 'Quote', 'Note', 'Caption', 'TableText']) {
      expect(used, style).toContain(style);
    }
  });

  it('defines the styles with the theme fonts, sizes and colours', () => {
    const styles = parts['word/styles.xml'];
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
    expect(style('Heading1')).toContain('<w:name w:val="Heading 1"/>');
    expect(style('Heading1')).toContain(`<w:sz w:val="${defaultTheme.font.h1 * 2}"/>`);
    expect(style('Heading1')).toContain(`<w:color w:val="${defaultTheme.colors.heading.slice(1)}"/>`);
    expect(style('Heading2')).toContain(`<w:sz w:val="${defaultTheme.font.h2 * 2}"/>`);
    expect(style('Title')).toContain(`<w:sz w:val="${defaultTheme.font.title * 2}"/>`);
    expect(style('TOC1')).toContain('<w:name w:val="toc 1"/>');
    expect(style('ListParagraph')).toContain('<w:name w:val="List Paragraph"/>');
    expect(style('SourceCode')).toContain(`w:ascii="${defaultTheme.font.mono}"`);
    expect(style('Note')).toContain(`<w:sz w:val="${defaultTheme.font.small * 2}"/>`);
    expect(style('Note')).toContain(`<w:color w:val="${defaultTheme.colors.muted.slice(1)}"/>`);
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toContain(`w:ascii="${defaultTheme.font.family}"`);
    expect(defaults).toContain(`<w:sz w:val="${defaultTheme.font.body * 2}"/>`);
    expect(defaults).toContain(`<w:lang w:val="${tree.meta.language}"/>`);
  });

  it('follows a different theme', async () => {
    const theme: Theme = themeSchema.parse({ font: { family: 'Liberation Sans', h1: 20 }, colors: { heading: '#AA0000' } });
    const styles = unpack(await writeDocx(sampleTree({ rows: 2 }), theme))['word/styles.xml'];
    const heading1 = /<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(heading1).toContain('<w:sz w:val="40"/>');
    expect(heading1).toContain('<w:color w:val="AA0000"/>');
    expect(styles).toContain('w:ascii="Liberation Sans"');
  });
});

describe('writeDocx: headings and bookmarks', () => {
  it('types the section number before the heading text and uses no Word auto-numbering', () => {
    const headingParas = paragraphs(documentXml).filter((p) => /^Heading\d/.test(p.style ?? ''));
    expect(headingParas.map((p) => p.text)).toEqual(headings(tree).map(headingLabel));
    for (const p of headingParas) expect(p.xml).not.toContain('<w:numPr>');
  });

  it('keeps headings the TOC does not list out of the built-in heading styles', () => {
    const versionHistory = paragraphs(documentXml).find((p) => p.text === 'Version History');
    expect(versionHistory?.style).toBe('Heading1Unlisted');
  });

  it('bookmarks every heading under its id, and every listed heading for the TOC', () => {
    const names = headingBookmarks(tree);
    const byText = new Map(paragraphs(documentXml).map((p) => [p.text, p]));
    for (const heading of headings(tree)) {
      const p = byText.get(headingLabel(heading));
      expect(p?.xml).toContain(`<w:bookmarkStart w:name="${names.get(heading.id)}"`);
      expect(/w:name="_Toc\d+"/.test(p?.xml ?? ''), heading.text).toBe(heading.toc);
    }
  });

  it('links internal references to the heading bookmark and external ones through a relationship', () => {
    const intro = paragraphs(documentXml).find((p) => p.text.startsWith('This plan describes'));
    expect(intro?.xml).toContain(`w:anchor="${headingBookmarks(tree).get('glossary')}"`);
    const rid = /<w:hyperlink [^>]*r:id="([^"]+)"/.exec(intro?.xml ?? '')?.[1];
    expect(rid).toBeDefined();
    expect(parts['word/_rels/document.xml.rels']).toMatch(
      new RegExp(`<Relationship Id="${rid}" Type="[^"]+/hyperlink" Target="https://example.org/portal" TargetMode="External"/>`),
    );
  });
});

describe('writeDocx: table of contents', () => {
  const tocXml = () => /<w:sdt>[\s\S]*?<\/w:sdt>/.exec(documentXml)?.[0] ?? '';

  it('is a TOC field over heading levels 1-3, with a title above it', () => {
    expect(tocXml()).toMatch(/<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-3&quot;[^<]*<\/w:instrText>/);
    const before = paragraphs(documentXml.slice(0, documentXml.indexOf('<w:sdt>'))).pop();
    expect(before).toMatchObject({ style: 'TOCHeading', text: 'Table of Contents' });
  });

  it('carries a cached entry for every TOC entry, linked to the bookmark on its heading, with a page number', () => {
    const entries = paragraphs(tocXml()).filter((p) => /^TOC\d$/.test(p.style ?? ''));
    const expected = tocEntries(tree);
    expect(entries.map((p) => p.text.split('\t')[0])).toEqual(expected.map(headingLabel));
    expect(entries.map((p) => p.style)).toEqual(expected.map((e) => `TOC${e.level}`));
    const byText = new Map(paragraphs(documentXml).map((p) => [p.text, p]));
    for (const [i, entry] of entries.entries()) {
      const anchor = /w:anchor="(_Toc\d+)"/.exec(entry.xml)?.[1];
      expect(byText.get(headingLabel(expected[i]))?.xml).toContain(`w:name="${anchor}"`);
      expect(entry.xml).toContain(`PAGEREF ${anchor} \\h`);
      expect(entry.text.split('\t')[1]).toMatch(/^\d+$/);
    }
  });

  it('is written clean, so readers show it without asking to update fields', () => {
    expect(documentXml).not.toContain('w:dirty');
    expect(parts['word/settings.xml']).not.toContain('updateFields');
  });

  it('numbers the entries in page order, the Glossary last', () => {
    const pages = paragraphs(tocXml())
      .filter((p) => /^TOC\d$/.test(p.style ?? ''))
      .map((p) => Number(p.text.split('\t')[1]));
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(pages[0]).toBeGreaterThan(1);
  });
});

describe('writeDocx: tables', () => {
  it('marks the first row, and only it, as a header row repeated on every page', () => {
    const all = tables(documentXml);
    expect(all.length).toBe(4); // approvals, version history, hardware, long table
    for (const tbl of all) {
      const [header, ...body] = rows(tbl);
      expect(header).toContain('<w:tblHeader/>');
      for (const row of body) expect(row).not.toContain('<w:tblHeader/>');
    }
  });

  it('keeps every row on one page', () => {
    for (const tbl of tables(documentXml)) for (const row of rows(tbl)) expect(row).toContain('<w:cantSplit/>');
  });

  it('defines a table style, and puts every table in it', () => {
    const styles = parts['word/styles.xml'];
    const planTable = /<w:style w:type="table"[^>]* w:styleId="PlanTable">[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(planTable).toContain('<w:name w:val="Plan Table"/>');
    expect(styles.match(/w:styleId="PlanTable"/g)).toHaveLength(1);
    // Every part, so a table in a header or footer counts too.
    const all = Object.entries(parts).filter(([path]) => /^word\/[^/]+\.xml$/.test(path)).flatMap(([, xml]) => tables(xml));
    expect(all.length).toBe(tables(documentXml).length);
    for (const tbl of all) expect(/^<w:tbl><w:tblPr><w:tblStyle w:val="([^"]+)"\/>/.exec(tbl)?.[1]).toBe('PlanTable');
  });

  it('draws borders and the header fill from the theme in the table style, not cell by cell', async () => {
    const planTable = (styles: string) => /<w:style w:type="table"[^>]* w:styleId="PlanTable">[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    const firstRow = (style: string) => /<w:tblStylePr w:type="firstRow">[\s\S]*?<\/w:tblStylePr>/.exec(style)?.[0] ?? '';
    const style = planTable(parts['word/styles.xml']);
    const border = `w:val="single" w:sz="4" w:space="0" w:color="${defaultTheme.colors.tableBorder.slice(1)}"`;
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(style).toContain(`<w:${side} ${border}/>`);
    expect(firstRow(style)).toContain(`<w:shd w:val="clear" w:color="auto" w:fill="${defaultTheme.colors.tableHeaderFill.slice(1)}"/>`);
    for (const tbl of tables(documentXml)) {
      expect(tbl).toContain('<w:tblLook w:firstRow="true"/>');
      expect(tbl).not.toContain('<w:tblBorders>');
      expect(tbl).not.toContain('<w:shd ');
    }
    const theme: Theme = themeSchema.parse({ colors: { tableBorder: '#112233', tableHeaderFill: '#ABCDEF' } });
    const other = planTable(unpack(await writeDocx(sampleTree({ rows: 2 }), theme))['word/styles.xml']);
    expect(other).toContain('w:color="112233"');
    expect(firstRow(other)).toContain('w:fill="ABCDEF"');
  });

  it('fits the columns to the text width of the page the table is on', () => {
    const portrait = pageGeometry(defaultTheme, 'portrait').textWidth;
    const landscape = pageGeometry(defaultTheme, 'landscape').textWidth;
    const widths = tables(documentXml).map((t) => gridWidths(t).reduce((a, b) => a + b, 0));
    expect(widths).toEqual([portrait, portrait, landscape, portrait]);
  });

  it('sets tables of landscapeColumns or more columns on landscape pages, in the compact table style, then turns back', () => {
    const secs = sections(documentXml);
    const orient = (s: { sectPr: string }) => /w:orient="(\w+)"/.exec(s.sectPr)?.[1];
    const wide = secs.findIndex((s) => s.body.includes('PL_PRDWEB#01'));
    expect(orient(secs[wide])).toBe('landscape');
    expect(secs[wide].sectPr).toMatch(/<w:pgSz w:w="15840" w:h="12240"/);
    expect(orient(secs[wide - 1])).toBe('portrait');
    expect(orient(secs[wide + 1])).toBe('portrait');
    expect(secs[wide].body).toContain('<w:pStyle w:val="TableTextCompact"/>');
    expect(secs[wide].body).not.toContain('<w:pStyle w:val="TableText"/>');
    // The headings that introduce the table travel with it.
    expect(paragraphs(secs[wide].body).filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(['2.1 Hardware']);
  });

  it('keeps line breaks inside cells', async () => {
    const table: Table = {
      type: 'table',
      header: [[{ type: 'text', text: 'A' }]],
      rows: [[[{ type: 'text', text: 'first' }, { type: 'break' }, { type: 'text', text: 'second' }]]],
      align: [null],
    };
    const xml = unpack(await writeDocx(withBlocks(sampleTree({ rows: 1 }), (b) => [...b, table]), defaultTheme))['word/document.xml'];
    expect(rows(tables(xml).pop() ?? '')[1]).toMatch(/first<\/w:t><\/w:r><w:r><w:br\/><\/w:r><w:r><w:t xml:space="preserve">second/);
  });
});

describe('writeDocx: lists, images, other blocks', () => {
  it('numbers lists with real numbering definitions, each list restarting, nested one level down', () => {
    const listParas = paragraphs(documentXml).filter((p) => p.xml.includes('<w:numPr>'));
    const numId = (p: Para) => /<w:numId w:val="(\d+)"/.exec(p.xml)?.[1];
    const level = (p: Para) => Number(/<w:ilvl w:val="(\d+)"/.exec(p.xml)?.[1]);
    const nested = listParas.filter((p) => p.text.startsWith('Nested step'));
    expect(nested.map(level)).toEqual([1, 1]);
    expect(new Set(nested.map(numId)).size).toBe(1);
    const outer = listParas.find((p) => p.text === 'Vendor experts are on site.');
    expect(numId(outer as Para)).not.toBe(numId(nested[0]));
    const numbering = parts['word/numbering.xml'];
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    expect(numbering).toMatch(new RegExp(`<w:num w:numId="${numId(nested[0])}">[\\s\\S]*?<w:startOverride w:val="1"/>`));
  });

  it('marks task items with ballot boxes', () => {
    const texts = paragraphs(documentXml).map((p) => p.text);
    expect(texts).toContain('☑\tLeadership commitment confirmed');
    expect(texts).toContain('☐\tTraining plan prepared');
  });

  it('embeds images with alt text, scaled to at most their share of the text width', () => {
    const drawing = paragraphs(documentXml).find((p) => p.xml.includes('descr="System organization diagram"'));
    expect(drawing).toBeDefined();
    const cx = Number(/<wp:extent cx="(\d+)"/.exec(drawing?.xml ?? '')?.[1]);
    const textWidthEmu = (pageGeometry(defaultTheme, 'portrait').textWidth / 20) * 12700;
    expect(cx).toBeGreaterThan(0);
    expect(cx).toBeLessThanOrEqual(textWidthEmu * sampleImage().scale!);
    expect(drawing?.xml).toContain('title="Figure 1: System organization"');
  });

  it('shrinks a wide image to its scale of the text width', async () => {
    const wide = { ...sampleImage('Wide chart'), width: 4000, height: 1000, scale: 0.5 };
    const xml = unpack(await writeDocx(withBlocks(sampleTree({ rows: 1 }), (b) => [...b, wide]), defaultTheme))['word/document.xml'];
    const p = paragraphs(xml).find((x) => x.xml.includes('descr="Wide chart"'));
    const cx = Number(/<wp:extent cx="(\d+)" cy="(\d+)"/.exec(p?.xml ?? '')?.[1]);
    const half = (pageGeometry(defaultTheme, 'portrait').textWidth / 20) * 12700 * 0.5;
    expect(Math.abs(cx - half)).toBeLessThan(9525);
  });

  it('writes an SVG image as itself with its PNG rendering as the fallback, and its alt text', async () => {
    const svg = { ...sampleImage('Architecture sketch'), mime: 'image/svg+xml' as const, src: 'sketch.svg', data: new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"/>') };
    const files = unpack(await writeDocx(withBlocks(sampleTree({ rows: 1 }), (b) => [...b, svg]), defaultTheme));
    const p = paragraphs(files['word/document.xml']).find((x) => x.xml.includes('descr="Architecture sketch"'));
    const targets = Object.fromEntries([...files['word/_rels/document.xml.rels'].matchAll(/Id="([^"]+)"[^>]*Target="(media\/[^"]+)"/g)].map((m) => [m[1], m[2]]));
    const blip = /<a:blip r:embed="([^"]+)"/.exec(p?.xml ?? '')?.[1];
    const svgBlip = /<asvg:svgBlip [^>]*r:embed="([^"]+)"/.exec(p?.xml ?? '')?.[1];
    expect(targets[blip!]).toMatch(/\.png$/);
    expect(targets[svgBlip!]).toMatch(/\.svg$/);
  });

  it('sets code in the mono style with its lines kept, and a page break as a page break', () => {
    const code = paragraphs(documentXml).find((p) => p.style === 'SourceCode');
    expect(code?.text).toBe('plansmith build content --format pdf');
    expect(documentXml).toContain('<w:br w:type="page"/>');
    expect(paragraphs(documentXml).find((p) => p.text === 'Quoted guidance.')?.style).toBe('Quote');
    expect(paragraphs(documentXml).find((p) => p.text.startsWith('Legend'))?.style).toBe('Note');
    expect(paragraphs(documentXml).find((p) => p.text === 'Line oneLine two')?.xml).toContain('<w:br/>');
  });
});

describe('writeDocx: title page, header and footer', () => {
  it('puts the title page in its own section without header or footer', () => {
    const [titleSection, ...rest] = sections(documentXml);
    const texts = paragraphs(titleSection.body).map((p) => p.text);
    for (const text of ['Implementation Management Plan', 'Analytix Platform Release 2.4', 'Marketing Analytics Division', 'Version 1.1', '2026-10-15', 'INTERNAL USE ONLY', 'Prepared by: Ana Núñez, Project Manager']) {
      expect(texts).toContain(text);
    }
    expect(titleSection.body).toContain('descr="Department logo"');
    expect(textOf(tables(titleSection.body)[0])).toContain('Rosa DelgadoProject Sponsor2026-10-20');
    expect(titleSection.sectPr).not.toContain('headerReference');
    expect(titleSection.sectPr).not.toContain('footerReference');
    for (const section of rest) {
      expect(section.sectPr).toContain('<w:headerReference w:type="default"');
      expect(section.sectPr).toContain('<w:footerReference w:type="default"');
    }
  });

  it('runs a header with the left and right texts, the classification and a small logo', () => {
    const headers = Object.keys(parts).filter((p) => /^word\/header\d+\.xml$/.test(p));
    expect(headers.length).toBeGreaterThan(0);
    for (const path of headers) {
      const text = textOf(parts[path]);
      expect(text).toContain('Department of Consumer Outreach');
      expect(text).toContain('Analytix Modernization Project');
      expect(text).toContain('INTERNAL USE ONLY');
      const cy = Number(/<wp:extent cx="\d+" cy="(\d+)"/.exec(parts[path])?.[1]);
      expect(cy).toBeLessThanOrEqual(24 * 9525);
    }
  });

  it('runs a footer with the left text and "Page X of Y" from PAGE and NUMPAGES fields', () => {
    const footers = Object.keys(parts).filter((p) => /^word\/footer\d+\.xml$/.test(p));
    expect(footers.length).toBeGreaterThan(0);
    for (const path of footers) {
      const xml = parts[path];
      expect(textOf(xml)).toContain('Implementation Management Plan 1.1 | 2026-10-15');
      expect(xml).toMatch(/Page <\/w:t>[\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>[\s\S]* of <\/w:t>[\s\S]*<w:instrText xml:space="preserve">NUMPAGES<\/w:instrText>/);
      expect(xml).toMatch(/NUMPAGES<\/w:instrText><\/w:r><w:r><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">\d+<\/w:t>/);
    }
  });
});

describe('writeDocx: document properties and reproducible bytes', () => {
  it('fills the core properties, dated at the version date', () => {
    const core = parts['docProps/core.xml'];
    expect(core).toContain('<dc:title>Implementation Management Plan</dc:title>');
    expect(core).toContain('<dc:subject>Analytix Platform 2.4</dc:subject>');
    expect(core).toContain('<dc:creator>Ana Núñez</dc:creator>');
    expect(core).toContain('<cp:keywords>implementation, plan</cp:keywords>');
    expect(core).toMatch(/<dc:description>Implementation Management Plan — Analytix Platform 2.4, version 1.1[^<]*<\/dc:description>/);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-10-15T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-10-15T00:00:00Z</dcterms:modified>');
  });

  it('writes the same bytes twice, with another document written in between', async () => {
    const first = await writeDocx(sampleTree(), defaultTheme);
    await writeDocx(sampleTree({ rows: 5 }), themeSchema.parse({ paper: 'a4' }));
    const second = await writeDocx(sampleTree(), defaultTheme);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(first).equals(Buffer.from(bytes))).toBe(true);
  });

  it('dates every zip entry at the version date and lists [Content_Types].xml first', () => {
    const view = Buffer.from(bytes);
    expect(view.readUInt32LE(0)).toBe(0x04034b50);
    expect(view.subarray(30, 30 + view.readUInt16LE(26)).toString()).toBe('[Content_Types].xml');
    const dosDate = ((2026 - 1980) << 9) | (10 << 5) | 15;
    for (let at = view.indexOf('PK\x03\x04'); at >= 0; at = view.indexOf('PK\x03\x04', at + 4)) {
      expect(view.readUInt16LE(at + 10)).toBe(0); // 00:00:00
      expect(view.readUInt16LE(at + 12)).toBe(dosDate);
    }
  });
});

// --- the pure helpers -------------------------------------------------------------------------------------------

describe('headingBookmarks', () => {
  it('makes ids Word-safe and unique, in document order', () => {
    const base = sampleTree({ rows: 1 });
    const h = (id: string): Heading => ({ type: 'heading', level: 2, runs: [], text: id, id, toc: false });
    const names = headingBookmarks({ ...base, blocks: [h('planning-assumptions'), h('planning_assumptions'), h('1-intro'), h('x'.repeat(60))] });
    expect([...names.values()]).toEqual(['planning_assumptions', 'planning_assumptions_2', 'h_1_intro', 'x'.repeat(40)]);
  });
});

describe('pageRuns', () => {
  const heading = (id: string): Block => ({ type: 'heading', level: 2, runs: [], text: id, id, toc: true });
  // Eight columns of long words: too wide for a portrait page at the smallest table size.
  const wide: Block = { type: 'table', header: Array(8).fill([{ type: 'text', text: 'Administration' }]), rows: [], align: Array(8).fill(null) };
  const para: Block = { type: 'paragraph', runs: [] };

  it('puts wide tables and the headings right before them on landscape pages', () => {
    const runs = pageRuns([para, heading('a'), heading('b'), wide, para], defaultTheme);
    expect(runs.map((r) => [r.orientation, r.blocks.length])).toEqual([
      ['portrait', 1],
      ['landscape', 3],
      ['portrait', 1],
    ]);
  });

  it('drops page breaks where a section break already starts a new page', () => {
    const runs = pageRuns([{ type: 'pageBreak' }, para, { type: 'pageBreak' }, wide, { type: 'pageBreak' }], defaultTheme);
    expect(runs.map((r) => r.blocks.map((b) => b.type))).toEqual([['paragraph'], ['table']]);
  });
});

describe('reproducible package fixes', () => {
  it('dates core properties at midnight UTC of the version date', () => {
    const xml = '<dcterms:created xsi:type="dcterms:W3CDTF">2031-01-02T03:04:05.678Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">x</dcterms:modified>';
    expect(fixCoreDates(xml, '2026-10-15')).toBe(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-10-15T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-10-15T00:00:00Z</dcterms:modified>',
    );
  });

  it('renames random relationship ids in order, in both the relationships and the part', () => {
    const rels = '<Relationship Id="rId1" Target="a"/><Relationship Id="rIdq_x-1" Target="b"/><Relationship Id="rIdzz" Target="c"/>';
    const part = '<w:hyperlink r:id="rIdzz"/><w:hyperlink r:id="rIdq_x-1"/>';
    expect(fixRelationshipIds(rels, part)).toEqual({
      rels: '<Relationship Id="rId1" Target="a"/><Relationship Id="rIdLink1" Target="b"/><Relationship Id="rIdLink2" Target="c"/>',
      part: '<w:hyperlink r:id="rIdLink2"/><w:hyperlink r:id="rIdLink1"/>',
    });
  });

  it('renumbers bookmarks and _Toc names by first appearance, leaving body text alone', () => {
    const xml =
      '<w:hyperlink w:anchor="_Toc17"/><w:instrText>PAGEREF _Toc17 \\h</w:instrText>' +
      '<w:bookmarkStart w:name="_Toc17" w:id="40"/><w:bookmarkStart w:name="intro" w:id="9"/><w:bookmarkEnd w:id="9"/><w:bookmarkEnd w:id="40"/>' +
      '<w:t>see _Toc17</w:t>';
    expect(fixBookmarks(xml)).toBe(
      '<w:hyperlink w:anchor="_Toc1"/><w:instrText>PAGEREF _Toc1 \\h</w:instrText>' +
        '<w:bookmarkStart w:name="_Toc1" w:id="1"/><w:bookmarkStart w:name="intro" w:id="2"/><w:bookmarkEnd w:id="2"/><w:bookmarkEnd w:id="1"/>' +
        '<w:t>see _Toc17</w:t>',
    );
  });
});
