import type { Token } from 'marked';
import { lexMarkdown } from '../../content/markdown';
import type { MarkdownBlocks } from '../markdown/blocks';

interface Reading {
  tokens: Token[];
  /** The blocks, kept only when making them loaded no image and drew nothing: then they follow from the text alone. */
  converted?: MarkdownBlocks;
}

/**
 * What each piece of rendered Markdown became in the previous build, for `watch`: after an edit most sections
 * render to the same Markdown as before, and those are neither lexed nor turned into blocks again. It keeps what the
 * last build used and nothing older, so it holds about one document's worth.
 */
export class MarkdownCache {
  private previous = new Map<string, Reading>();
  private current = new Map<string, Reading>();

  /** Starts a build: what the build before it did not use is forgotten. */
  nextBuild(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** `markdown` lexed, from the cache when this or the previous build lexed the same text. */
  tokens(markdown: string): Token[] {
    return this.reading(markdown).tokens;
  }

  /** The blocks kept for `markdown`, if any; `convert` otherwise, whose result is kept when `pure` says it may be. */
  blocks(markdown: string, convert: (tokens: Token[]) => { converted: MarkdownBlocks; pure: boolean }): MarkdownBlocks {
    const reading = this.reading(markdown);
    if (reading.converted) return reading.converted;
    const { converted, pure } = convert(reading.tokens);
    if (pure) reading.converted = converted;
    return converted;
  }

  private reading(markdown: string): Reading {
    let reading = this.current.get(markdown);
    if (!reading) {
      reading = this.previous.get(markdown) ?? { tokens: lexMarkdown(markdown) };
      this.current.set(markdown, reading);
    }
    return reading;
  }
}
