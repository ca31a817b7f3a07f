import { describe, expect, it } from 'vitest';
import { pandocMarkdown } from '../../bench/pandocInput';
import { lexMarkdown } from '../../src/content/markdown';
import type { RenderedMarkdown } from '../../src/render/tree/document';

const rendered = (markdown: string, level = 2): RenderedMarkdown => ({
  versionHistory: '',
  parts: [{ heading: 'Schedule', level, numbered: true, template: 'implementation-schedule', markdown, tokens: lexMarkdown(markdown) }],
});

describe("pandoc's input: the same outline and charts as plansmith's documents", () => {
  it('puts the headings inside a section below the section heading, as plansmith does', () => {
    const md = pandocMarkdown(rendered('# Tasks\n\ntext\n\n### Detail'), () => '');
    expect(md).toBe('## Schedule\n\n### Tasks\n\ntext\n\n##### Detail\n');
  });

  it('leaves lines inside code fences alone and caps headings at level 6', () => {
    const md = pandocMarkdown(rendered('```\n# not a heading\n```\n\n##### Deep', 3), () => '');
    expect(md).toContain('```\n# not a heading\n```');
    expect(md).toContain('\n###### Deep');
  });

  it('replaces a drawing directive with what the drawing callback gives, with its kind, name and flags', () => {
    const calls: unknown[] = [];
    const md = pandocMarkdown(rendered('Before\n\n<!-- plansmith:gantt schedule table -->\n\nAfter'), (...args) => {
      calls.push(args);
      return '![Implementation Schedule](charts/gantt-1.svg)';
    });
    expect(calls).toEqual([['gantt', 'schedule', ['table']]]);
    expect(md).toContain('Before\n\n![Implementation Schedule](charts/gantt-1.svg)\n\nAfter');
    expect(md).not.toContain('<!--');
  });
});
