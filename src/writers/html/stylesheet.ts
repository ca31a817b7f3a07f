import type { Image, PageFurniture } from '../../render/tree/doctree';
import type { Theme } from '../../render/templates/theme';
import { TITLE_LOGO } from '../shared/imageSize';
import { dataUri } from './blocks';
import { cssString } from './escape';

/**
 * The whole stylesheet, from the theme. Screen: a centred reading column, wide tables scroll sideways.
 * Print (Chromium): page size and margins from the theme, running header and footer in @page margin boxes
 * ("Page X of Y" from counter(page)/counter(pages)), none on the title page, landscape pages for wide tables.
 */
export function stylesheet(theme: Theme, furniture: PageFurniture): string {
  const { font, colors: c, margins: m } = theme;
  const em = (pt: number) => `${Number((pt / font.body).toFixed(4))}em`;
  const family = `${cssString(font.family)}, "DejaVu Sans", Arial, sans-serif`;
  const mono = `${cssString(font.mono)}, "DejaVu Sans Mono", monospace`;
  const paper = theme.paper === 'a4' ? 'A4' : 'letter';
  const color = (value: string) => {
    // The theme schema guarantees #RRGGBB; anything else must not reach a stylesheet.
    if (!/^#[0-9A-Fa-f]{6}$/.test(value)) throw new Error(`theme colour ${JSON.stringify(value)} is not #RRGGBB`);
    return value;
  };
  const box = (text: string) => (text ? `content: ${cssString(text)};` : 'content: none;');

  return `
:root { color-scheme: light; }
html { font-family: ${family}; color: ${color(c.text)}; line-height: 1.45; }
body { margin: 0; font-size: ${font.body}pt; }
h1, h2, h3, h4, h5, h6 { color: ${color(c.heading)}; line-height: 1.25; margin: 1.4em 0 0.5em; overflow-wrap: break-word; hyphens: auto; }
h1 { font-size: ${em(font.h1)}; }
h2 { font-size: ${em(font.h2)}; }
h3 { font-size: ${em(font.h3)}; }
h4, h5, h6 { font-size: 1em; }
h1, h2 { border-bottom: 1px solid ${color(c.tableBorder)}; padding-bottom: 0.15em; }
p { margin: 0.5em 0; }
a { color: ${color(c.link)}; }
code, pre { font-family: ${mono}; font-size: 0.92em; }
pre { background: #F5F5F5; border: 1px solid #DDDDDD; padding: 0.6em 0.8em; white-space: pre-wrap; overflow-wrap: anywhere; }
blockquote { margin: 0.8em 0; padding: 0.1em 1em; border-left: 3px solid ${color(c.accent)}; color: ${color(c.muted)}; }
hr { border: 0; border-top: 1px solid ${color(c.tableBorder)}; margin: 1.2em 0; }
.note, figcaption, caption { font-size: ${em(font.small)}; color: ${color(c.muted)}; }
ul, ol { padding-left: 1.6em; }
li > p { margin: 0.2em 0; }
.task-list > li.task { list-style: none; position: relative; }
.task-box { position: absolute; left: -1.4em; top: 0.2em; }
figure { margin: 1em auto; text-align: center; }
figure img, .title-page .logo { max-width: 100%; height: auto; }
figcaption { margin-top: 0.3em; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; font-size: ${em(Math.max(font.small, font.body - 1))}; }
caption { caption-side: top; text-align: left; padding-bottom: 0.3em; }
th, td { border: 1px solid ${color(c.tableBorder)}; padding: 0.3em 0.45em; vertical-align: top; text-align: left; overflow-wrap: break-word; }
th { background: ${color(c.tableHeaderFill)}; font-weight: bold; }
tbody th { background: none; font-weight: normal; }
.break-anywhere { overflow-wrap: anywhere; }
.align-left { text-align: left; }
.align-center { text-align: center; }
.align-right { text-align: right; }
.heading-number { margin-right: 0.35em; }
.toc ol { list-style: none; padding-left: 0; margin: 0.2em 0; }
.toc ol ol { padding-left: 1.6em; }
.toc li { margin: 0.2em 0; }
.toc a { color: inherit; text-decoration: none; }
.toc a:hover .toc-text { text-decoration: underline; }
.toc-number { display: inline-block; min-width: 2.4em; margin-right: 0.4em; }
.title-page { text-align: center; }
.title-page .logo { display: block; margin: 0 auto 1.5em; max-width: ${TITLE_LOGO.naturalMaxShare * 100}%; max-height: ${TITLE_LOGO.maxHeight}pt; object-fit: contain; }
.classification { color: ${color(c.accent)}; font-weight: bold; margin: 0 0 1.5em; }
.doc-title { font-size: ${em(font.title)}; border: 0; margin: 1.2em 0 0.3em; }
.subtitle { font-size: ${em(font.h2)}; color: ${color(c.accent)}; margin: 0 0 1.2em; }
.title-line { margin: 0.2em 0; }
.doc-facts { display: inline-grid; grid-template-columns: auto auto; gap: 0.2em 1em; margin: 2em auto; text-align: left; }
.doc-facts > div { display: contents; }
.doc-facts dt { font-weight: bold; color: ${color(c.muted)}; }
.doc-facts dd { margin: 0; }
.approvals { width: auto; min-width: 60%; margin: 1em auto; }
.approvals caption { text-align: center; }
.approvals .signature { min-width: 12em; }

@media screen {
  body { font-size: ${Number((font.body * 1.2).toFixed(2))}pt; background: #EEF1F5; }
  .title-page, main { box-sizing: border-box; max-width: 52rem; margin: 1.5rem auto; padding: 2rem 2.5rem; background: #FFFFFF; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.15); }
  .title-page { padding: 3rem 2.5rem; }
  .table-scroll:focus-visible { outline: 2px solid ${color(c.link)}; outline-offset: 2px; }
  .skip-link { position: absolute; left: -100vw; }
  .skip-link:focus { position: static; display: inline-block; margin: 0.5em 0; }
  /* A wide table takes the window's width, not the reading column's. */
  .table-scroll.wide { width: calc(100vw - 4rem); margin-left: calc(50% - 50vw + 2rem); background: #FFFFFF; }
  /* A table taller or wider than the window scrolls in its labelled region, under a header that stays in view. */
  .table-scroll { max-height: 85vh; overflow: auto; }
  .table-scroll thead th { position: sticky; top: 0; z-index: 1; }
  .page-break { border-top: 1px dashed #BBBBBB; margin: 2em 0; }
}
@media screen and (max-width: 79.9rem) {
  /* Narrower than 1280 px, a wide table's columns keep a readable width and the region scrolls sideways. */
  .table-scroll.wide th, .table-scroll.wide td { min-width: 7em; }
}
@media screen and (max-width: 40rem) {
  .title-page, main { margin: 0; padding: 1rem; box-shadow: none; }
  .doc-title { font-size: ${em(font.h1)}; }
}

@page {
  size: ${paper};
  margin: ${m.top}pt ${m.right}pt ${m.bottom}pt ${m.left}pt;
  font-family: ${family};
  font-size: ${font.small}pt;
  color: ${color(c.muted)};
  @top-left { ${box(furniture.headerLeft)} vertical-align: bottom; padding-bottom: 8pt;${headerLogo(furniture.headerLogo)} }
  @top-center { ${box(furniture.classification ?? '')} vertical-align: bottom; padding-bottom: 8pt; font-weight: bold; color: ${color(c.accent)}; }
  @top-right { ${box(furniture.headerRight)} vertical-align: bottom; padding-bottom: 8pt; }
  @bottom-left { ${box(furniture.footerLeft)} vertical-align: top; padding-top: 8pt; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); vertical-align: top; padding-top: 8pt; }
}
@page :first {
  @top-left { content: none; }
  @top-center { content: none; }
  @top-right { content: none; }
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}
@page landscape { size: ${paper} landscape; }

@media print {
  a { color: inherit; text-decoration: none; }
  .skip-link { display: none; }
  .title-page { break-after: page; padding-top: 2em; }
${theme.chapterPageBreak ? '  main h1 { break-before: page; }\n' : ''}  .page-break { break-after: page; }
  h1, h2, h3 { break-after: avoid; }
  p.keep-with-next { break-after: avoid; }
  thead { display: table-header-group; }
  tr, figure, pre { break-inside: avoid; }
  /* Chromium clips a full-width table's right border at the text edge when the document also has landscape pages. */
  .table-scroll { overflow: visible; padding-right: 1px; }
  .landscape, .table-scroll.wide { page: landscape; }
  .table-scroll.wide table { font-size: ${em(font.small)}; }
}
`.trimStart();
}

/** Points of height the header logo gets; it sits left of the header text, on its baseline side. */
const HEADER_LOGO_HEIGHT = 14;

/** The header logo as a background of the top-left margin box (margin boxes hold only text and backgrounds). */
function headerLogo(logo: Image | undefined): string {
  if (!logo || logo.width <= 0 || logo.height <= 0) return '';
  const width = Number(((HEADER_LOGO_HEIGHT * logo.width) / logo.height).toFixed(2));
  return ` background: url("${dataUri(logo)}") no-repeat left 0 bottom 8pt / auto ${HEADER_LOGO_HEIGHT}pt; padding-left: ${width + 6}pt;`;
}
