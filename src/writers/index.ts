import type { DocTree } from '../render/tree/doctree';
import type { Theme } from '../render/templates/theme';

export const FORMATS = ['docx', 'pdf', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** What a writer may be asked besides the tree and theme. */
export interface WriterOptions {
  /** The PDF as PDF/A-2b, the archival copy a release keeps. */
  pdfa?: boolean;
}

/**
 * One writer per format; each is a function of the tree and theme alone. Each loads on first use, so a build of one
 * format (the HTML preview of `watch`) never pays for loading the others' libraries.
 */
export const writers: Record<Format, (tree: DocTree, theme: Theme, options?: WriterOptions) => Promise<Uint8Array>> = {
  docx: async (tree, theme) => (await import('./docx')).writeDocx(tree, theme),
  pdf: async (tree, theme, options) => (await import('./pdf')).writePdf(tree, theme, { pdfa: options?.pdfa }),
  html: async (tree, theme) => (await import('./html/index')).writeHtml(tree, theme),
};
