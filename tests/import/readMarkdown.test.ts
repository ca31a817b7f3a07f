import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/import/readMarkdown';

describe('Markdown reader', () => {
  it('keeps inline emphasis, nests lists and reads task boxes', () => {
    const blocks = readMarkdown('- **Key Milestones**:\n  - Setup\n  - Closure\n- [x] **Done**: yes\n');
    expect(blocks).toEqual([
      {
        kind: 'list',
        ordered: false,
        items: [
          { text: '**Key Milestones**:', children: [{ kind: 'list', ordered: false, items: [{ text: 'Setup', children: [] }, { text: 'Closure', children: [] }] }] },
          { text: '**Done**: yes', checked: true, children: [] },
        ],
      },
    ]);
  });
});
