import * as z from 'zod';
import { defineSection } from '../define';
import { intro, text } from '../fields';
import { inventoryFields } from './inventory';

export const SOFTWARE_ORIGINS = ['COTS', 'custom', 'legacy'] as const;

/** One row of the software inventory: software, databases, operating systems and utilities. */
export const softwareItem = z.strictObject({
  name: inventoryFields.name,
  type: inventoryFields.type,
  version: text.describe('Version and/or release number of the software component'),
  origin: z.enum(SOFTWARE_ORIGINS).describe('COTS (commercial off-the-shelf), custom (developed) or legacy'),
  location: inventoryFields.location,
  owner: inventoryFields.owner,
  maintenance: inventoryFields.maintenance,
  licenses: inventoryFields.licenses,
});

/** CA-PMF 3.1.2 Software: non-hardware components needed to support the implementation. */
export const software = defineSection({
  id: 'software',
  file: 'software',
  title: 'Software',
  schema: z.strictObject({
    intro,
    components: z.array(softwareItem).min(1, 'list at least one software component'),
  }),
});
