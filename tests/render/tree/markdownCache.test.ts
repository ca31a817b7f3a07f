import { describe, expect, it } from 'vitest';
import type { Token } from 'marked';
import { lexMarkdown } from '../../../src/content/markdown';
import { tokensToBlocks } from '../../../src/render/markdown/blocks';
import { MarkdownCache } from '../../../src/render/tree/markdownCache';

const convert = (pure: boolean) => (tokens: Token[]) => ({ converted: tokensToBlocks(tokens, { resolveImage: () => ({ error: 'none' }) }), pure });

describe('MarkdownCache', () => {
  it('lexes a text as marked does, once for this build and the next', () => {
    const cache = new MarkdownCache();
    const tokens = cache.tokens('A *paragraph*.\n\n- one\n- two\n');
    expect(tokens).toEqual(lexMarkdown('A *paragraph*.\n\n- one\n- two\n'));
    expect(cache.tokens('A *paragraph*.\n\n- one\n- two\n')).toBe(tokens);
    cache.nextBuild();
    expect(cache.tokens('A *paragraph*.\n\n- one\n- two\n')).toBe(tokens);
  });

  it('forgets a text the last build did not use', () => {
    const cache = new MarkdownCache();
    const tokens = cache.tokens('Only in the first build.');
    cache.nextBuild();
    cache.nextBuild();
    expect(cache.tokens('Only in the first build.')).not.toBe(tokens);
  });

  it('keeps the blocks of a text only when making them needed nothing but the text', () => {
    const cache = new MarkdownCache();
    const blocks = cache.blocks('Plain text.', convert(true));
    expect(cache.blocks('Plain text.', () => expect.unreachable('converted again'))).toBe(blocks);
    const withImage = cache.blocks('![logo](logo.png)', convert(false));
    expect(cache.blocks('![logo](logo.png)', convert(false))).not.toBe(withImage);
  });
});
