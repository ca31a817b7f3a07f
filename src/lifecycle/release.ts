import { chmod, mkdir, readFile, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { compareVersions } from '../checks/versionHistory';
import { loadPlan } from '../content/load';
import { META_FILE } from '../content/sections';
import type { SourceFile } from '../content/source';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { assertWritableFolder, removeLeftovers, writeFileAtomic } from '../output/atomicWrite';
import { checkPlan } from '../pipeline/check';
import { BUILT_IN_TEMPLATES } from '../render/builtInTemplates';
import { archivedVersions, CONTENT_DIR, TEMPLATES_DIR, versionContentDir, versionDir } from './archive';
import { buildDocuments } from './documents';
import { diffPlans, type PlanDiff } from './diff';
import { appendVersionEntry } from './history';
import { MANIFEST_FILE, serializeManifest, sha256, type Manifest } from './manifest';
import { exists, listFiles, readPlanFiles, readTemplateFiles, SnapshotRefused, writeFiles, type FileEntry } from './snapshot';
import { nextVersion, type Bump } from './version';

export interface ReleaseRequest {
  planDir: string;
  archiveDir: string;
  bump: Bump;
  summary: string;
  /** Defaults to the plan's preparedBy. */
  author?: string;
  /** Date of the release, YYYY-MM-DD; chosen by the caller (the CLI is the only place that reads the clock). */
  date: string;
  tool: { name: string; version: string };
  /** Told before each long step (snapshot, build of each format). */
  onStep?: (step: string) => void;
  /** Given the changes since the newest archived version (none for a first release) before anything is written. */
  onChanges?: (changes: { previous: string; diff: PlanDiff } | undefined) => void;
  /** Release even when nothing changed since the newest archived version (a version otherwise records a change). */
  allowUnchanged?: boolean;
}

export type ReleaseResult =
  | { ok: true; manifest: Manifest; path: string }
  | { ok: false; stage: 'check' | 'build'; diagnostics: Diagnostic[]; sources: SourceFile[] };

/** A release refused before anything was written (a version that exists, a date before the last one). */
export class ReleaseRefused extends Error {}

/**
 * Releases the next version of a plan: strict check, version-history entry, the three documents built from
 * a snapshot of the edited content, and archive/<version>/ with a manifest of SHA-256 hashes.
 *
 * All or nothing: everything is built in a temporary folder beside the archive and renamed into place in one
 * step; plan.yaml is replaced (atomically) only after that, and the archived version is removed again if
 * that last write fails. Whatever goes wrong, the archive and plan.yaml are left as they were.
 */
export async function release(request: ReleaseRequest): Promise<ReleaseResult> {
  const { planDir, date } = request;
  const archiveDir = resolve(request.archiveDir);
  // A read-only or forbidden archive is found now, before anything is built or the history touched.
  await assertWritableFolder(archiveDir);
  // Folders of releases that were killed while assembling; those of a release running now are kept.
  await removeLeftovers(dirname(archiveDir), `.${basename(archiveDir)}-`, /\.tmp-(\d+)$/);
  await completeInterruptedRelease(planDir, archiveDir);
  const check = await checkPlan(planDir, { strict: true });
  if (!check.ok || !check.plan) {
    return { ok: false, stage: 'check', diagnostics: check.diagnostics, sources: Object.values(check.sources).filter((s): s is SourceFile => s !== undefined) };
  }
  const { meta } = check.plan;
  const last = meta.versions[meta.versions.length - 1];
  const version = nextVersion(last.version, request.bump);
  await refuseConflicts(archiveDir, version, date, last);

  const planFile = join(planDir, META_FILE);
  const planBytes = await readFile(planFile);
  const entry = { version, date, author: request.author ?? meta.preparedBy, summary: request.summary };
  const edited = appendVersionEntry(planBytes.toString('utf8'), entry);

  const released = await archivedVersions(archiveDir);
  const previous = released[released.length - 1];
  if (request.onChanges) {
    const changes = previous === undefined
      ? undefined
      : { previous, diff: diffPlans(await loadPlan(versionContentDir(archiveDir, previous)), await loadPlan(planDir)) };
    request.onChanges(changes);
  }
  // Read once: compared with the last version, then archived (with the edited plan.yaml).
  const content = await readPlanFiles(planDir, [archiveDir]).catch((error: unknown) => {
    throw error instanceof SnapshotRefused ? new ReleaseRefused(`${error.message}; nothing was written`) : error;
  });
  if (previous !== undefined && !request.allowUnchanged && (await sameFiles(content, versionContentDir(archiveDir, previous)))) {
    throw new ReleaseRefused(`nothing in the plan changed since version ${previous}, and a new version records a change; nothing was written (--allow-unchanged releases it anyway)`);
  }

  const temp = join(dirname(archiveDir), `.${basename(archiveDir)}-${version}.tmp-${process.pid}`);
  const archiveExisted = await exists(archiveDir);
  const target = versionDir(archiveDir, version);
  let moved = false;
  try {
    await rm(temp, { recursive: true, force: true });
    const assembled = await assemble(temp, { ...request, content, edited, manifest: { ...entry, tool: request.tool, files: {} } });
    if (!assembled.ok) {
      await rm(temp, { recursive: true, force: true });
      return assembled;
    }
    await mkdir(archiveDir, { recursive: true });
    if (await exists(target)) throw new ReleaseRefused(`version ${version} appeared in ${target} while releasing; nothing was changed`);
    await rename(temp, target);
    moved = true;
    if (!(await readFile(planFile)).equals(planBytes)) throw new ReleaseRefused(`${planFile} changed while releasing; release again`);
    await writeFileAtomic(planFile, edited);
    return { ok: true, manifest: assembled.manifest, path: target };
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    if (moved) await rm(target, { recursive: true, force: true });
    if (!archiveExisted) await rmdir(archiveDir).catch(() => undefined);
    throw error;
  }
}

/**
 * A release killed after its archive folder was renamed into place but before plan.yaml got the new history entry
 * leaves plan.yaml one version behind the archive. The archived snapshot holds the plan.yaml that should be there:
 * when it is exactly the current one with that entry appended, it is written back and the release is complete.
 * The caller is told, and nothing else is done in this run.
 */
async function completeInterruptedRelease(planDir: string, archiveDir: string): Promise<void> {
  const newest = (await archivedVersions(archiveDir)).at(-1);
  if (newest === undefined) return;
  const planFile = join(planDir, META_FILE);
  const [current, archived, manifestText] = await Promise.all([
    readFile(planFile, 'utf8').catch(() => undefined),
    readFile(join(versionContentDir(archiveDir, newest), META_FILE), 'utf8').catch(() => undefined),
    readFile(join(versionDir(archiveDir, newest), MANIFEST_FILE), 'utf8').catch(() => undefined),
  ]);
  if (current === undefined || archived === undefined || manifestText === undefined || current === archived) return;
  let completed: string | undefined;
  try {
    const { version, date, author, summary } = JSON.parse(manifestText) as Manifest;
    completed = appendVersionEntry(current, { version, date, author, summary });
  } catch {
    return;
  }
  if (completed !== archived) return;
  await writeFileAtomic(planFile, archived);
  throw new ReleaseRefused(
    `the release of version ${newest} was interrupted after archiving it: plan.yaml now has its version-history entry, from ${join(versionContentDir(archiveDir, newest), META_FILE)}; nothing else was done, so run the release again for a new version`,
  );
}

/** Whether `files` are, byte for byte, the ones in `dir` (an archived content snapshot: images and theme included). */
async function sameFiles(files: readonly FileEntry[], dir: string): Promise<boolean> {
  const archived = await readPlanFiles(dir);
  return files.length === archived.length && files.every((file, i) => file.path === archived[i].path && Buffer.from(file.bytes).equals(Buffer.from(archived[i].bytes)));
}

/**
 * Fills the temporary folder with everything archive/<version>/ holds: the content snapshot (with the edited
 * plan.yaml), the built-in templates, the documents built from exactly those two, and the manifest; then
 * makes the files read-only.
 */
async function assemble(
  temp: string,
  options: Pick<ReleaseRequest, 'date' | 'onStep'> & { content: readonly FileEntry[]; edited: string; manifest: Manifest },
): Promise<{ ok: true; manifest: Manifest } | Extract<ReleaseResult, { ok: false }>> {
  options.onStep?.('copying content and templates');
  const content = options.content.map((f) => (f.path === META_FILE ? { path: f.path, bytes: new TextEncoder().encode(options.edited) } : f));
  await writeFiles(join(temp, CONTENT_DIR), content);
  await writeFiles(temp, await readTemplateFiles(BUILT_IN_TEMPLATES));

  const built = await buildDocuments(join(temp, CONTENT_DIR), {
    builtInTemplates: join(temp, TEMPLATES_DIR),
    date: options.date,
    strict: true,
    onStep: options.onStep,
  });
  if (!built.ok) return { ok: false, stage: 'build', diagnostics: built.diagnostics, sources: built.sources };
  await writeFiles(temp, built.files);

  options.onStep?.('hashing');
  const manifest: Manifest = { ...options.manifest, files: await hashFiles(temp) };
  await writeFiles(temp, [{ path: MANIFEST_FILE, bytes: new TextEncoder().encode(serializeManifest(manifest)) }]);
  await makeReadOnly(temp);
  return { ok: true, manifest };
}

async function refuseConflicts(archiveDir: string, version: string, date: string, last: { version: string; date: string }): Promise<void> {
  if (date < last.date) {
    throw new ReleaseRefused(`the release date ${date} is before the date of version ${last.version} (${last.date}); give a later --date`);
  }
  if (await exists(versionDir(archiveDir, version))) {
    throw new ReleaseRefused(`version ${version} is already released (${versionDir(archiveDir, version)}); a released version is never overwritten`);
  }
  const newer = (await archivedVersions(archiveDir)).filter((v) => compareVersions(v, version) > 0);
  if (newer.length) {
    throw new ReleaseRefused(
      `the archive already holds version ${newer[newer.length - 1]}, after ${version}: plan.yaml's history (last ${last.version}) is behind the archive`,
    );
  }
}

/** SHA-256 of every file under `root`, by relative path. */
export async function hashFiles(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const path of await listFiles(root)) files[path] = sha256(await readFile(join(root, ...path.split('/'))));
  return files;
}

/** Archived files are read-only: a guard against editing a released version by accident. */
async function makeReadOnly(root: string): Promise<void> {
  for (const path of await listFiles(root)) await chmod(join(root, ...path.split('/')), 0o444);
}

