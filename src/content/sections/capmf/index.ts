import { implementationSchedule } from './implementationSchedule';
import { introduction } from './introduction';
import { majorTasks } from './majorTasks';
import { pointsOfContact } from './pointsOfContact';

/** The sections of the CA-PMF Implementation Management Plan template. */
export const capmfSections = {
  introduction,
  pointsOfContact,
  majorTasks,
  implementationSchedule,
};
