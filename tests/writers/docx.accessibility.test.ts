/**
 * What a screen reader and Word's navigation pane get from the DOCX, read from its XML: every heading at its outline
 * level, every table with a caption and a description, and space after tables from styles, not empty paragraphs.
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, DocTree } from '../../src/render/tree/doctree';
import { defaultTheme } from '../../src/render/templates/theme';
import { writeDocx } from '../../src/writers/docx/index';
import { labelTables, tableLabels } from '../../src/writers/docx/tableLabels';
import { paginate } from '../../src/writers/docx/pagination';
import { sampleTree } from '../fixtures/sampleTree';

const cell = (text: string) => [{ type: 'text' as const, text }];
const table = (caption?: string): Block => ({ type: 'table', header: [cell('Role'), cell('Name')], rows: [[cell('Sponsor'), cell('Rosa')]], align: [null, null], ...(caption ? { caption } : {}) });

/** The sample plan with two tables in a row, one followed by text and one by a list. */
function tableRich(): DocTree {
  const tree = sampleTree({ rows: 3 });
  const extra: Block[] = [
    { type: 'heading', level: 1, id: 'more', text: 'More', runs: cell('More'), toc: true },
    table('Table 7: Roles'),
    table(),
    { type: 'paragraph', runs: cell('Text after a table.') },
    table(),
    { type: 'list', ordered: false, start: 1, items: [{ blocks: [{ type: 'paragraph', runs: cell('An item') }] }] },
  ];
  return { ...tree, blocks: [...tree.blocks, ...extra] };
}

interface Paragraph {
  xml: string;
  style?: string;
  text: string;
}

const paragraphsOf = (xml: string): Paragraph[] =>
  [...xml.matchAll(/<w:p(?: [^>]*)?>[\s\S]*?<\/w:p>/g)].map(([p]) => ({
    xml: p,
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1],
    text: [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  }));

/** Each paragraph style's outline level (0-8; 9 is body text), its own or the one of the style it is based on. */
function outlineLevels(stylesXml: string): Map<string, number> {
  const own = new Map<string, { level?: number; basedOn?: string }>();
  for (const [style] of stylesXml.matchAll(/<w:style\b[^>]*w:type="paragraph"[\s\S]*?<\/w:style>/g)) {
    const id = /w:styleId="([^"]+)"/.exec(style)![1];
    const level = /<w:outlineLvl w:val="(\d+)"/.exec(style)?.[1];
    own.set(id, { level: level === undefined ? undefined : Number(level), basedOn: /<w:basedOn w:val="([^"]+)"/.exec(style)?.[1] });
  }
  const resolve = (id: string | undefined, depth = 0): number => {
    const style = id === undefined ? undefined : own.get(id);
    if (!style || depth > 10) return 9;
    return style.level ?? resolve(style.basedOn, depth + 1);
  };
  return new Map([...own.keys()].map((id) => [id, resolve(id)]));
}

describe('the DOCX for assistive technology', () => {
  const tree = tableRich();
  let documentXml = '';
  let stylesXml = '';

  beforeAll(async () => {
    const files = unzipSync(await writeDocx(tree, defaultTheme));
    documentXml = strFromU8(files['word/document.xml']);
    stylesXml = strFromU8(files['word/styles.xml']);
  });

  it('puts every heading, the unlisted Version History and the TOC title included, at its outline level', () => {
    const levels = outlineLevels(stylesXml);
    const headingParagraphs = paragraphsOf(documentXml).filter((p) => p.style && /^(Heading\d|TOCHeading)/.test(p.style));
    const expected = tree.blocks.flatMap((b) => (b.type === 'heading' ? [b.level - 1] : b.type === 'toc' ? [0] : []));
    expect(headingParagraphs.map((p) => levels.get(p.style!))).toEqual(expected);
    const history = headingParagraphs.find((p) => p.text === 'Version History');
    expect(history?.style).toBe('Heading1Unlisted');
    expect(levels.get('Heading1Unlisted')).toBe(0);
  });

  it('gives every table a caption and a description: its own caption, else its column headers', () => {
    const properties = [...documentXml.matchAll(/<w:tblPr>[\s\S]*?<\/w:tblPr>/g)].map(([p]) => p);
    expect(properties.length).toBeGreaterThan(4);
    for (const p of properties) {
      expect(p).toMatch(/<w:tblCaption w:val="[^"]+"\/><w:tblDescription w:val="[^"]+"\/><\/w:tblPr>$/);
    }
    const captions = properties.map((p) => /<w:tblCaption w:val="([^"]+)"/.exec(p)![1]);
    expect(captions[0]).toBe('Approvals');
    expect(captions).toContain('Table 7: Roles');
    expect(captions).toContain('Table: Role, Name');
    expect(documentXml).toContain('w:val="1 row under the column headers Role, Name"');
  });

  it('spaces tables from what follows by style: an empty paragraph only before another table, a list or a section end', () => {
    const afterTables = documentXml.split('</w:tbl>').slice(1).map((rest) => paragraphsOf(rest)[0]);
    for (const p of afterTables.filter((p) => p && p.text === '')) expect(p.style).toBe('TableSpacer');
    // Every spacer sits right after a table.
    const spacers = [...documentXml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="TableSpacer"\/>/g)];
    for (const spacer of spacers) expect(documentXml.slice(0, spacer.index).endsWith('</w:tbl>')).toBe(true);
    // Table 7 before the uncaptioned table and the last table before its list need one; the table before text does not.
    const tail = documentXml.slice(documentXml.indexOf('Table 7: Roles'));
    expect(tail.match(/<\/w:tbl><w:p>(?:(?!<\/w:p>)[\s\S])*?TableSpacer/g)).toHaveLength(2);
    expect(paragraphsOf(documentXml).find((p) => p.text === 'Text after a table.')?.style).toBe('BodyAfterTable');
    expect(stylesXml).toMatch(/w:styleId="BodyAfterTable"[\s\S]*?<w:spacing w:before="180"/);
  });

  it('refuses labels that do not match the tables, rather than labelling the wrong ones', () => {
    const xml = '<w:tbl><w:tblPr><w:tblW/></w:tblPr></w:tbl>';
    expect(labelTables(xml, [{ caption: 'A & "B"', description: 'd' }])).toContain('<w:tblCaption w:val="A &amp; &quot;B&quot;"/>');
    expect(() => labelTables(xml, [])).toThrow(/1 tables but 0 table labels/);
    expect(tableLabels(tree.titlePage, paginate(tree, defaultTheme)).length).toBe(documentXml.match(/<w:tbl>/g)!.length);
  });
});
