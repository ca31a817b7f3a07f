/**
 * The DOCX writer's output as pandoc reads it: a second, independent reader of WordprocessingML. Headings must come
 * back as headings (by their Word styles), tables as tables, links, code and lists as such.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headingLabel, plainText, type Heading, type Table } from '../../src/render/tree/doctree';
import { defaultTheme } from '../../src/render/templates/theme';
import { writeDocx } from '../../src/writers/docx';
import { sampleTree } from '../fixtures/sampleTree';
import { BIG_OUTPUT, elements, onPath, pandocAst, run, stringify, tableRows } from './readers';
import { scratchDir } from '../fixtures/scratch';

describe.skipIf(!onPath('pandoc'))('DOCX output read by pandoc', () => {
  const tree = sampleTree();
  const headings = tree.blocks.filter((b): b is Heading => b.type === 'heading');
  let dir = '';
  let markdown = '';
  let ast: { blocks: unknown[] } = { blocks: [] };

  beforeAll(async () => {
    dir = await scratchDir('docx-pandoc');
    const docxPath = join(dir, 'plan.docx');
    await writeFile(docxPath, await writeDocx(tree, defaultTheme));
    markdown = (await run('pandoc', ['-f', 'docx', '-t', 'markdown', '--wrap=none', docxPath], { maxBuffer: BIG_OUTPUT, timeout: 60_000 })).stdout;
    ast = await pandocAst(docxPath);
  }, 90_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('finds every heading, numbered, as a Markdown heading of its level', () => {
    for (const heading of headings) {
      expect(markdown).toContain(`\n${'#'.repeat(heading.level)} ${headingLabel(heading)}\n`);
    }
  });

  it('reads the headings, and nothing else, as Header elements', () => {
    const read = elements(ast.blocks)
      .filter((e) => e.t === 'Header')
      .map((e) => {
        const [level, , inlines] = e.c as [number, unknown, unknown];
        return { level, text: stringify(inlines) };
      });
    expect(read).toEqual(headings.map((h) => ({ level: h.level, text: headingLabel(h) })));
  });

  it('reads the version history as a table with its header and cells', () => {
    const history = tree.blocks.find((b): b is Table => b.type === 'table') as Table;
    const expected = [history.header, ...history.rows].map((row) => row.map((cell) => plainText(cell)));
    const tables = elements(ast.blocks).filter((e) => e.t === 'Table').map(tableRows);
    expect(tables).toContainEqual(expected);
  });

  it('reads all 200 rows of the long table', () => {
    const long = elements(ast.blocks)
      .filter((e) => e.t === 'Table')
      .map(tableRows)
      .find((rows) => rows[0][0] === 'Task ID');
    expect(long?.length).toBe(201);
    expect(long?.[200]).toEqual(['T200', 'Task number 200 with a longer description that wraps', '2027-01-04', '2027-02-12']);
  });

  it('reads the external link, the code block and the lists', () => {
    const all = elements(ast.blocks);
    const links = all.filter((e) => e.t === 'Link').map((e) => (e.c as [unknown, unknown, [string, string]])[2][0]);
    expect(links).toContain('https://example.org/portal');
    expect(all.filter((e) => e.t === 'CodeBlock').map((e) => (e.c as [unknown, string])[1])).toEqual(['plansmith build content --format pdf']);
    const ordered = all.filter((e) => e.t === 'OrderedList').map((e) => (e.c as [unknown, unknown[]])[1].map(stringify));
    expect(ordered).toEqual([['Nested step one', 'Nested step two']]);
    const bullets = all.filter((e) => e.t === 'BulletList').map((e) => (e.c as unknown[]).map(stringify));
    expect(bullets).toContainEqual(['☑ Leadership commitment confirmed', '☐ Training plan prepared']);
  });

  it('reads images with their alt text', () => {
    const alts = elements(ast.blocks)
      .filter((e) => e.t === 'Image')
      .map((e) => stringify((e.c as [unknown, unknown])[1]));
    expect(alts).toEqual(['Department logo', 'System organization diagram']);
  });
});
