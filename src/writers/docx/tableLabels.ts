import { allBlocks, approvalsTable, columnTitles, tableTitle, type Table, type TitlePage } from '../../render/tree/doctree';
import type { DocxPages } from './pagination';
import { escapeXml } from '../../render/tree/xml';

/** A table's title and description as Word keeps them (Table Properties > Alt Text), read out by screen readers. */
export interface TableLabel {
  caption: string;
  description: string;
}

function labelOf(table: Table, caption = tableTitle(table)): TableLabel {
  const rows = table.rows.length;
  return { caption, description: `${rows} ${rows === 1 ? 'row' : 'rows'} under the column headers ${columnTitles(table).join(', ')}` };
}

/**
 * Every table's label in the order the writer sets the tables: the title page's approvals, then the body's as the
 * pages set them, where the later parts of a table split around a figure say which table they continue.
 */
export function tableLabels(titlePage: TitlePage, { runs, continued }: Pick<DocxPages, 'runs' | 'continued'>): TableLabel[] {
  const approvals = titlePage.approvals.length > 0 ? [labelOf(approvalsTable(titlePage.approvals), 'Approvals')] : [];
  const body = runs
    .flatMap((run) => [...allBlocks(run.blocks)])
    .filter((b): b is Table => b.type === 'table')
    .map((table) => {
      const original = continued.get(table);
      return original ? labelOf(table, `${tableTitle(original)} (continued)`) : labelOf(table);
    });
  return [...approvals, ...body];
}


/**
 * Gives each table of the document part its caption and description (w:tblCaption, w:tblDescription, the last
 * children of w:tblPr), which the docx package has no option for. Tables and labels go in the same order.
 */
export function labelTables(documentXml: string, labels: readonly TableLabel[]): string {
  let index = 0;
  const labelled = documentXml.replace(/<\/w:tblPr>/g, () => {
    const label = labels[index++];
    if (!label) return '</w:tblPr>';
    return `<w:tblCaption w:val="${escapeXml(label.caption)}"/><w:tblDescription w:val="${escapeXml(label.description)}"/></w:tblPr>`;
  });
  if (index !== labels.length) throw new Error(`the document has ${index} tables but ${labels.length} table labels`);
  return labelled;
}
