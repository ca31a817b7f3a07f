import { allBlocks, approvalsTable, columnTitles, tableTitle, type DocTree, type Table } from '../../render/tree/doctree';
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

/** Every table's label in the order the writer sets the tables: the title page's approvals, then the body's. */
export function tableLabels(tree: DocTree): TableLabel[] {
  const approvals = tree.titlePage.approvals.length > 0 ? [labelOf(approvalsTable(tree.titlePage.approvals), 'Approvals')] : [];
  const body = [...allBlocks(tree.blocks)].filter((b): b is Table => b.type === 'table').map((table) => labelOf(table));
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
