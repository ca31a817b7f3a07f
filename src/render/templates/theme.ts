import * as z from 'zod';

const color = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'expected a colour such as #1F3864');
const margin = z.number().min(18).default(72);

/** Page size, margins, fonts and colours shared by all writers (`templates/theme.yaml`). */
export const themeSchema = z.strictObject({
  paper: z.enum(['letter', 'a4']).default('letter'),
  /** Margins in points (1/72 inch). */
  margins: z
    .strictObject({ top: margin, right: margin, bottom: margin, left: margin })
    // `prefault`: a missing group is parsed as `{}`, so each default is written once, on its field.
    .prefault({}),
  font: z
    .strictObject({
      /** Family name written into DOCX and HTML; the PDF embeds the bundled DejaVu Sans files. */
      family: z.string().default('DejaVu Sans'),
      mono: z.string().default('DejaVu Sans Mono'),
      /** Sizes in points. */
      body: z.number().min(6).max(16).default(10),
      small: z.number().min(5).max(12).default(8),
      title: z.number().min(14).max(48).default(26),
      h1: z.number().default(16),
      h2: z.number().default(13),
      h3: z.number().default(11.5),
    })
    .prefault({}),
  colors: z
    .strictObject({
      text: color.default('#1A1A1A'),
      heading: color.default('#1F3864'),
      accent: color.default('#2E74B5'),
      muted: color.default('#595959'),
      tableHeaderFill: color.default('#D9E2F3'),
      tableBorder: color.default('#8EAADB'),
      link: color.default('#0563C1'),
    })
    .prefault({}),
  /** Tables with at least this many columns are set on landscape pages in paged formats. */
  landscapeColumns: z.number().int().min(2).default(8),
  /** Every chapter (level-1 heading) starts a new page in the paged formats: DOCX, PDF and HTML in print. */
  chapterPageBreak: z.boolean().default(true),
});

export type Theme = z.infer<typeof themeSchema>;

export const defaultTheme: Theme = themeSchema.parse({});

/** Page size in points for the theme's paper. */
export function pageSize(theme: Theme): { width: number; height: number } {
  return theme.paper === 'a4' ? { width: 595.28, height: 841.89 } : { width: 612, height: 792 };
}
