import * as z from 'zod';
import { META_FILE, metaSchema, sectionList } from './sections';

/** JSON Schema (draft 2020-12) of every content file, keyed by the schema file name. */
export function jsonSchemas(): Record<string, object> {
  const files: [string, z.ZodType, string][] = [
    [META_FILE, metaSchema, 'Plan metadata and version history'],
    ...sectionList.map((s): [string, z.ZodType, string] => [`${s.file}.yaml`, s.schema, s.title]),
  ];
  return Object.fromEntries(
    files.map(([file, schema, title]) => [
      file.replace(/\.yaml$/, '.schema.json'),
      { ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }), title },
    ]),
  );
}
