/** The thirteen Day 29 worksheets in the order the seed prints them, and the lists they are built from. */
import type { WorksheetDefinition } from '../../../lib/workshop/worksheets/types';
import { readinessWorksheet, strategyAssessmentWorksheet } from './assessment-blocks';
import { dataInfrastructureWorksheet, infrastructureRoadmapWorksheet, securityWorksheet, technicalScalingWorksheet } from './exercise-29a';
import { cultureWorksheet, hiringWorksheet, retentionWorksheet, teamScalingWorksheet } from './exercise-29b';
import { automationWorksheet, processDesignWorksheet } from './exercise-29c';
import { roadmapWorksheet } from './roadmap';

export { TEAM_FUNCTIONS, LEADERSHIP_ROLES, PRIORITY_LEVELS, RECRUITING_CHANNELS } from './exercise-29b';
export { SUCCESS_METRICS } from './roadmap';

/** Every worksheet, in the order the seed prints them. */
export const WORKSHEETS: readonly WorksheetDefinition[] = [
  readinessWorksheet,
  technicalScalingWorksheet,
  infrastructureRoadmapWorksheet,
  dataInfrastructureWorksheet,
  securityWorksheet,
  teamScalingWorksheet,
  cultureWorksheet,
  hiringWorksheet,
  retentionWorksheet,
  processDesignWorksheet,
  automationWorksheet,
  strategyAssessmentWorksheet,
  roadmapWorksheet,
];
