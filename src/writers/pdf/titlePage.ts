import { approvalsTable, type Inline, type TitlePage } from '../../render/tree/doctree';
import { titleLogoSize } from '../shared/imageSize';
import type { LayoutContext } from './context';
import { drawImage } from './images';
import { layoutLines } from './inline';
import { renderLines } from './paint';
import type { TextStyle } from './styles';
import { renderTable } from './tables';

function centered(ctx: LayoutContext, runs: Inline[], style: TextStyle, type = 'P'): void {
  const lines = layoutLines(runs, style, ctx.flow.width, ctx.measure, ctx.inline);
  renderLines(ctx, lines, style, ctx.tags.element(type, ctx.tags.root), 'center');
}

const text = (value: string, marks: { bold?: boolean } = {}): Inline[] => [{ type: 'text', text: value, ...marks }];

/** Page 1: classification, logo, title block, version, author and approvals; no running header or footer. */
export function renderTitlePage(ctx: LayoutContext, page: TitlePage): void {
  const { flow, styles, tags } = ctx;
  flow.place(0);
  if (page.classification) centered(ctx, text(page.classification), styles.titleClassification);
  flow.y = Math.max(flow.y, flow.top + flow.pageCapacity * 0.1);
  if (page.logo) {
    const box = titleLogoSize(page.logo, flow.width);
    const y = flow.place(box.height);
    const logo = page.logo;
    tags.content(tags.element('Figure', tags.root, { alt: logo.alt || logo.src }), () =>
      drawImage(ctx, logo, flow.left + (flow.width - box.width) / 2, y, box.width, box.height),
    );
    flow.y += box.height + styles.title.size;
  }
  // The title heads the document for assistive technology as it does for the eye.
  centered(ctx, text(page.title), styles.title, 'H1');
  if (page.subtitle) {
    flow.gap(styles.subtitle.size * 0.5);
    centered(ctx, text(page.subtitle), styles.subtitle);
  }
  flow.gap(styles.title.size);
  for (const line of page.lines) centered(ctx, text(line), styles.titleLine);
  flow.gap(styles.title.size);
  centered(ctx, text(`Version ${page.version}`, { bold: true }), styles.titleLine);
  centered(ctx, text(page.date), styles.titleLine);
  flow.gap(styles.body.size);
  centered(ctx, text(`Prepared by: ${page.preparedBy}`), styles.body);
  if (page.approvals.length > 0) {
    flow.gap(styles.title.size * 1.5);
    // The label is the table's Caption, so assistive technology reads it with the table.
    const caption = { style: { ...styles.heading[3], bold: true }, align: 'center' as const };
    renderTable(ctx, { ...approvalsTable(page.approvals), caption: 'Approvals' }, tags.root, { landscape: false, caption });
  }
}
