import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { sortVersions, VERSION_PATTERN } from './version';

/**
 * Layout of a release archive:
 *
 *   archive/<version>/implementation-management-plan.{docx,pdf,html}
 *   archive/<version>/content/...     the plan folder as released (plan.yaml with its new history entry)
 *   archive/<version>/templates/...   the built-in templates the build used
 *   archive/<version>/manifest.json   version, date, author, summary, tool, SHA-256 of every other file
 */
export const CONTENT_DIR = 'content';
export const TEMPLATES_DIR = 'templates';

/** The released versions in an archive folder, oldest first; a missing archive has none. */
export async function archivedVersions(archiveDir: string): Promise<string[]> {
  const entries = await readdir(archiveDir, { withFileTypes: true }).catch(() => []);
  return sortVersions(entries.filter((e) => e.isDirectory() && VERSION_PATTERN.test(e.name)).map((e) => e.name));
}

export const versionDir = (archiveDir: string, version: string) => join(archiveDir, version);
export const versionContentDir = (archiveDir: string, version: string) => join(archiveDir, version, CONTENT_DIR);
export const versionTemplatesDir = (archiveDir: string, version: string) => join(archiveDir, version, TEMPLATES_DIR);
