import { sectionById, sectionList } from '../content/sections';
import type { ImportedFile } from './conformSections';

/** IMPORT.md: what went where, what was kept as prose, and what needs a decision, section by section. */
export function importReport(files: ImportedFile[], unmatched: string[], source: string, reader: string): string {
  const sections = files.filter((f) => f.draft);
  const decisions = files.flatMap((f) => f.decisions.map((d) => `- \`${f.file}\` ${d.path ? `\`${d.path}\`` : ''}: ${d.message}`));
  const out = [
    '# Import report',
    '',
    `Imported from \`${source}\` (${reader}) into ${sections.length} section files and plan.yaml. Run \`plansmith check\` on this folder: it lists every placeholder left to fill as a warning.`,
    '',
    '## What needs a decision',
    '',
    ...(decisions.length ? decisions : ['Nothing.']),
    '',
    '## Sections',
  ];
  for (const file of sections) {
    const draft = file.draft!;
    out.push('', `### ${sectionById(draft.id)?.title} -> \`${file.file}\``, '', `From the heading${draft.headings.length > 1 ? 's' : ''} ${draft.headings.map((h) => `"${h}"`).join(', ')}.`);
    const placed = draft.placed.map((p) => `- ${p.from} -> ${p.to ? `\`${p.to}\`` : 'no field (kept as text)'}`);
    if (placed.length) out.push('', 'Placed:', '', ...placed);
    if (draft.notes.length) out.push('', 'Converted:', '', ...draft.notes.map((n) => `- ${n}`));
    if (draft.kept.length) {
      out.push('', file.keptIn ? `Left as prose in \`${file.keptIn}\`:` : 'Kept as comments at the top of the file:', '', ...draft.kept.flatMap((k) => k.split('\n').map((l) => `> ${l}`)));
    }
  }
  if (unmatched.length) out.push('', '## Headings that name no section', '', `${unmatched.map((h) => `"${h}"`).join(', ')}: the text under them went to the next section.`);
  const plan = files.find((f) => !f.draft);
  if (plan?.comment) out.push('', '## Text before the first section', '', 'Kept as comments at the top of `plan.yaml`:', '', ...plan.comment.split('\n').map((l) => `> ${l}`));
  const present = new Set(sections.map((f) => f.draft!.id));
  const missing = sectionList.filter((s) => !present.has(s.id as never));
  if (missing.length) out.push('', '## Sections the document does not have', '', missing.map((s) => s.title).join(', ') + '.', 'Add them with `plansmith init` into another folder and copy the files you need.');
  return `${out.join('\n')}\n`;
}
