import type { SourceFile } from '../content/source';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic';
import { loadPlan } from '../content/load';
import { checkPlanFolder } from '../pipeline/check';
import { keepingLoaders } from '../pipeline/loaders';
import { renderPlan } from '../pipeline/build';
import { FORMATS, type Format } from '../writers';
import { produceFormats } from '../writers/produceFormats';
import type { FileEntry } from './snapshot';

/** Base name of the released documents, the same for every plan so archives line up. */
export const DOCUMENT_NAME = 'implementation-management-plan';

export const documentFile = (format: Format) => `${DOCUMENT_NAME}.${format}`;
export const DOCUMENT_FILES: readonly string[] = FORMATS.map(documentFile);

export interface DocumentsOptions {
  /** Built-in templates folder to use instead of the installed one (an archived snapshot). */
  builtInTemplates?: string;
  /** Date written into the documents' metadata. */
  date: string;
  /** Warnings stop the build, as `check --strict` does. */
  strict?: boolean;
  /** Told before each long step, e.g. "building pdf". */
  onStep?: (step: string) => void;
}

export interface BuiltDocuments {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Files read, for code frames in diagnostics. */
  sources: SourceFile[];
  /** The three documents, named `implementation-management-plan.<format>`, in FORMATS order. */
  files: FileEntry[];
}

/**
 * The release documents of a plan folder, in memory: DOCX, PDF/A-2b and HTML. The same function builds a
 * release and rebuilds it in `verify`, so both take the same path through the pipeline.
 */
export async function buildDocuments(contentDir: string, options: DocumentsOptions): Promise<BuiltDocuments> {
  options.onStep?.('checking content');
  // Check and render read the same templates and images: read once.
  const loaders = keepingLoaders();
  const check = await checkPlanFolder(contentDir, await loadPlan(contentDir), { strict: options.strict, builtInTemplates: options.builtInTemplates }, loaders);
  const contentSources = [...Object.values(check.sources), ...(check.otherSources ?? [])].filter((s): s is SourceFile => s !== undefined);
  if (!check.ok || !check.plan) return { ok: false, diagnostics: check.diagnostics, sources: contentSources, files: [] };

  options.onStep?.('rendering templates');
  const rendered = await renderPlan(contentDir, check.plan, { builtInTemplates: options.builtInTemplates, date: options.date, loaders, derived: check.derived });
  const diagnostics = sortDiagnostics([...check.diagnostics, ...rendered.diagnostics]);
  const sources = [...contentSources, ...rendered.sources];
  if (!rendered.tree || !rendered.theme || hasErrors(diagnostics)) return { ok: false, diagnostics, sources, files: [] };

  // The path a build takes (formats on worker threads where cores are spare); the PDF is the archival copy: PDF/A-2b.
  const outputs = await produceFormats(rendered.tree, rendered.theme, FORMATS, { writer: { pdfa: true }, onFormat: (format) => options.onStep?.(`building ${format}`) });
  return { ok: true, diagnostics, sources, files: outputs.map(({ format, bytes }) => ({ path: documentFile(format), bytes })) };
}
