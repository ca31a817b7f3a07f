import { describe, expect, it } from 'vitest';
import { contactsFor, indexContacts, type Contact } from '../../../../src/content/sections/capmf/pointsOfContact';

const contact = (name: string, role: string): Contact => ({ name, role, organization: 'DPS', email: 'a@b.example', phones: [{ label: 'desk', number: '916-555-1000' }] });

describe('contactsFor over indexContacts', () => {
  const contacts = [contact('Priya García', 'Project Manager'), contact('Ben Brooks', 'Site Coordinator'), contact('Ana Ruiz', 'Site Coordinator')];

  it('finds the contact of that name, compared as people type names (case, spacing, composition)', () => {
    expect(contactsFor('priya  garci\u0301a', indexContacts(contacts)).map((c) => c.name)).toEqual(['Priya García']);
  });

  it('finds everyone holding a role, in list order, also by its plural', () => {
    expect(contactsFor('Site Coordinators', indexContacts(contacts)).map((c) => c.name)).toEqual(['Ben Brooks', 'Ana Ruiz']);
  });

  it('prefers a name over a role of the same words', () => {
    const list = [contact('Site Coordinator', 'Volunteer'), ...contacts];
    expect(contactsFor('Site Coordinator', indexContacts(list)).map((c) => c.role)).toEqual(['Volunteer']);
  });

  it('finds nobody for a reference naming no one', () => {
    expect(contactsFor('Nobody', indexContacts(contacts))).toEqual([]);
  });
});
