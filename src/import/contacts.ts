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
  for (const { ref } of personReferences(plan)) {
    const known = knownKeys(knownPeople(plan));
    // A placeholder the import wrote is flagged by check where it stands, not added as a person.
    if (resolvesToPerson(ref, known) || added.has(ref) || ref === PLACEHOLDER_TEXT) continue;
    added.add(ref);
    contacts.push({ role: ref, name: 'Name', organization: '[Organization]', email: 'xxxx@xxx.xxxx', phones: [{ number: 'xxx.xxx.xxxx' }] });
    contactsFile.decisions.push({ path: `contacts[${contacts.length - 1}]`, message: `"${ref}" is named in the plan but not listed: added with placeholder details` });
  }
}
