import { jsonSchemas } from '../content/jsonSchema';
import { META_FILE, sectionById } from '../content/sections';
import { applyParts } from './applyParts';
import { addReferencedContacts } from './contacts';
import { conform, type Decision, type JsonSchema } from './conform';
import type { Holiday } from './finish';
import type { MappedDocument, SectionDraft } from './map';
import { blocksToMarkdown } from './outline';
import { PLAN_RECIPE } from './recipes';
import { sectionUnits, unitsToBlocks } from './units';
import type { ValueContext } from './values';

/** One content file as the import writes it. */
export interface ImportedFile {
  file: string;
  /** The schema file it is written against (the `$schema` line). */
  schema: string;
  data: Record<string, unknown>;
  /** Comment lines written above the data: text kept that belongs to no field. */
  comment?: string;
  draft?: SectionDraft;
  decisions: Decision[];
  /** The field text without a place was appended to, when there was such text. */
  keptIn?: string;
}

export interface ImportOptions extends ValueContext {
  /** Day of the import: the date of the first version-history entry. */
  date: string;
  /** Name of the imported file, for the version summary. */
  source: string;
}

/** Every draft as a file of the schema's types, plus plan.yaml; text without a field goes into a prose field. */
export function conformSections(mapped: MappedDocument & { holidays?: Holiday[]; start?: string }, options: ImportOptions): ImportedFile[] {
  const schemas = jsonSchemas() as Record<string, JsonSchema>;
  const files = mapped.sections.map((draft) => {
    const definition = sectionById(draft.id)!;
    const schemaFile = `${definition.file}.schema.json`;
    const schema = schemas[schemaFile];
    const keptIn = draft.kept.length ? (schema.properties?.intro ? 'intro' : (definition.markdownField ?? undefined)) : undefined;
    const data = { ...draft.data };
    if (keptIn) data[keptIn] = [data[keptIn], ...draft.kept].filter((t) => typeof t === 'string' && t.trim()).join('\n\n');
    const decisions: Decision[] = [];
    const conformed = conform(data, schema, { ...options, decide: (path, message) => decisions.push({ path, message }) }) as Record<string, unknown>;
    return { file: `${definition.file}.yaml`, schema: schemaFile, data: conformed, draft, decisions, keptIn, comment: keptIn ? undefined : draft.kept.join('\n\n') || undefined };
  });
  addReferencedContacts(files);
  return [planFile(mapped, options, schemas), ...files];
}

/**
 * plan.yaml: the document's title, what its title page gives (version history, approvals, "Prepared by"), the
 * import as version 0.1 when it has no history, and placeholders for the rest of the title page.
 */
function planFile(mapped: MappedDocument & { holidays?: Holiday[]; start?: string }, options: ImportOptions, schemas: Record<string, JsonSchema>): ImportedFile {
  const schema = schemas['plan.schema.json'];
  const found: Record<string, unknown> = {};
  const notes: string[] = [];
  const units = sectionUnits([{ title: '', level: 0, blocks: mapped.preface, children: [] }]);
  applyParts(PLAN_RECIPE, units, found, { ...options, placed: () => {}, note: (n) => notes.push(n), keep: () => {} }, 'title page');
  const data = {
    ...(mapped.title ? { title: mapped.title } : {}),
    system: { name: '[System Name]' },
    department: '[Department Name]',
    project: '[Project Name]',
    preparedBy: 'Name',
    versions: [{ version: '0.1', date: options.date, author: 'Name', summary: `Imported from ${options.source} by plansmith import.` }],
    calendar: { start: mapped.start ?? options.weekOne, ...(mapped.holidays?.length ? { holidays: mapped.holidays } : {}) },
    ...found,
  };
  const kept = blocksToMarkdown(unitsToBlocks(units.filter((u) => !u.used)));
  const decisions: Decision[] = [];
  const conformed = conform(data, schema, { ...options, decide: (path, message) => decisions.push({ path, message }) }) as Record<string, unknown>;
  decisions.push({
    path: 'calendar.start',
    message: mapped.start
      ? `the implementation is taken to start on ${mapped.start}, the first phase's start date in the document: change it by hand if work starts earlier`
      : `the implementation (and week 1, where the document counts weeks) is taken to start on ${options.weekOne}: change it with --start or by hand`,
  });
  const unread = ['system', 'department', 'project'].filter((key) => found[key] === undefined);
  if (unread.length) decisions.push({ path: unread.join(', '), message: 'not on the title page as plansmith reads it: fill in the placeholders from the text kept at the top of plan.yaml' });
  decisions.push(...notes.map((message) => ({ path: '', message })));
  return { file: META_FILE, schema: 'plan.schema.json', data: conformed, comment: kept || undefined, decisions };
}
