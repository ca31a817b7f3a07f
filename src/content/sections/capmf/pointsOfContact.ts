import * as z from 'zod';
import { defineSection } from '../define';
import { nameKey } from '../../names';
import { email, intro, phone, text } from '../fields';

/** CA-PMF 2.1 Points of Contact: everyone with a responsibility in the implementation. */
export const contact = z.strictObject({
  role: text.describe('Project role, e.g. Project Sponsor, Data Conversion Lead'),
  name: text,
  organization: text.describe('Department and division, or company name'),
  email,
  phones: z.array(phone).min(1, 'list at least one phone number'),
});

/**
 * An organisation that may be named where an owner or responsible party is asked for (a division, a vendor):
 * CA-PMF asks for the "designated owner" of hardware, software and materials, which is often not one person.
 * The organisations of the contacts count as well, without being listed here.
 */
export const organization = z.strictObject({
  name: text.describe('Name of the organisation as the plan writes it, e.g. "Field Services Division" or a vendor'),
  role: text.optional().describe('Its part in the implementation, e.g. "Hardware vendor"'),
});

export const pointsOfContact = defineSection({
  id: 'pointsOfContact',
  file: 'points-of-contact',
  title: 'Points of Contact',
  schema: z.strictObject({
    intro,
    contacts: z.array(contact).min(1, 'list at least one point of contact'),
    organizations: z
      .array(organization)
      .default([])
      .describe('Organisations (divisions, vendors) that may own items or be responsible, besides those of the contacts'),
  }),
});

export type Contact = z.infer<typeof contact>;
export type Organization = z.infer<typeof organization>;

/** The points of contact indexed by name and by role, so that every person reference is found without a scan. */
export interface ContactIndex {
  byName: Map<string, Contact[]>;
  byRole: Map<string, Contact[]>;
}

export function indexContacts(contacts: readonly Contact[]): ContactIndex {
  const index: ContactIndex = { byName: new Map(), byRole: new Map() };
  const add = (map: Map<string, Contact[]>, key: string, contact: Contact) => {
    const list = map.get(key);
    if (list) list.push(contact);
    else map.set(key, [contact]);
  };
  for (const contact of contacts) {
    add(index.byName, nameKey(contact.name), contact);
    add(index.byRole, nameKey(contact.role), contact);
  }
  return index;
}

/** The contacts a reference names: the one with that name, or everyone holding that role. */
export function contactsFor(ref: string, index: ContactIndex): readonly Contact[] {
  const key = nameKey(ref);
  return index.byName.get(key) ?? index.byRole.get(key) ?? [];
}
