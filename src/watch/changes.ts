/**
 * What a changed path in the plan folder means for the next build. Paths are relative to the plan folder,
 * with `/` separators; `undefined` stands for a change the file system did not name.
 */
export type ChangeKind =
  /** A top-level YAML or Markdown file: a section, plan.yaml or an unknown file the load reports. */
  | 'content'
  /** The plan's own templates or theme: the template set is read again. */
  | 'templates'
  /** Anything else (images, files an image path may point at): images are read again. */
  | 'other'
  /** A change the file system did not name: everything is read again. */
  | 'unknown';

const CONTENT_FILE = /^[^/]+\.(ya?ml|md)$/;

export function classifyChange(path: string | undefined): ChangeKind {
  if (path === undefined) return 'unknown';
  if (path === 'theme.yaml' || path === 'templates' || path.startsWith('templates/')) return 'templates';
  return CONTENT_FILE.test(path) ? 'content' : 'other';
}

/**
 * Editors' swap, backup and lock files, which come and go on every save without being part of the plan:
 * vim (`.x.swp`, `x~`, `4913`), emacs (`#x#`, `.#x`), JetBrains (`x___jb_tmp___`), and any dotfile, which
 * also covers `.git` and the temporaries of our own atomic writes.
 */
function isEditorNoise(segment: string): boolean {
  return segment.startsWith('.') || segment.endsWith('~') || /^#.*#$/.test(segment) || segment === '4913' || /___jb_(tmp|old)___$/.test(segment);
}

/** Folders of the plan folder whose changes never affect the document. */
export const IGNORED_FOLDERS = ['out', 'archive', 'node_modules'];

/**
 * Whether a change can be ignored: editor noise anywhere in the path, or a path inside an ignored folder
 * (given relative to the plan folder, e.g. the output folder when it lies inside the plan folder).
 */
export function isIgnoredChange(path: string | undefined, ignoredFolders: readonly string[] = IGNORED_FOLDERS): boolean {
  if (path === undefined) return false;
  if (path.split('/').some(isEditorNoise)) return true;
  return ignoredFolders.some((folder) => path === folder || path.startsWith(`${folder}/`));
}
