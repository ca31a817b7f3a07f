import { budget } from './budget';
import { changeControl } from './changeControl';
import { communication } from './communication';
import { executiveSummary } from './executiveSummary';
import { governance } from './governance';
import { milestones } from './milestones';
import { nextSteps } from './nextSteps';
import { performance } from './performance';
import { phases } from './phases';
import { quality } from './quality';
import { raci } from './raci';
import { readiness } from './readiness';
import { riskMitigation } from './riskMitigation';
import { staffing } from './staffing';
import { strategy } from './strategy';
import { technology } from './technology';

/** Optional roadmap sections (phases, milestones, RACI, budget, ...) from the roadmap-style plans, in document order. */
export const roadmapSections = {
  executiveSummary,
  strategy,
  phases,
  governance,
  milestones,
  staffing,
  budget,
  technology,
  raci,
  communication,
  riskMitigation,
  quality,
  performance,
  changeControl,
  readiness,
  nextSteps,
};
