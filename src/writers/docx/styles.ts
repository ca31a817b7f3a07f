import { BorderStyle, LineRuleType, ShadingType, UnderlineType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import type { Theme } from '../../render/templates/theme';
import { halfPoints, hex, twips } from './geometry';

/** Style ids the writer puts on paragraphs, runs and tables; all are defined by `documentStyles` or `tableStylesXml`. */
export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  /** Word's built-in Heading 1-6: the ones a TOC field's `\o "1-3"` switch collects. */
  heading: (level: number) => `Heading${level}`,
  /** Looks like Heading N but is not a built-in heading style, so no table of contents lists it. */
  unlistedHeading: (level: number) => `Heading${level}Unlisted`,
  tocHeading: 'TOCHeading',
  tocEntry: (level: number) => `TOC${level}`,
  listParagraph: 'ListParagraph',
  caption: 'Caption',
  /** Named as pandoc names its code styles, so pandoc reads code back as code. */
  code: 'SourceCode',
  quote: 'Quote',
  note: 'Note',
  /** Body text right after a table: the space a table needs below it, without an empty paragraph. */
  afterTable: 'BodyAfterTable',
  /** The empty paragraph Word needs between two tables (else they merge) and before what has no style of its own. */
  tableSpacer: 'TableSpacer',
  tableText: 'TableText',
  /** Smaller table text for landscape tables, so ten columns stay legible. */
  tableTextCompact: 'TableTextCompact',
  titlePageText: 'TitlePageText',
  titlePageLabel: 'TitlePageLabel',
  header: 'Header',
  footer: 'Footer',
  inlineCode: 'VerbatimChar',
  hyperlink: 'Hyperlink',
  /** Every table's borders and header-row fill. */
  table: 'PlanTable',
} as const;

// Line spacing is always written with lineRule="auto": without it LibreOffice takes the value as exact and
// overlaps the lines of large text.

/** Paragraph and character styles from the theme: fonts, sizes and colours live here, not on runs. */
export function documentStyles(theme: Theme, language: string): IStylesOptions {
  const { font, colors } = theme;
  const headingSize = (level: number): number => [font.h1, font.h2, font.h3][level - 1] ?? font.body;
  const headingLook = (level: number) => ({
    run: {
      font: font.family,
      size: halfPoints(headingSize(level)),
      bold: level <= 4,
      italics: level === 5 || level === 6,
      // Every level in the theme's heading colour, as the PDF and the HTML set them.
      color: hex(colors.heading),
    },
    paragraph: {
      spacing: { before: twips(level === 1 ? 18 : 12), after: twips(6) },
      keepNext: true,
      keepLines: true,
    },
  });
  const unlisted = (level: number): IParagraphStyleOptions => {
    const look = headingLook(level);
    return {
      id: STYLE.unlistedHeading(level),
      name: `Heading ${level} Unlisted`,
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: look.run,
      // At its level like any heading, so the navigation pane and screen readers list it: only the table of contents
      // leaves it out, as its field (\o) collects the built-in heading styles alone.
      paragraph: { ...look.paragraph, outlineLevel: level - 1 },
    };
  };
  const tocEntry = (level: number): IParagraphStyleOptions => ({
    id: STYLE.tocEntry(level),
    name: `toc ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    uiPriority: 39,
    run: { bold: level === 1 },
    paragraph: { spacing: { before: twips(level === 1 ? 6 : 0), after: twips(2) }, indent: { left: twips(14 * (level - 1)) } },
  });
  const tableText = (id: string, name: string, size: number): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    run: { size: halfPoints(size) },
    paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
  });
  const border = { style: BorderStyle.SINGLE, size: 6, color: hex(colors.tableBorder), space: 1 };

  return {
    default: {
      document: {
        run: { font: font.family, size: halfPoints(font.body), color: hex(colors.text), language: { value: language } },
        paragraph: { spacing: { after: twips(6), line: 264, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: font.family, size: halfPoints(font.title), bold: true, color: hex(colors.heading) },
        paragraph: { alignment: 'center', spacing: { before: twips(24), after: twips(12) } },
      },
      heading1: { ...headingLook(1), paragraph: { ...headingLook(1).paragraph, outlineLevel: 0 } },
      heading2: { ...headingLook(2), paragraph: { ...headingLook(2).paragraph, outlineLevel: 1 } },
      heading3: { ...headingLook(3), paragraph: { ...headingLook(3).paragraph, outlineLevel: 2 } },
      heading4: { ...headingLook(4), paragraph: { ...headingLook(4).paragraph, outlineLevel: 3 } },
      heading5: { ...headingLook(5), paragraph: { ...headingLook(5).paragraph, outlineLevel: 4 } },
      heading6: { ...headingLook(6), paragraph: { ...headingLook(6).paragraph, outlineLevel: 5 } },
      listParagraph: { paragraph: { spacing: { after: twips(3) }, contextualSpacing: true } },
      caption: {
        // Upright, as the PDF and the HTML set captions.
        run: { size: halfPoints(font.small), color: hex(colors.muted) },
        paragraph: { spacing: { before: twips(3), after: twips(9) } },
      },
      hyperlink: { run: { color: hex(colors.link), underline: { type: UnderlineType.SINGLE, color: hex(colors.link) } } },
    },
    paragraphStyles: [
      {
        id: STYLE.subtitle,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: halfPoints(font.h2), color: hex(colors.accent) },
        paragraph: { alignment: 'center', spacing: { after: twips(18) } },
      },
      unlisted(1),
      unlisted(2),
      unlisted(3),
      {
        id: STYLE.afterTable,
        name: 'Body After Table',
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { spacing: { before: twips(9) } },
      },
      {
        id: STYLE.tableSpacer,
        name: 'Table Spacer',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: halfPoints(font.small) },
        paragraph: { spacing: { before: 0, after: twips(3) } },
      },
      {
        id: STYLE.tocHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        uiPriority: 39,
        run: headingLook(1).run,
        paragraph: { ...headingLook(1).paragraph, outlineLevel: 0 },
      },
      tocEntry(1),
      tocEntry(2),
      tocEntry(3),
      {
        id: STYLE.code,
        name: 'Source Code',
        basedOn: 'Normal',
        run: { font: font.mono, size: halfPoints(Math.max(font.small, font.body - 1)) },
        paragraph: {
          spacing: { before: twips(3), after: twips(9), line: 240, lineRule: LineRuleType.AUTO },
          shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' },
          border: { top: { ...border, color: 'D9D9D9' }, bottom: { ...border, color: 'D9D9D9' }, left: { ...border, color: 'D9D9D9' }, right: { ...border, color: 'D9D9D9' } },
        },
      },
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, color: hex(colors.muted) },
        paragraph: {
          indent: { left: twips(28), right: twips(14) },
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: hex(colors.accent), space: 8 } },
        },
      },
      {
        id: STYLE.note,
        name: 'Note',
        basedOn: 'Normal',
        run: { size: halfPoints(font.small), color: hex(colors.muted) },
        paragraph: { spacing: { before: twips(3), after: twips(6) } },
      },
      tableText(STYLE.tableText, 'Table Text', Math.max(font.small, font.body - 1)),
      tableText(STYLE.tableTextCompact, 'Table Text Compact', font.small),
      {
        id: STYLE.titlePageText,
        name: 'Title Page Text',
        basedOn: 'Normal',
        run: { size: halfPoints(font.body + 2) },
        paragraph: { alignment: 'center', spacing: { after: twips(4) } },
      },
      {
        id: STYLE.titlePageLabel,
        name: 'Title Page Label',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true, color: hex(colors.heading) },
        paragraph: { spacing: { before: twips(18), after: twips(6) }, keepNext: true },
      },
      {
        id: STYLE.header,
        name: 'header',
        basedOn: 'Normal',
        run: { size: halfPoints(font.small), color: hex(colors.muted) },
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.footer,
        name: 'footer',
        basedOn: 'Normal',
        run: { size: halfPoints(font.small), color: hex(colors.muted) },
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
    ],
    characterStyles: [
      {
        id: STYLE.inlineCode,
        name: 'Verbatim Char',
        run: { font: font.mono, shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' } },
      },
    ],
  };
}

/** The namespaces docx puts on styles.xml's root; given again so the root stays as docx writes it. */
const STYLES_ROOT_ATTRIBUTES =
  'mc:Ignorable="w14 w15" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"';

/**
 * The table style: thin theme-coloured borders on every side and between all cells, and the theme's fill on the first
 * row (a table's `tblLook` turns that part on). It gives what cells and tables used to carry and no more: text sizes
 * stay with the table paragraph styles and the header's bold with its runs.
 */
function planTableStyleXml(theme: Theme): string {
  const line = `w:val="single" w:sz="4" w:space="0" w:color="${hex(theme.colors.tableBorder)}"`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${line}/>`).join('');
  return (
    `<w:style w:type="table" w:customStyle="1" w:styleId="${STYLE.table}">` +
    '<w:name w:val="Plan Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>' +
    `<w:tblPr><w:tblBorders>${borders}</w:tblBorders></w:tblPr>` +
    '<w:tblStylePr w:type="firstRow">' +
    `<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${hex(theme.colors.tableHeaderFill)}"/></w:tcPr>` +
    '</w:tblStylePr>' +
    '</w:style>'
  );
}

/**
 * The styles docx has no options for, as the `externalStyles` of the Document: docx 9 writes only paragraph and
 * character styles, and a style given in `styles.importedStyles` takes the place of all its default styles (Normal,
 * Title, the headings, the document defaults). External styles are added to those instead, and `documentStyles`
 * still applies over them.
 */
export function tableStylesXml(theme: Theme): string {
  return `<w:styles ${STYLES_ROOT_ATTRIBUTES}>${planTableStyleXml(theme)}</w:styles>`;
}
