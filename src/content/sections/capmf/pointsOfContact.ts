import { z } from 'zod';
import { defineSection } from '../define';
import { email, intro, phone, text } from '../fields';

/** CA-PMF 2.1 Points of Contact: everyone with a responsibility in the implementation. */
export const contact = z.strictObject({
  role: text.describe('Project role, e.g. Project Sponsor, Data Conversion Lead'),
  name: text,
  organization: text.describe('Department and division, or company name'),
  email,
  phones: z.array(phone).min(1, 'list at least one phone number'),
});

export const pointsOfContact = defineSection({
  id: 'pointsOfContact',
  file: 'points-of-contact',
  title: 'Points of Contact',
  schema: z.strictObject({
    intro,
    contacts: z.array(contact).min(1, 'list at least one point of contact'),
  }),
});

export type Contact = z.infer<typeof contact>;

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The contacts a reference names: the one with that name, or everyone holding that role. */
export function contactsFor(ref: string, contacts: readonly Contact[]): Contact[] {
  const byName = contacts.filter((c) => same(c.name, ref));
  return byName.length ? byName : contacts.filter((c) => same(c.role, ref));
}
