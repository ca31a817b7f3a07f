import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { SourceFile } from '../content/source';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { archivedVersions, CONTENT_DIR, TEMPLATES_DIR, versionContentDir, versionDir, versionTemplatesDir } from './archive';
import { buildDocuments, DOCUMENT_FILES } from './documents';
import { MANIFEST_FILE, parseManifest, sha256, type Manifest } from './manifest';
import { listFiles } from './snapshot';

export interface RebuildResult {
  status: 'reproduced' | 'differs' | 'failed' | 'skipped';
  /** Documents whose rebuilt bytes differ from the archived ones. */
  differing: string[];
  /** Why the rebuild was skipped or failed. */
  reason?: string;
  diagnostics: Diagnostic[];
  sources: SourceFile[];
}

export interface VersionReport {
  version: string;
  manifest?: Manifest;
  /** manifest.json is missing or unreadable; nothing else can be trusted. */
  manifestError?: string;
  /** Listed in the manifest, not in the folder. */
  missing: string[];
  /** In the folder with other bytes than the manifest records. */
  altered: string[];
  /** In the folder, not listed in the manifest. */
  extra: string[];
  /** Set when the archive was built by another plansmith version than the one installed. */
  toolMismatch?: { archived: string; installed: string };
  rebuild: RebuildResult;
  ok: boolean;
}

export interface VerifyOptions {
  installedVersion: string;
  /** false: check the hashes only, without rebuilding (quick, but proves nothing about reproducibility). */
  rebuild?: boolean;
  onStep?: (step: string) => void;
}

/**
 * Verifies every released version of an archive folder (or one version folder): hashes first, then a rebuild
 * from the archived content and templates compared byte for byte with the archived documents.
 */
export async function verifyArchive(path: string, options: VerifyOptions): Promise<VersionReport[]> {
  if (await isVersionFolder(path)) return [await verifyVersion(dirname(path), basename(path), options)];
  const reports: VersionReport[] = [];
  for (const version of await archivedVersions(path)) reports.push(await verifyVersion(path, version, options));
  return reports;
}

async function isVersionFolder(path: string): Promise<boolean> {
  return (await readFile(join(path, MANIFEST_FILE)).catch(() => undefined)) !== undefined;
}

export async function verifyVersion(archiveDir: string, version: string, options: VerifyOptions): Promise<VersionReport> {
  const folder = versionDir(archiveDir, version);
  const text = await readFile(join(folder, MANIFEST_FILE), 'utf8').catch(() => undefined);
  const { manifest, error } = text === undefined ? { manifest: undefined, error: 'manifest.json is missing' } : parseManifest(text);
  if (!manifest) {
    const skipped: RebuildResult = { status: 'skipped', differing: [], reason: 'no usable manifest', diagnostics: [], sources: [] };
    return { version, manifestError: error, missing: [], altered: [], extra: [], rebuild: skipped, ok: false };
  }

  options.onStep?.(`${version}: hashing`);
  const present = (await listFiles(folder)).filter((p) => p !== MANIFEST_FILE);
  const recorded = Object.keys(manifest.files);
  const missing = recorded.filter((p) => !present.includes(p));
  const extra = present.filter((p) => !Object.hasOwn(manifest.files, p));
  const altered: string[] = [];
  for (const path of recorded.filter((p) => present.includes(p))) {
    if (sha256(await readFile(join(folder, ...path.split('/')))) !== manifest.files[path]) altered.push(path);
  }
  const toolMismatch = manifest.tool.version !== options.installedVersion ? { archived: manifest.tool.version, installed: options.installedVersion } : undefined;
  if (manifest.version !== version) altered.push(`${MANIFEST_FILE} (records version ${manifest.version}, folder is ${version})`);

  const snapshotIntact = [...missing, ...altered].every((p) => !p.startsWith(`${CONTENT_DIR}/`) && !p.startsWith(`${TEMPLATES_DIR}/`));
  const skip = (reason: string): RebuildResult => ({ status: 'skipped', differing: [], reason, diagnostics: [], sources: [] });
  const rebuild =
    options.rebuild === false
      ? skip('only the hashes were checked (--hashes-only)')
      : snapshotIntact
        ? await rebuildVersion(archiveDir, version, manifest, options)
        : skip('its content or templates snapshot does not match the manifest');

  // A different plansmith may lay out documents differently, so only the hashes decide then.
  const rebuildOk = rebuild.status === 'reproduced' || toolMismatch !== undefined || options.rebuild === false;
  const ok = missing.length === 0 && altered.length === 0 && extra.length === 0 && rebuildOk;
  return { version, manifest, missing, altered, extra, toolMismatch, rebuild, ok };
}

async function rebuildVersion(archiveDir: string, version: string, manifest: Manifest, options: VerifyOptions): Promise<RebuildResult> {
  const built = await buildDocuments(versionContentDir(archiveDir, version), {
    builtInTemplates: versionTemplatesDir(archiveDir, version),
    date: manifest.date,
    onStep: (step) => options.onStep?.(`${version}: rebuild, ${step}`),
  });
  if (!built.ok) return { status: 'failed', differing: [], reason: 'the archived content no longer builds', diagnostics: built.diagnostics, sources: built.sources };
  const differing: string[] = [];
  for (const file of built.files) {
    const archived = await readFile(join(versionDir(archiveDir, version), file.path)).catch(() => undefined);
    if (!archived || !archived.equals(file.bytes)) differing.push(file.path);
  }
  const unbuilt = DOCUMENT_FILES.filter((name) => !built.files.some((f) => f.path === name));
  return { status: differing.length || unbuilt.length ? 'differs' : 'reproduced', differing: [...differing, ...unbuilt], diagnostics: [], sources: [] };
}
