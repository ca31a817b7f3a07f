import * as z from 'zod';
import { email, isoDate, personRef, phone, text } from '../fields';

/** Who to call about a maintenance contract (a vendor contact, usually not in Points of Contact). */
export const maintenanceContact = z.strictObject({
  name: text,
  organization: text.optional(),
  phone: phone.shape.number,
  email: email.optional(),
});

/** A maintenance contract; omitted when the component has none. */
export const maintenanceContract = z.strictObject({
  contract: text.describe('Maintenance contract number, e.g. "DCO-IT-2026-0418"'),
  contact: maintenanceContact.describe('Contact point for the maintenance contract'),
  coverage: text.describe('Maintenance type / level of coverage, e.g. "24x7, 4-hour on-site response"'),
  expires: isoDate.describe('Date the maintenance period expires'),
});

export const licenseCount = z.strictObject({
  count: z.int().positive().describe('Number of licenses required'),
  type: text.describe('Kind of license, e.g. "named user", "core", "site"'),
});

/** A licence line: `{ count: 25, type: named user }`, or free text when the plan words it otherwise ("Enterprise agreement, unlimited"). */
export const license = z.union([licenseCount, text], {
  // A mapping is explained by its own fields (validate.ts); anything else gets the two forms.
  error: (issue) =>
    issue.input !== null && typeof issue.input === 'object' && !Array.isArray(issue.input)
      ? undefined
      : 'expected { count, type } such as { count: 25, type: named user }, or the licence as text',
});

/**
 * Fields the hardware and software inventories share (CA-PMF 3.1.1 and 3.1.2 list the same ten fields,
 * with "Model/Version" named per kind).
 */
export const inventoryFields = {
  name: text.describe('Name or identifier of the component (the "Name / ID" column)'),
  type: text.describe('Type of component, e.g. server, router, browser, RDBMS'),
  location: text.describe('Physical location where the component is installed'),
  owner: personRef.describe('Designated owner: name or role of someone listed in Points of Contact'),
  maintenance: maintenanceContract.optional().describe('Maintenance contract, if one exists'),
  licenses: z.array(license).default([]).describe('Licenses required, each { count, type } or free text; empty means none'),
};

export type License = z.infer<typeof license>;
