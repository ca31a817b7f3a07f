import type { DocTree, Heading } from '../../render/tree/doctree';

/** Word keeps bookmark names of letters, digits and underscores, starting with a letter, at most 40 long. */
const MAX_BOOKMARK_LENGTH = 40;

function wordSafe(id: string): string {
  const cleaned = id.replace(/[^A-Za-z0-9_]/g, '_');
  const lettered = /^[A-Za-z]/.test(cleaned) ? cleaned : `h_${cleaned}`;
  return lettered.slice(0, MAX_BOOKMARK_LENGTH);
}

/**
 * Bookmark name of every heading, by heading id. Names are made Word-safe; when two ids would clash after that, the
 * later one gets a numeric suffix, assigned in document order so the same tree always gets the same names.
 */
export function headingBookmarks(tree: DocTree): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  const headings = tree.blocks.filter((b): b is Heading => b.type === 'heading');
  for (const heading of headings) {
    if (names.has(heading.id)) continue;
    const base = wordSafe(heading.id);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = `_${n}`;
      name = base.slice(0, MAX_BOOKMARK_LENGTH - suffix.length) + suffix;
    }
    taken.add(name.toLowerCase());
    names.set(heading.id, name);
  }
  return names;
}
