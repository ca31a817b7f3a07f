import { tocEntries, type DocTree } from '../../render/tree/doctree';
import type { Theme } from '../../render/templates/theme';
import { blocksHtml } from './blocks';
import { escapeHtml } from './escape';
import { stylesheet } from './stylesheet';
import { titlePageHtml } from './titlePage';

/**
 * One self-contained HTML file: styles inline, images as data: URIs, no script at all (the Content Security
 * Policy forbids any, should some ever slip in). Same tree and theme, same bytes.
 */
export function writeHtml(tree: DocTree, theme: Theme): Uint8Array {
  const { meta } = tree;
  const head = [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="author" content="${escapeHtml(meta.author)}">`,
    `<meta name="description" content="${escapeHtml(meta.subject)}">`,
    `<meta name="keywords" content="${escapeHtml(meta.keywords.join(', '))}">`,
    `<meta name="dcterms.date" content="${escapeHtml(meta.date)}">`,
    `<meta name="generator" content="plansmith">`,
    `<style>\n${stylesheet(theme, tree.furniture)}</style>`,
  ];
  const regionNames = new Map<string, number>();
  const body = [
    titlePageHtml(tree.titlePage, regionNames),
    '<main>',
    blocksHtml(tree.blocks, { toc: tocEntries(tree), theme, regionNames }),
    '</main>',
  ];
  const html = [
    '<!doctype html>',
    `<html lang="${escapeHtml(meta.language)}">`,
    '<head>',
    ...head,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return new TextEncoder().encode(html);
}
