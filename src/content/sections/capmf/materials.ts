import * as z from 'zod';
import { defineSection } from '../define';
import { intro, personRef, text } from '../fields';

/** One consumable or other material needed to support the system. */
export const material = z.strictObject({
  item: text,
  identification: text.describe('Manufacturer, part number or other identification'),
  version: text.optional().describe('Version or release number; omit when not applicable (shown as N/A)'),
  owner: personRef.describe('Designated owner: name or role of someone listed in Points of Contact'),
});

/** CA-PMF 3.1.4 Materials: consumables, supplies and other materials. */
export const materials = defineSection({
  id: 'materials',
  file: 'materials',
  title: 'Materials',
  schema: z.strictObject({
    intro,
    materials: z.array(material).min(1, 'list at least one material'),
  }),
});
