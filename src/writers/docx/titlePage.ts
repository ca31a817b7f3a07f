import { AlignmentType, Paragraph, TextRun, type FileChild } from 'docx';
import { approvalsTable, type TitlePage } from '../../render/tree/doctree';
import type { RenderContext } from './context';
import { titleLogoSize } from '../shared/imageSize';
import { hex } from './geometry';
import { imageRun, wholePixels } from './images';
import { STYLE } from './styles';
import { tableBlocks, tableSpacer } from './tables';

const line = (value: string, options: { bold?: boolean; color?: string } = {}) =>
  new Paragraph({ style: STYLE.titlePageText, children: [new TextRun({ text: value, ...options })] });

/** Classification, logo, title, subtitle, identifying lines, version and date, preparer, and the approvals table. */
export function titlePageBlocks(page: TitlePage, ctx: RenderContext): FileChild[] {
  const logo = page.logo ? imageRun(page.logo, wholePixels(titleLogoSize(page.logo, ctx.page.textWidth / 20)), ctx) : undefined;
  return [
    ...(page.classification ? [line(page.classification, { bold: true, color: hex(ctx.theme.colors.accent) })] : []),
    ...(logo ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 480, after: 240 }, children: [logo] })] : []),
    new Paragraph({ style: STYLE.title, text: page.title }),
    ...(page.subtitle ? [new Paragraph({ style: STYLE.subtitle, text: page.subtitle })] : []),
    ...page.lines.map((value) => line(value)),
    new Paragraph({ style: STYLE.titlePageText, spacing: { before: 480 }, children: [new TextRun({ text: `Version ${page.version}`, bold: true })] }),
    line(page.date),
    new Paragraph({ style: STYLE.titlePageText, spacing: { before: 360 }, children: [new TextRun({ text: `Prepared by: ${page.preparedBy}` })] }),
    ...(page.approvals.length > 0
      ? [new Paragraph({ style: STYLE.titlePageLabel, text: 'Approvals' }), ...tableBlocks(approvalsTable(page.approvals), ctx), tableSpacer()]
      : []),
  ];
}
