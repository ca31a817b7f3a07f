import { constraints } from './constraints';
import { documentation } from './documentation';
import { facilities } from './facilities';
import { glossary } from './glossary';
import { hardware } from './hardware';
import { implementationSchedule } from './implementationSchedule';
import { implementationSecurity } from './implementationSecurity';
import { implementationSupport } from './implementationSupport';
import { introduction } from './introduction';
import { knownIssues } from './knownIssues';
import { majorTasks } from './majorTasks';
import { managementOverview } from './managementOverview';
import { materials } from './materials';
import { personnel } from './personnel';
import { planningAssumptions } from './planningAssumptions';
import { pointsOfContact } from './pointsOfContact';
import { risksAndContingencies } from './risksAndContingencies';
import { sites } from './sites';
import { software } from './software';
import { systemAcceptance } from './systemAcceptance';
import { systemOrganization } from './systemOrganization';
import { systemOverview } from './systemOverview';

/** The sections of the CA-PMF Implementation Management Plan template, in template order. */
export const capmfSections = {
  introduction,
  planningAssumptions,
  constraints,
  systemOverview,
  systemOrganization,
  glossary,
  managementOverview,
  pointsOfContact,
  majorTasks,
  implementationSchedule,
  implementationSecurity,
  implementationSupport,
  hardware,
  software,
  facilities,
  materials,
  documentation,
  personnel,
  knownIssues,
  sites,
  risksAndContingencies,
  systemAcceptance,
};
