import { describe, expect, it } from 'vitest';
import { tocEntries, type Block, type DocTree, type Image } from '../../src/render/tree/doctree';
import { defaultTheme, themeSchema, type Theme } from '../../src/render/templates/theme';
import { writeHtml } from '../../src/writers/html/index';
import { sampleImage, sampleTree } from '../fixtures/sampleTree';

function html(tree: DocTree = sampleTree(), theme: Theme = defaultTheme): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(writeHtml(tree, theme));
}

function withBlocks(blocks: Block[], base: DocTree = sampleTree({ rows: 3 })): DocTree {
  return { ...base, blocks: [...base.blocks, ...blocks] };
}

/** The text between the first `open` and the `close` after it. */
function section(text: string, open: string, close: string): string {
  const start = text.indexOf(open);
  expect(start, `${open} present`).toBeGreaterThanOrEqual(0);
  return text.slice(start, text.indexOf(close, start) + close.length);
}

const styleOf = (page: string) => section(page, '<style>', '</style>');

describe('writeHtml: document shell', () => {
  it('is one UTF-8 HTML5 file with language, charset, title and metadata', () => {
    const page = html();
    expect(page.startsWith('<!doctype html>\n<html lang="en-US">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(page).toContain('<title>Implementation Management Plan</title>');
    expect(page).toContain('<meta name="author" content="Ana Núñez">');
    expect(page).toContain('<meta name="description" content="Analytix Platform 2.4">');
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('carries no script at all and a policy that forbids any', () => {
    const page = html();
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/\son[a-z]+=/i);
    expect(page).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"`);
  });

  it('refers to nothing outside the file', () => {
    const page = html();
    const sources = [...page.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    const external = sources.filter((s) => !s.startsWith('data:') && !s.startsWith('#') && s !== 'https://example.org/portal');
    expect(external).toEqual([]);
    expect(page).not.toMatch(/<link\b/);
    expect(page).not.toMatch(/url\((?!"data:)/);
  });

  it('is deterministic: the same tree and theme give identical bytes', () => {
    const first = writeHtml(sampleTree(), defaultTheme);
    const second = writeHtml(sampleTree(), defaultTheme);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });
});

describe('writeHtml: title page', () => {
  it('shows title, subtitle, lines, version, date, preparer, classification, logo and approvals', () => {
    const titlePage = section(html(), '<header class="title-page">', '</header>');
    expect(titlePage).toContain('<h1 class="doc-title">Implementation Management Plan</h1>');
    expect(titlePage).toContain('<p class="subtitle">Analytix Platform Release 2.4</p>');
    expect(titlePage).toContain('<p class="title-line">Marketing Analytics Division</p>');
    expect(titlePage).toContain('<dt>Version</dt><dd>1.1</dd>');
    expect(titlePage).toContain('<dt>Date</dt><dd><time datetime="2026-10-15">2026-10-15</time></dd>');
    expect(titlePage).toContain('<dt>Prepared by</dt><dd>Ana Núñez, Project Manager</dd>');
    expect(titlePage).toContain('<p class="classification">INTERNAL USE ONLY</p>');
    expect(titlePage).toMatch(/<img class="logo" src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="Department logo"/);
    expect(titlePage).toContain('<tr><th scope="row">Rosa Delgado</th><td>Project Sponsor</td><td><time datetime="2026-10-20">2026-10-20</time></td><td class="signature"></td></tr>');
    expect(titlePage).toContain('<tr><th scope="row">Tom Becker</th><td>CIO</td><td></td><td class="signature"></td></tr>');
  });
});

describe('writeHtml: table of contents and headings', () => {
  it('lists every TOC heading in a labelled nav, linking to the id the heading carries', () => {
    const tree = sampleTree();
    const page = html(tree);
    const nav = section(page, '<nav class="toc" aria-label="Table of contents">', '</nav>');
    const targets = [...nav.matchAll(/<a href="#([^"]+)">/g)].map((m) => m[1]);
    expect(targets).toEqual(tocEntries(tree).map((e) => e.id));
    // Headings take the focus when a TOC link is followed.
    for (const id of targets) expect(page).toMatch(new RegExp(`<h[1-6] id="${id}" tabindex="-1">`));
    expect(nav).toContain('<h1 class="toc-title">Table of Contents</h1>');
    expect(nav).toContain('<a href="#presentation-layer"><span class="toc-number">1.2.1</span> <span class="toc-text">Presentation Layer</span></a>');
    expect(nav).not.toContain('version-history');
  });

  it('nests the TOC by heading level in ordered lists', () => {
    const nav = section(html(), '<nav', '</nav>');
    const shape = nav
      .replace(/<a [^>]*>.*?<\/a>/g, 'A')
      .replace(/<h1.*?<\/h1>/, '')
      .replace(/\s+/g, '');
    expect(shape).toBe(
      '<navclass="toc"aria-label="Tableofcontents"><ol>' +
        '<li>A<ol><li>A</li><li>A<ol><li>A</li></ol></li></ol></li>' +
        '<li>A<ol><li>A</li><li>A</li></ol></li>' +
        '<li>A</li></ol></nav>',
    );
  });

  it('writes headings at their level with id, number and inline marks', () => {
    const page = html();
    expect(page).toContain('<h1 id="introduction" tabindex="-1"><span class="heading-number">1</span> Introduction</h1>');
    expect(page).toContain('<h3 id="presentation-layer" tabindex="-1"><span class="heading-number">1.2.1</span> Presentation Layer</h3>');
    expect(page).toContain('<h1 id="version-history" tabindex="-1">Version History</h1>');
  });
});

describe('writeHtml: blocks', () => {
  it('writes tables with thead, th scope="col", alignment and captions', () => {
    const page = html(
      withBlocks([
        {
          type: 'table',
          caption: 'Table 9: Sites',
          header: [[{ type: 'text', text: 'Site' }], [{ type: 'text', text: 'Seats' }]],
          rows: [[[{ type: 'text', text: 'HQ' }, { type: 'break' }, { type: 'text', text: 'Floor 2' }], [{ type: 'text', text: '40' }]]],
          align: [null, 'right'],
          widths: [0.75, 0.25],
        },
      ]),
    );
    const ths = section(page, '<thead>', '</thead>').match(/<th\b[^>]*>/g) ?? [];
    expect(ths.length).toBeGreaterThan(0);
    expect(ths.every((th) => th.includes('scope="col"'))).toBe(true);
    expect(page).toContain(
      '<div class="table-scroll" role="region" aria-label="Table 9: Sites" tabindex="0">\n<table>\n<caption>Table 9: Sites</caption>\n<colgroup><col style="width: 75%"><col style="width: 25%"></colgroup>\n' +
        '<thead>\n<tr><th scope="col">Site</th><th scope="col" class="align-right">Seats</th></tr>\n</thead>\n' +
        '<tbody>\n<tr><td>HQ<br>Floor 2</td><td class="align-right">40</td></tr>\n</tbody>\n</table>',
    );
  });

  it('makes every table wrapper a region the keyboard reaches, each with a name of its own', () => {
    const page = html();
    const regions = [...page.matchAll(/<div class="table-scroll[^"]*"([^>]*)>/g)].map((m) => m[1]);
    expect(regions.length).toBeGreaterThan(2);
    for (const attributes of regions) expect(attributes).toMatch(/^ role="region" aria-label="[^"]+" tabindex="0"$/);
    const names = regions.map((a) => /aria-label="([^"]+)"/.exec(a)![1]);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('Approvals');
  });

  it('marks a first column of distinct labels as row headers, and one with repeats or blanks as data', () => {
    const cell = (text: string) => [{ type: 'text' as const, text }];
    const table = (first: string[]) => ({ type: 'table' as const, header: [cell('Role'), cell('Name')], rows: first.map((f) => [cell(f), cell('x')]), align: [null, null] });
    const labelled = html(withBlocks([table(['Sponsor', 'Manager'])]));
    expect(labelled).toContain('<tr><th scope="row">Sponsor</th><td>x</td></tr>');
    for (const first of [['Sponsor', 'Sponsor'], ['Sponsor', '']]) {
      const page = html(withBlocks([table(first)]));
      expect(page).toContain('<tr><td>Sponsor</td><td>x</td></tr>');
      expect(page).not.toContain('<th scope="row">Sponsor</th>');
    }
  });

  it('puts a link past the table of contents before it, to the heading that follows', () => {
    const tree = sampleTree();
    const page = html(tree);
    const toc = tree.blocks.findIndex((b) => b.type === 'toc');
    const next = tree.blocks.slice(toc + 1).find((b) => b.type === 'heading');
    expect(next).toBeDefined();
    expect(page).toContain(`<a class="skip-link" href="#${next!.type === 'heading' ? next!.id : ''}">Skip the table of contents</a>\n<nav class="toc"`);
  });

  it('marks tables with landscapeColumns or more columns as wide and keeps their leading headings with them', () => {
    const page = html();
    const wide = section(page, '<div class="landscape">', '</div>\n</div>');
    expect(wide).toContain('<h1 id="implementation-support" tabindex="-1">');
    expect(wide).toContain('<h2 id="hardware" tabindex="-1">');
    expect(wide).toMatch(/<div class="table-scroll wide" role="region" aria-label="[^"]+" tabindex="0">/);
    expect(page.match(/class="table-scroll wide"/g)).toHaveLength(1);
    const narrower = html(sampleTree(), themeSchema.parse({ landscapeColumns: 11 }));
    expect(narrower).not.toContain('table-scroll wide');
  });

  it('lets a cell with a very long word break inside it', () => {
    const page = html(withBlocks([{ type: 'table', header: [[{ type: 'text', text: 'URL' }]], rows: [[[{ type: 'text', text: `https://example.org/${'x'.repeat(40)}` }]]], align: [null] }]));
    expect(page).toContain('<td class="break-anywhere">https://example.org/');
  });

  it('writes figures with the image as a data: URI, alt text, size and caption', () => {
    const image = sampleImage();
    const base64 = Buffer.from(image.data).toString('base64');
    expect(html()).toContain(
      `<figure>\n<img src="data:image/png;base64,${base64}" alt="System organization diagram" width="400" height="200" style="width: 80%">\n<figcaption>Figure 1: System organization</figcaption>\n</figure>`,
    );
  });

  it('embeds SVG only as a base64 data: URI, never as markup', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><rect width="10" height="10"/></svg>';
    const image: Image = { type: 'image', src: 'x.svg', data: new TextEncoder().encode(svg), mime: 'image/svg+xml', width: 10, height: 10, alt: 'Box', scale: 1 };
    const page = html(withBlocks([image]));
    expect(page).toContain(`src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"`);
    expect(page).not.toMatch(/<svg|onload|<script/i);
  });

  it('renders task items with a checkbox glyph that has an accessible label', () => {
    const page = html();
    expect(page).toContain('<ul class="task-list">');
    expect(page).toContain('<li class="task"><span class="task-box" role="img" aria-label="Done">☑</span><p>Leadership commitment confirmed</p></li>');
    expect(page).toContain('<li class="task"><span class="task-box" role="img" aria-label="Not done">☐</span><p>Training plan prepared</p></li>');
  });

  it('writes lists, ordered lists with a start, code, quotes, rules, notes and page breaks', () => {
    const page = html(withBlocks([{ type: 'list', ordered: true, start: 4, items: [{ blocks: [{ type: 'paragraph', runs: [{ type: 'text', text: 'fourth' }] }] }] }]));
    expect(page).toContain('<ol start="4">\n<li><p>fourth</p></li>\n</ol>');
    expect(page).toContain('<ol>\n<li><p>Nested step one</p></li>');
    expect(page).toContain('<pre><code>plansmith build content --format pdf</code></pre>');
    expect(page).toContain('<blockquote>\n<p>Quoted guidance.</p>\n</blockquote>');
    expect(page).toContain('<hr>');
    expect(page).toContain('<p class="note">Legend: R=Responsible, A=Accountable</p>');
    expect(page).toContain('<div class="page-break" aria-hidden="true"></div>');
  });

  it('writes inline marks, line breaks and links: external with rel="noopener", internal as #id', () => {
    const page = html();
    expect(page).toContain(
      '<p>This plan describes how the <strong>Analytix</strong> platform is <em>installed</em> with <code>npm ci</code>; see <a href="https://example.org/portal" rel="noopener">the portal</a> or <a href="#glossary">Glossary</a>.</p>',
    );
    expect(page).toContain('<p>Line one<br>Line two</p>');
  });

  it('writes a link whose target is not http(s), mailto or #anchor as plain text', () => {
    const page = html(withBlocks([{ type: 'paragraph', runs: [{ type: 'text', text: 'click', href: 'javascript:alert(1)' }] }]));
    expect(page).toContain('<p>click</p>');
    expect(page).not.toContain('javascript:');
  });
});

describe('writeHtml: escaping', () => {
  const hostile = '<script>alert("x")</script> & \'quotes\'';

  it('escapes every text: headings, runs, cells, captions, alt, title page, TOC and metadata', () => {
    const base = sampleTree({ rows: 1 });
    const tree: DocTree = {
      ...base,
      meta: { ...base.meta, title: hostile, author: hostile, language: 'en"><script>' },
      titlePage: { ...base.titlePage, title: hostile, preparedBy: hostile, approvals: [{ name: hostile, role: hostile }] },
      blocks: [
        { type: 'toc', title: hostile },
        { type: 'heading', level: 1, runs: [{ type: 'text', text: hostile }], text: hostile, id: 'x"><script>', number: '1', toc: true },
        { type: 'paragraph', runs: [{ type: 'text', text: hostile, bold: true, href: 'https://example.org/"><script>' }] },
        { type: 'table', header: [[{ type: 'text', text: hostile }]], rows: [[[{ type: 'text', text: hostile }]]], align: [null], caption: hostile },
        { ...sampleImage(hostile), caption: hostile },
        { type: 'code', text: hostile },
      ],
    };
    const page = html(tree);
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;');
    expect(page).toContain('<html lang="en&quot;&gt;&lt;script&gt;">');
    expect(page).toContain('<h1 id="x&quot;&gt;&lt;script&gt;" tabindex="-1">');
    expect(page).toContain('<a href="#x&quot;&gt;&lt;script&gt;">');
  });

  it('keeps running header and footer text inside CSS strings that cannot close the style element', () => {
    const base = sampleTree({ rows: 1 });
    const tree: DocTree = { ...base, furniture: { ...base.furniture, headerLeft: 'A "quoted" \\ </style><script>alert(1)</script>', footerLeft: 'Line\nbreak' } };
    const css = styleOf(html(tree));
    expect(css.match(/<\/style>/g)).toHaveLength(1);
    expect(html(tree)).not.toMatch(/<script/i);
    expect(css).toContain('@top-left { content: "A \\22 quoted\\22  \\5c  \\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e ";');
    expect(css).toContain('@bottom-left { content: "Line\\a break";');
  });
});

describe('writeHtml: print and screen styles', () => {
  it('sizes the page from the theme and sets its margins in points', () => {
    const css = styleOf(html());
    expect(css).toContain('size: letter;\n  margin: 72pt 72pt 72pt 72pt;');
    const a4 = styleOf(html(sampleTree({ rows: 1 }), themeSchema.parse({ paper: 'a4', margins: { top: 50, right: 40, bottom: 60, left: 45 } })));
    expect(a4).toContain('size: A4;\n  margin: 50pt 40pt 60pt 45pt;');
    expect(a4).toContain('@page landscape { size: A4 landscape; }');
  });

  it('puts the running header and "Page X of Y" footer in page margin boxes, none on the title page', () => {
    const css = styleOf(html());
    expect(css).toMatch(/@top-left \{ content: "Department of Consumer Outreach";[^}]*background: url\("data:image\/png;base64,/);
    expect(css).toContain('@top-right { content: "Analytix Modernization Project";');
    expect(css).toContain('@top-center { content: "INTERNAL USE ONLY";');
    expect(css).toContain('@bottom-left { content: "Implementation Management Plan 1.1 | 2026-10-15";');
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
    expect(section(css, '@page :first {', '\n}')).toContain('@bottom-right { content: none; }');
  });

  it('breaks pages before level-1 headings and at page breaks, repeats table headers and keeps rows whole', () => {
    const print = section(styleOf(html()), '@media print {', '\n}');
    expect(print).toContain('main h1 { break-before: page; }');
    expect(print).toContain('.page-break { break-after: page; }');
    expect(print).toContain('thead { display: table-header-group; }');
    expect(print).toMatch(/tr, [^{]*\{ break-inside: avoid; \}/);
    expect(print).toContain('h1, h2, h3 { break-after: avoid; }');
    expect(print).toContain('.landscape, .table-scroll.wide { page: landscape; }');
  });

  it('uses the theme fonts and colours and lets wide tables scroll on screen', () => {
    const theme = themeSchema.parse({ font: { family: 'Liberation Serif', body: 11 }, colors: { heading: '#112233', tableHeaderFill: '#ABCDEF' } });
    const css = styleOf(html(sampleTree({ rows: 1 }), theme));
    expect(css).toContain('html { font-family: "Liberation Serif", "DejaVu Sans", Arial, sans-serif;');
    expect(css).toContain('body { margin: 0; font-size: 11pt; }');
    expect(css).toContain('h1, h2, h3, h4, h5, h6 { color: #112233;');
    expect(css).toContain('th { background: #ABCDEF;');
    expect(section(css, '@media screen {', '\n}')).toContain('.table-scroll { max-height: 85vh; overflow: auto; }');
  });

  it('refuses a theme colour that is not #RRGGBB rather than writing it into the stylesheet', () => {
    const theme = { ...defaultTheme, colors: { ...defaultTheme.colors, text: 'red; } body { display: none' } };
    expect(() => writeHtml(sampleTree({ rows: 1 }), theme)).toThrow(/not #RRGGBB/);
  });
});
