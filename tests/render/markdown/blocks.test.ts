import { describe, expect, it } from 'vitest';
import type { Block, Image } from '../../../src/render/tree/doctree';
import { imageSources, lexMarkdown, proseChanges } from '../../../src/content/markdown';
import { markdownToBlocks, slugify, type MarkdownContext } from '../../../src/render/markdown/blocks';
import { solidPng } from '../../fixtures/sampleTree';

const loaded: Record<string, Image> = {
  'diagram.png': { type: 'image', src: 'diagram.png', data: solidPng(4, 2), mime: 'image/png', width: 400, height: 200, alt: '', scale: 0.8 },
};

/** Resolves the images in `loaded`, reports the rest as missing, and remembers what it was asked for. */
function context(): MarkdownContext & { asked: [string, string][] } {
  const asked: [string, string][] = [];
  return {
    asked,
    resolveImage(src, alt) {
      asked.push([src, alt]);
      const image = loaded[src];
      return image ? { ...image, alt } : { error: 'no such file' };
    },
  };
}

function convert(markdown: string) {
  return markdownToBlocks(markdown, context());
}

function blocks(markdown: string): Block[] {
  return convert(markdown).blocks;
}

describe('markdownToBlocks: headings and paragraphs', () => {
  it('makes headings with slug ids, no number, and TOC entries for levels 1-3 only', () => {
    expect(blocks('# Scope & Goals\n\n### Step 3\n\n#### Detail')).toEqual([
      { type: 'heading', level: 1, runs: [{ type: 'text', text: 'Scope & Goals' }], text: 'Scope & Goals', id: 'scope-goals', toc: true },
      { type: 'heading', level: 3, runs: [{ type: 'text', text: 'Step 3' }], text: 'Step 3', id: 'step-3', toc: true },
      { type: 'heading', level: 4, runs: [{ type: 'text', text: 'Detail' }], text: 'Detail', id: 'detail', toc: false },
    ]);
  });

  it('reads setext headings and keeps marks inside headings', () => {
    const [heading] = blocks('The *new* system\n===');
    expect(heading).toMatchObject({ type: 'heading', level: 1, text: 'The new system', id: 'the-new-system' });
    expect(heading.type === 'heading' && heading.runs).toEqual([
      { type: 'text', text: 'The ' },
      { type: 'text', text: 'new', italic: true },
      { type: 'text', text: ' system' },
    ]);
  });

  it('turns emphasis, strong, strikethrough and code spans into marked runs', () => {
    expect(blocks('Plain *it* **bold** ~~gone~~ `npm ci` ***both***')).toEqual([
      {
        type: 'paragraph',
        runs: [
          { type: 'text', text: 'Plain ' },
          { type: 'text', text: 'it', italic: true },
          { type: 'text', text: ' ' },
          { type: 'text', text: 'bold', bold: true },
          { type: 'text', text: ' ' },
          { type: 'text', text: 'gone', strike: true },
          { type: 'text', text: ' ' },
          { type: 'text', text: 'npm ci', code: true },
          { type: 'text', text: ' ' },
          { type: 'text', text: 'both', bold: true, italic: true },
        ],
      },
    ]);
  });

  it('joins soft line breaks with a space and keeps hard breaks (two spaces, backslash, <br>)', () => {
    expect(blocks('one\ntwo  \nthree\\\nfour <br> five<br/>six')).toEqual([
      {
        type: 'paragraph',
        runs: [
          { type: 'text', text: 'one two' },
          { type: 'break' },
          { type: 'text', text: 'three' },
          { type: 'break' },
          { type: 'text', text: 'four' },
          { type: 'break' },
          { type: 'text', text: 'five' },
          { type: 'break' },
          { type: 'text', text: 'six' },
        ],
      },
    ]);
  });

  it('decodes escapes and entity references to the characters they stand for', () => {
    expect(blocks('\\*not em\\* AT&T &amp; &copy; &#169; &#x2192; &nbsp;x &bogus; \\&amp;')).toEqual([
      { type: 'paragraph', runs: [{ type: 'text', text: '*not em* AT&T & © © → \u00a0x &bogus; &amp;' }] },
    ]);
  });

  it('keeps code spans and code blocks exactly as written', () => {
    expect(blocks('`a &amp; <b>`\n\n```yaml\nkey: <value> &amp;\n  indented: true\n```')).toEqual([
      { type: 'paragraph', runs: [{ type: 'text', text: 'a &amp; <b>', code: true }] },
      { type: 'code', text: 'key: <value> &amp;\n  indented: true' },
    ]);
  });

  it('makes blockquotes and horizontal rules', () => {
    expect(blocks('> Quoted\n> guidance.\n>\n> - item\n\n---')).toEqual([
      {
        type: 'quote',
        blocks: [
          { type: 'paragraph', runs: [{ type: 'text', text: 'Quoted guidance.' }] },
          { type: 'list', ordered: false, start: 1, items: [{ blocks: [{ type: 'paragraph', runs: [{ type: 'text', text: 'item' }] }] }] },
        ],
      },
      { type: 'rule' },
    ]);
  });
});

describe('markdownToBlocks: links', () => {
  it('keeps http, https, mailto and #anchor targets, on every run of the link text', () => {
    const { blocks: result, problems } = convert(
      '[portal](https://example.org/a?b=1&amp;c=2) [**Gloss**ary](#glossary) [mail](mailto:pm@example.org) <http://example.com> www.example.net',
    );
    expect(problems).toEqual([]);
    expect(result).toEqual([
      {
        type: 'paragraph',
        runs: [
          { type: 'text', text: 'portal', href: 'https://example.org/a?b=1&c=2' },
          { type: 'text', text: ' ' },
          { type: 'text', text: 'Gloss', bold: true, href: '#glossary' },
          { type: 'text', text: 'ary', href: '#glossary' },
          { type: 'text', text: ' ' },
          { type: 'text', text: 'mail', href: 'mailto:pm@example.org' },
          { type: 'text', text: ' ' },
          { type: 'text', text: 'http://example.com', href: 'http://example.com' },
          { type: 'text', text: ' ' },
          { type: 'text', text: 'www.example.net', href: 'http://www.example.net' },
        ],
      },
    ]);
  });

  it.each([
    ['a javascript: link', '[click](javascript:alert(1))'],
    ['a JaVaScRiPt: link', '[click](JaVaScRiPt:alert(1))'],
    ['a javascript: link hidden behind a character reference', '[click](&#106;avascript:alert(1))'],
    ['a data: link', '[click](data:text/html;base64,PHNjcmlwdD4=)'],
    ['a vbscript: link', '[click](vbscript:msgbox)'],
    ['a file: link', '[click](file:///etc/passwd)'],
    ['a reference-style javascript: link', '[click][x]\n\n[x]: javascript:alert(1)'],
    ['a link to a relative path', '[click](other.md)'],
  ])('drops the target of %s, keeps the text and reports it', (_name, markdown) => {
    const { blocks: result, problems } = convert(markdown);
    expect(result).toEqual([{ type: 'paragraph', runs: [{ type: 'text', text: 'click' }] }]);
    // The text stays, so nothing is lost: the change is the check's to report (proseChanges), not a render problem.
    expect(problems).toEqual([]);
    expect(proseChanges(lexMarkdown(markdown))).toEqual([expect.objectContaining({ message: expect.stringMatching(/link "click" .* was removed/) })]);
  });
});

describe('markdownToBlocks: raw HTML is never interpreted', () => {
  it('shows a <script> block as literal text and reports it', () => {
    const { blocks: result, problems } = convert('<script>alert(1)</script>\n\nafter');
    expect(result).toEqual([
      { type: 'paragraph', runs: [{ type: 'text', text: '<script>alert(1)</script>' }] },
      { type: 'paragraph', runs: [{ type: 'text', text: 'after' }] },
    ]);
    expect(problems).toEqual([]);
    expect(proseChanges(lexMarkdown('<script>alert(1)</script>\n\nafter'))).toEqual([
      { message: 'raw HTML is not interpreted and is shown as text: <script>alert(1)</script>', raw: '<script>alert(1)</script>' },
    ]);
  });

  it('shows an <img onerror> tag as literal text, block or inline', () => {
    expect(blocks('<img src=x onerror=alert(1)>')).toEqual([{ type: 'paragraph', runs: [{ type: 'text', text: '<img src=x onerror=alert(1)>' }] }]);
    expect(blocks('before <img src=x onerror="alert(1)"> after')).toEqual([
      { type: 'paragraph', runs: [{ type: 'text', text: 'before <img src=x onerror="alert(1)"> after' }] },
    ]);
  });

  it('keeps the lines of a multi-line HTML block', () => {
    expect(blocks('<div>\n*hi*\n</div>')).toEqual([
      { type: 'paragraph', runs: [{ type: 'text', text: '<div>' }, { type: 'break' }, { type: 'text', text: '*hi*' }, { type: 'break' }, { type: 'text', text: '</div>' }] },
    ]);
  });

  it('shows inline tags as text around the emphasis they do not make', () => {
    expect(blocks('a <b>bold?</b> word')).toEqual([{ type: 'paragraph', runs: [{ type: 'text', text: 'a <b>bold?</b> word' }] }]);
  });
});

describe('markdownToBlocks: lists', () => {
  it('reads bullet and ordered lists with their start number and nesting', () => {
    expect(blocks('3. third\n4. fourth\n   - nested\n     1. deeper')).toEqual([
      {
        type: 'list',
        ordered: true,
        start: 3,
        items: [
          { blocks: [{ type: 'paragraph', runs: [{ type: 'text', text: 'third' }] }] },
          {
            blocks: [
              { type: 'paragraph', runs: [{ type: 'text', text: 'fourth' }] },
              {
                type: 'list',
                ordered: false,
                start: 1,
                items: [
                  {
                    blocks: [
                      { type: 'paragraph', runs: [{ type: 'text', text: 'nested' }] },
                      { type: 'list', ordered: true, start: 1, items: [{ blocks: [{ type: 'paragraph', runs: [{ type: 'text', text: 'deeper' }] }] }] },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ]);
  });

  it('gives loose items every paragraph they hold, like tight ones', () => {
    const tight = blocks('- a\n- b');
    const loose = blocks('- a\n\n  more a\n\n- b');
    expect(tight).toEqual([{ type: 'list', ordered: false, start: 1, items: [{ blocks: [para('a')] }, { blocks: [para('b')] }] }]);
    expect(loose).toEqual([{ type: 'list', ordered: false, start: 1, items: [{ blocks: [para('a'), para('more a')] }, { blocks: [para('b')] }] }]);
  });

  it('marks task items checked or not, tight or loose, and leaves ordinary items unmarked', () => {
    expect(blocks('- [x] done\n- [ ] open\n- plain')).toEqual([
      { type: 'list', ordered: false, start: 1, items: [{ checked: true, blocks: [para('done')] }, { checked: false, blocks: [para('open')] }, { blocks: [para('plain')] }] },
    ]);
    expect(blocks('- [X] done\n\n- [ ] open')).toEqual([
      { type: 'list', ordered: false, start: 1, items: [{ checked: true, blocks: [para('done')] }, { checked: false, blocks: [para('open')] }] },
    ]);
  });
});

describe('markdownToBlocks: tables', () => {
  it('reads header, rows, alignment, marks and escaped pipes', () => {
    expect(blocks('| Task | Owner | Days |\n|:-----|:-----:|----:|\n| **Install** | `ops\\|dev` | 3 |')).toEqual([
      {
        type: 'table',
        header: [[{ type: 'text', text: 'Task' }], [{ type: 'text', text: 'Owner' }], [{ type: 'text', text: 'Days' }]],
        rows: [[[{ type: 'text', text: 'Install', bold: true }], [{ type: 'text', text: 'ops|dev', code: true }], [{ type: 'text', text: '3' }]]],
        align: ['left', 'center', 'right'],
      },
    ]);
  });

  it('uses <br> in a cell as a line break', () => {
    const [table] = blocks('| Contact |\n|---|\n| Dell ProSupport<br>800-555-0101<br/>24x7 |');
    expect(table.type === 'table' && table.rows[0][0]).toEqual([
      { type: 'text', text: 'Dell ProSupport' },
      { type: 'break' },
      { type: 'text', text: '800-555-0101' },
      { type: 'break' },
      { type: 'text', text: '24x7' },
    ]);
    expect(table.type === 'table' && table.align).toEqual([null]);
  });
});

describe('markdownToBlocks: images', () => {
  it('makes an image paragraph an Image block through resolveImage, with the title as caption', () => {
    const ctx = context();
    const { blocks: result, problems } = markdownToBlocks('![System *organization*](diagram.png "Figure 1: System organization")', ctx);
    expect(problems).toEqual([]);
    expect(ctx.asked).toEqual([['diagram.png', 'System organization']]);
    expect(result).toEqual([{ ...loaded['diagram.png'], alt: 'System organization', caption: 'Figure 1: System organization' }]);
  });

  it('makes one Image block per image when a paragraph holds only images', () => {
    expect(blocks('![a](diagram.png)\n![b](diagram.png)').map((b) => b.type)).toEqual(['image', 'image']);
  });

  it('uses the alt text for an image inside running text, without loading it', () => {
    const ctx = context();
    const { blocks: result } = markdownToBlocks('See ![the *diagram*](diagram.png) below.', ctx);
    expect(ctx.asked).toEqual([]);
    expect(result).toEqual([{ type: 'paragraph', runs: [{ type: 'text', text: 'See the diagram below.' }] }]);
  });

  it('reports an image that cannot be resolved, naming its source, and keeps its alt text', () => {
    const { blocks: result, problems } = convert('![Network map](maps/network.png)');
    expect(problems).toEqual([{ message: 'image "maps/network.png" could not be used: no such file', raw: '![Network map](maps/network.png)' }]);
    expect(result).toEqual([{ type: 'paragraph', style: 'note', runs: [{ type: 'text', text: 'Network map' }] }]);
  });

  it('lists every image source referenced, once, in document order', () => {
    const markdown = '![a](one.png)\n\n- ![b](two.svg) in a list\n\n| x |\n|---|\n| ![c](three.jpg) |\n\n> ![d](one.png)\n\n![e][ref]\n\n[ref]: four.png';
    expect(imageSources(markdown)).toEqual(['one.png', 'two.svg', 'three.jpg', 'four.png']);
  });
});

describe('markdownToBlocks: page breaks', () => {
  it('turns a <!-- pagebreak --> line or a \\pagebreak line into a PageBreak block', () => {
    expect(blocks('before\n\n<!-- pagebreak -->\n\nmiddle\n\n\\pagebreak\n\nafter')).toEqual([
      para('before'),
      { type: 'pageBreak' },
      para('middle'),
      { type: 'pageBreak' },
      para('after'),
    ]);
  });

  it('leaves \\pagebreak inside a sentence alone', () => {
    expect(blocks('use \\pagebreak here')).toEqual([para('use \\pagebreak here')]);
  });
});

describe('slugify', () => {
  it.each([
    ['Implementation Schedule', 'implementation-schedule'],
    ['2.3 Roles & Responsibilities', '2-3-roles-responsibilities'],
    ['Søren Østergaard, Łukasz Żółć', 'soren-ostergaard-lukasz-zolc'],
    ['Zoë Ångström — “quotes”', 'zoe-angstrom-quotes'],
    ['  --Trim--  ', 'trim'],
    ['日本語', 'section'],
  ])('%s -> %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

function para(text: string): Block {
  return { type: 'paragraph', runs: [{ type: 'text', text }] };
}
