import type { DocTree } from '../render/tree/doctree';
import type { Theme } from '../render/templates/theme';

export const FORMATS = ['docx', 'pdf', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * One writer per format; each is a function of the tree and theme alone. Each loads on first use, so a build of one
 * format (the HTML preview of `watch`) never pays for loading the others' libraries.
 */
export const writers: Record<Format, (tree: DocTree, theme: Theme) => Promise<Uint8Array>> = {
  docx: async (tree, theme) => (await import('./docx')).writeDocx(tree, theme),
  pdf: async (tree, theme) => (await import('./pdf')).writePdf(tree, theme),
  html: async (tree, theme) => (await import('./html/index')).writeHtml(tree, theme),
};
