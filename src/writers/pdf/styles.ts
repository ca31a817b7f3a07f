import type { Theme } from '../../render/templates/theme';

/** How a run of text looks before its own marks (bold, italic, code, link) are applied. */
export interface TextStyle {
  size: number;
  /** Distance between baselines of consecutive lines, in points. */
  lineHeight: number;
  color: string;
  bold: boolean;
  italic: boolean;
}

export interface Styles {
  body: TextStyle;
  note: TextStyle;
  code: TextStyle;
  title: TextStyle;
  subtitle: TextStyle;
  titleLine: TextStyle;
  /** Heading styles by level (index 1-6). */
  heading: Record<1 | 2 | 3 | 4 | 5 | 6, TextStyle>;
  furniture: TextStyle;
  classification: TextStyle;
  /** The classification on the title page, as large as the title page's other lines. */
  titleClassification: TextStyle;
  tocLevel1: TextStyle;
  tocOther: TextStyle;
  colors: Theme['colors'];
  /** Vertical space after a paragraph-like block. */
  blockGap: number;
  /** Space above a heading (before the page top swallows it) and below it. */
  headingGapBefore: (level: number) => number;
  headingGapAfter: (level: number) => number;
  /** Left offset of list item content and of quoted blocks. */
  listIndent: number;
  quoteIndent: number;
  /** Neutral fill behind code; the theme has no code colour and every reader knows grey for code. */
  codeBackground: string;
}

const LEADING = 1.3;

function style(size: number, color: string, marks: { bold?: boolean; italic?: boolean } = {}): TextStyle {
  return { size, lineHeight: size * LEADING, color, bold: marks.bold ?? false, italic: marks.italic ?? false };
}

export function stylesFor(theme: Theme): Styles {
  const { font, colors } = theme;
  const minor = Math.max(font.body, font.h3 - 1);
  return {
    body: style(font.body, colors.text),
    note: style(font.small, colors.muted),
    code: style(font.body * 0.9, colors.text),
    title: style(font.title, colors.heading, { bold: true }),
    subtitle: style(font.h2, colors.accent),
    titleLine: style(font.body + 1, colors.text),
    heading: {
      1: style(font.h1, colors.heading, { bold: true }),
      2: style(font.h2, colors.heading, { bold: true }),
      3: style(font.h3, colors.heading, { bold: true }),
      4: style(minor, colors.heading, { bold: true }),
      5: style(minor, colors.heading, { bold: true, italic: true }),
      6: style(font.body, colors.heading, { italic: true }),
    },
    furniture: style(font.small, colors.muted),
    classification: style(font.small, colors.accent, { bold: true }),
    titleClassification: style(font.body + 2, colors.accent, { bold: true }),
    tocLevel1: style(font.body, colors.text, { bold: true }),
    tocOther: style(font.body, colors.text),
    colors,
    blockGap: font.body * 0.6,
    headingGapBefore: (level) => (level <= 1 ? font.h1 : level === 2 ? font.h2 * 0.9 : font.h3 * 0.8),
    headingGapAfter: (level) => (level <= 2 ? font.body * 0.6 : font.body * 0.4),
    listIndent: font.body * 1.8,
    quoteIndent: font.body * 1.4,
    codeBackground: '#F2F2F2',
  };
}
