import { approvalsTable, hasRowLabels, plainText, type TitlePage } from '../../render/tree/doctree';
import { dataUri, percent, tableRegion } from './blocks';
import { escapeHtml } from './escape';

/** The cover: classification, logo, title block, version facts and the approvals table. */
export function titlePageHtml(page: TitlePage, regionNames: Map<string, number>): string {
  const parts: string[] = [];
  if (page.classification) parts.push(`<p class="classification">${escapeHtml(page.classification)}</p>`);
  if (page.logo) {
    const { logo } = page;
    const style = logo.scale === undefined ? '' : ` style="width: ${percent(logo.scale)}; max-width: 100%"`;
    parts.push(`<img class="logo" src="${dataUri(logo)}" alt="${escapeHtml(logo.alt)}" width="${Math.round(logo.width)}" height="${Math.round(logo.height)}"${style}>`);
  }
  parts.push(`<h1 class="doc-title">${escapeHtml(page.title)}</h1>`);
  if (page.subtitle) parts.push(`<p class="subtitle">${escapeHtml(page.subtitle)}</p>`);
  for (const line of page.lines) parts.push(`<p class="title-line">${escapeHtml(line)}</p>`);
  parts.push(
    [
      '<dl class="doc-facts">',
      `<div><dt>Version</dt><dd>${escapeHtml(page.version)}</dd></div>`,
      `<div><dt>Date</dt><dd>${timeHtml(page.date)}</dd></div>`,
      `<div><dt>Prepared by</dt><dd>${escapeHtml(page.preparedBy)}</dd></div>`,
      '</dl>',
    ].join('\n'),
  );
  if (page.approvals.length > 0) parts.push(approvalsHtml(page.approvals, regionNames));
  return `<header class="title-page">\n${parts.join('\n')}\n</header>`;
}

function approvalsHtml(approvals: TitlePage['approvals'], regionNames: Map<string, number>): string {
  // Names label the rows when no two approvers share one, as in every other table.
  const table = approvalsTable(approvals);
  const rowLabels = hasRowLabels(table);
  const nameCell = (name: string) => (rowLabels ? `<th scope="row">${escapeHtml(name)}</th>` : `<td>${escapeHtml(name)}</td>`);
  const rows = approvals.map(
    (a) => `<tr>${nameCell(a.name)}<td>${escapeHtml(a.role)}</td><td>${a.date ? timeHtml(a.date) : ''}</td><td class="signature"></td></tr>`,
  );
  return [
    tableRegion('Approvals', regionNames),
    '<table class="approvals">',
    '<caption>Approvals</caption>',
    `<thead>\n<tr>${table.header.map((cell) => `<th scope="col">${escapeHtml(plainText(cell))}</th>`).join('')}</tr>\n</thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
    '</div>',
  ].join('\n');
}

function timeHtml(date: string): string {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(date);
  return iso ? `<time datetime="${date}">${escapeHtml(date)}</time>` : escapeHtml(date);
}
