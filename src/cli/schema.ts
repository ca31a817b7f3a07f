import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { jsonSchemas } from '../content/jsonSchema';
import { writeFileAtomic } from '../output/atomicWrite';
import { COMMANDS } from './commands';
import type { Output } from './io';

/** Writes one JSON Schema per section file so editors validate and complete while typing. */
export async function schemaCommand(args: string[], io: Output): Promise<number> {
  const { values } = parseArgs({ args, options: COMMANDS.schema.flags });
  await mkdir(values.out, { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    const path = join(values.out, name);
    await writeFileAtomic(path, `${JSON.stringify(schema, null, 2)}\n`);
    io.err(`wrote ${path}`);
  }
  return 0;
}
