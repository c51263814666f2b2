/** The Day 29 workshop as transcribed from the seed: worksheets, assessments, agenda and the lists the sums walk. */
import type { WorkshopDefinition } from '../../lib/workshop/definition';
import { ASSESSMENTS } from '../../lib/workshop/assessment/definitions';
import { AGENDA, STATED_TOTAL_MINUTES } from './agenda';
import { RECRUITING_CHANNELS, SUCCESS_METRICS, TEAM_FUNCTIONS, WORKSHEETS } from './worksheets/index';

export * from './worksheets/index';
export { AGENDA, STATED_TOTAL_MINUTES } from './agenda';

/** The whole workshop, as the logic in `src/lib/workshop` takes it. */
export const WORKSHOP: WorkshopDefinition = {
  worksheets: WORKSHEETS,
  assessments: ASSESSMENTS,
  agenda: AGENDA,
  statedTotalMinutes: STATED_TOTAL_MINUTES,
  teamFunctions: TEAM_FUNCTIONS,
  recruitingChannels: RECRUITING_CHANNELS,
  successMetrics: SUCCESS_METRICS,
};
