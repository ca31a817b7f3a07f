import * as z from 'zod';
import { defineSection } from '../define';
import { image, intro, markdown, text } from '../fields';

/** Hardware of a layer, as the template's minimum fields ask. */
export const layerHardware = z.strictObject({
  manufacturer: text,
  type: text.describe('Kind of component, e.g. server, tablet, peripheral'),
  model: text.describe('Model number of the component'),
  configuration: z
    .array(text)
    .min(1, 'describe the configuration (processors, memory, storage)')
    .describe('Configuration lines such as processors, memory and storage; one table line each'),
});

export const CLOUD_SERVICE_TYPES = ['IaaS', 'PaaS', 'SaaS'] as const;

/** Full names of the service types, for tables and the glossary. */
export const CLOUD_SERVICE_TYPE_NAMES: Record<(typeof CLOUD_SERVICE_TYPES)[number], string> = {
  IaaS: 'Infrastructure as a Service',
  PaaS: 'Platform as a Service',
  SaaS: 'Software as a Service',
};

/** A cloud service used in place of hardware whose details the provider does not disclose. */
export const cloudService = z.strictObject({
  provider: text.describe('Name of the cloud service provider'),
  serviceType: z.enum(CLOUD_SERVICE_TYPES).describe('IaaS, PaaS or SaaS'),
  description: markdown.describe('What the service provides to this layer'),
});

export const layerSoftware = z.strictObject({
  publisher: text,
  title: text,
  function: text.describe('What the component does, e.g. web server, identity and access management, reporting'),
  version: text.describe('Version number of the component being installed, e.g. "2026.2"'),
});

/** One layer of the system (e.g. presentation, business logic, data). */
export const systemLayer = z.strictObject({
  name: text.describe('Layer name, e.g. "Presentation Layer"'),
  description: markdown.describe('What the servers and software of this layer do'),
  functions: z.array(text).min(1, 'list the functions of the layer').describe('High-level functions, one per line'),
  hardware: z.array(layerHardware).default([]),
  cloudServices: z.array(cloudService).default([]),
  software: z.array(layerSoftware).default([]),
});

/** CA-PMF 1.3.1 System Organization: structure and major components, with diagrams first. */
export const systemOrganization = defineSection({
  id: 'systemOrganization',
  file: 'system-organization',
  title: 'System Organization',
  schema: z.strictObject({
    intro,
    diagrams: z.array(image).default([]).describe('Diagrams shown before the layers, each with alternative text'),
    layers: z.array(systemLayer).min(1, 'describe at least one layer of the system'),
  }),
});
