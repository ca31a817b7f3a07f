import type { DocTree } from '../render/doctree';
import type { Theme } from '../render/theme';
import { writeDocx } from './docx';
import { writeHtml } from './html';
import { writePdf } from './pdf';

export const FORMATS = ['docx', 'pdf', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** One writer per format; each is a function of the tree and theme alone. */
export const writers: Record<Format, (tree: DocTree, theme: Theme) => Promise<Uint8Array>> = {
  docx: (tree, theme) => writeDocx(tree, theme),
  pdf: (tree, theme) => writePdf(tree, theme),
  html: async (tree, theme) => writeHtml(tree, theme),
};
