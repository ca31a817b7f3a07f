import { knownKeys, knownPeople, personReferences, resolvesToPerson } from '../checks/people';
import type { Plan } from '../content/sections';
import { PLACEHOLDER_TEXT } from './conform';
import type { ImportedFile } from './conformSections';

/**
 * People the document names (owners, key staff, responsible parties) that its Points of Contact table does
 * not list are added to it as placeholder contacts, so `check` asks for their details instead of failing
 * on an unknown person. A document without Points of Contact is left as it is.
 */
export function addReferencedContacts(files: ImportedFile[]): void {
  const contactsFile = files.find((f) => f.draft?.id === 'pointsOfContact');
  if (!contactsFile) return;
  const plan = Object.fromEntries(files.filter((f) => f.draft).map((f) => [f.draft!.id, f.data])) as unknown as Plan;
  const contacts = contactsFile.data.contacts as Record<string, unknown>[];
  const added = new Set<string>();
  const splits: { list: unknown[]; index: number; names: string[] }[] = [];
  for (const { ref, origin, path } of personReferences(plan)) {
    const known = knownKeys(knownPeople(plan));
    // A placeholder the import wrote is flagged by check where it stands, not added as a person.
    if (resolvesToPerson(ref, known) || added.has(ref) || ref === PLACEHOLDER_TEXT) continue;
    // Names a writer ran together when it dropped a cell's line breaks ("Jorge MoralesDenise Washington").
    const names = ref.split(/(?<=\p{Ll})(?=\p{Lu})/u);
    const list = listHolding(plan, origin, path);
    if (names.length > 1 && list && names.every((name) => resolvesToPerson(name, known))) {
      splits.push({ list, index: Number(path.at(-1)), names });
      files.find((f) => f.draft?.id === origin)?.decisions.push({ path: path.join('.'), message: `"${ref}" read as ${names.map((n) => `"${n}"`).join(' and ')}` });
      continue;
    }
    added.add(ref);
    contacts.push({ role: ref, name: 'Name', organization: '[Organization]', email: 'xxxx@xxx.xxxx', phones: [{ number: 'xxx.xxx.xxxx' }] });
    contactsFile.decisions.push({ path: `contacts[${contacts.length - 1}]`, message: `"${ref}" is named in the plan but not listed: added with placeholder details` });
  }
  // Last index first, so the indices of the others still hold.
  for (const { list, index, names } of splits.sort((a, b) => b.index - a.index)) list.splice(index, 1, ...names);
}

/** The list the reference at `path` of a section is an item of; undefined when it is a field of its own. */
function listHolding(plan: Plan, origin: string, path: readonly (string | number)[]): unknown[] | undefined {
  if (typeof path.at(-1) !== 'number') return undefined;
  const parent = path.slice(0, -1).reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined), (plan as Record<string, unknown>)[origin]);
  return Array.isArray(parent) ? parent : undefined;
}
