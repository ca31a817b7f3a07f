/** plansmith's library API: the CLI is a thin wrapper around these. */
import './content/zodConfig';
export { checkPlan, checkLoaded, type CheckResult } from './pipeline/check';
export { buildPlan, renderPlan, type BuildOptions, type BuildResult, type RenderResult } from './pipeline/build';
export { loadPlan, parsePlanFiles, type LoadedPlan } from './content/load';
export { sections, type Plan, type SectionId } from './content/sections';
export { crossChecks } from './checks';
export { writers, FORMATS, type Format } from './writers';
export type { Diagnostic, Severity } from './diagnostics/diagnostic';
export { formatDiagnostic } from './diagnostics/format';
export type { DocTree, Block, Inline } from './render/tree/doctree';
export { themeSchema, type Theme } from './render/templates/theme';
export { startWatch } from './watch';
export { computeSchedule } from './derive/compute';
