import * as z from 'zod';
import { defineSection } from '../define';
import { intro, text } from '../fields';
import { inventoryFields } from './inventory';

/** One row of the hardware inventory: equipment used to install, test and run the system. */
export const hardwareItem = z.strictObject({
  name: inventoryFields.name,
  type: inventoryFields.type,
  model: text.describe('Model and/or version number of the hardware component'),
  location: inventoryFields.location,
  owner: inventoryFields.owner,
  maintenance: inventoryFields.maintenance,
  licenses: inventoryFields.licenses,
});

/** CA-PMF 3.1.1 Hardware: support equipment, including network and data communication needs. */
export const hardware = defineSection({
  id: 'hardware',
  file: 'hardware',
  title: 'Hardware',
  schema: z.strictObject({
    intro,
    components: z.array(hardwareItem).min(1, 'list at least one hardware component'),
  }),
});
