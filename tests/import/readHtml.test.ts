import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/import/readHtml';

describe('reader of the HTML mammoth writes', () => {
  it('reads headings, paragraphs with emphasis and entities, lists and tables', () => {
    const html =
      '<h1>Budget</h1><p><strong>Total</strong> &amp; more</p><ul><li>One<ul><li>Inner</li></ul></li></ul>' +
      '<table><tr><th><p>Role</p></th><th><p>Phase 1</p></th></tr><tr><td><p>Lead</p><p>Second line</p></td><td><p>1</p></td></tr></table>';
    expect(readHtml(html)).toEqual([
      { kind: 'heading', level: 1, text: 'Budget' },
      { kind: 'paragraph', text: '**Total** & more' },
      { kind: 'list', ordered: false, items: [{ text: 'One', children: [{ kind: 'list', ordered: false, items: [{ text: 'Inner', children: [] }] }] }] },
      { kind: 'table', header: ['Role', 'Phase 1'], rows: [['Lead\nSecond line', '1']] },
    ]);
  });
});

describe('pictures in the HTML mammoth writes', () => {
  it('keeps a picture saved as a file as a Markdown image, its caption as the image title', () => {
    const html = '<p><img alt="Layers [and] interfaces" src="assets/image-2.png" /></p><p class="caption">System "organization"</p><p>Text.</p>';
    expect(readHtml(html)).toEqual([
      { kind: 'paragraph', text: "![Layers and interfaces](assets/image-2.png \"System 'organization'\")" },
      { kind: 'paragraph', text: 'Text.' },
    ]);
  });

  it('leaves out a picture only inline as data, and a caption without a picture is a paragraph', () => {
    expect(readHtml('<p><img alt="x" src="data:image/png;base64,AAAA" /></p><p class="caption">Table 1</p>')).toEqual([{ kind: 'paragraph', text: 'Table 1' }]);
  });
});

describe('task lists in the HTML mammoth writes', () => {
  it('reads a box at the start of an item, or in an item of its own before its task, as checked or not', () => {
    const [list] = readHtml('<ul><li>☑</li><li><strong>Ready:</strong> yes</li><li>☐ Open</li><li>Plain</li></ul>');
    expect(list).toEqual({
      kind: 'list',
      ordered: false,
      items: [{ text: '**Ready:** yes', checked: true, children: [] }, { text: 'Open', checked: false, children: [] }, { text: 'Plain', children: [] }],
    });
  });
});
