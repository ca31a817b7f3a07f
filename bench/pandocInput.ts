import { writeFile } from 'node:fs/promises';
import { formatDiagnostic } from '../src/diagnostics/format';
import { checkPlan } from '../src/pipeline/check';
import { renderPlanMarkdown, toMarkdownDocument } from '../src/render/document';
import { loadTemplateSet } from '../src/render/templateSet';

/**
 * The contender's input: the Markdown plansmith's own templates produce for the plan, so pandoc renders the
 * same text. The plan must pass `check --strict`, or the benchmark would measure an invalid plan.
 */
export async function writePandocInput(planDir: string, markdownPath: string): Promise<{ title: string; bytes: number }> {
  const checked = await checkPlan(planDir, { strict: true });
  if (!checked.ok || !checked.plan) {
    const shown = checked.diagnostics.slice(0, 10).map((d) => formatDiagnostic(d, new Map())).join('\n');
    throw new Error(`the generated plan in ${planDir} does not pass check --strict:\n${shown}`);
  }
  const { set, diagnostics } = await loadTemplateSet(planDir);
  if (!set) throw new Error(`templates failed to load: ${diagnostics.map((d) => d.message).join('; ')}`);
  const { rendered } = renderPlanMarkdown(checked.plan, set);
  const markdown = toMarkdownDocument(rendered);
  await writeFile(markdownPath, markdown);
  return { title: checked.plan.meta.title, bytes: Buffer.byteLength(markdown) };
}
