import * as z from 'zod';
import { defineSection } from '../define';
import { id, intro, planDate, markdown, personRef, phone, text } from '../fields';

/** The site's contact point: a person from Points of Contact and the number to reach them on site. */
export const siteContact = z.strictObject({
  person: personRef,
  phone: phone.shape.number.describe('Phone number for the location contact, e.g. "916-555-0113"'),
});

/** A visit made before implementation to prepare the site. */
export const siteVisit = z.strictObject({
  date: planDate,
  purpose: text,
});

/** Either prose or a checklist, one item per line. */
const proseOrList = z.union([markdown, z.array(text).min(1, 'list at least one item')], {
  error: 'expected Markdown text or a list of items',
});

/** Requirements and procedures of one implementation site. */
export const site = z.strictObject({
  id: id.describe('Short site id used elsewhere in the plan, e.g. "SAC-HQ"'),
  name: text.describe('Location name'),
  address: text,
  contact: siteContact.describe('Location contact point'),
  goLive: planDate.optional().describe('Date the site goes live; gives the order in which sites are implemented'),
  goLiveTask: id
    .optional()
    .describe('Id of the scheduled task that takes the site live: the go-live date is checked to be on or after its finish'),
  visits: z.array(siteVisit).default([]).describe('Preliminary site visits needed to prepare site operations'),
  preparation: proseOrList.describe(
    'Site preparation specification: space, cabling, power, environment, access, secure space, parking, tools, escorts, keys; prose or a list',
  ),
  readiness: proseOrList.describe('How the site is verified and documented as ready for implementation; prose or a list'),
});

/** CA-PMF 4 Implementation Requirements by Site. */
export const sites = defineSection({
  id: 'sites',
  file: 'sites',
  title: 'Implementation Requirements by Site',
  schema: z.strictObject({
    intro,
    sites: z.array(site).min(1, 'describe at least one site'),
  }),
});

export type Site = z.infer<typeof site>;
