/**
 * Where the Day 29 workshop's transcribed content (`src/data/workshop`) meets its logic
 * (`src/lib/workshop`): the same names as the logic, with the worksheets, assessments and agenda filled
 * in, for stores and components. The logic itself takes a `WorkshopDefinition` as an argument.
 */
import * as z from 'zod/mini';
import { WORKSHOP } from '../data/workshop/index';
import type { WorkshopDefinition } from '../lib/workshop/definition';
import { scoreAssessment, type AssessmentAnswers, type AssessmentResult } from '../lib/workshop/assessment/index';
import {
  assessmentStateSchemasFor,
  describeIssuePath as describePathIn,
  exportWorkshopMarkdown as markdownOf,
  parseWorkshopImport as parseIn,
  workshopExportSchemaFor,
  workshopStateSchemaFor,
  type WorkshopImportResult,
} from '../lib/workshop/export';
import { computeWorkshopResults as resultsOf, type WorkshopResults } from '../lib/workshop/outputs';
import {
  emptyWorkshopState as emptyIn,
  maxAutomationRows,
  removeAutomationRow as removeRowIn,
  workshopAutomationSchemaFor,
  type WorkshopState,
} from '../lib/workshop/state';
import {
  computeRecruitingChannels as channelsIn,
  computeRoadmapCosts as roadmapIn,
  computeSuccessMetrics as metricsIn,
  computeTeamPlan as teamIn,
  computeWorkshopSums as sumsIn,
  type MetricChange,
  type RecruitingChannelSums,
  type RoadmapCostSums,
  type TeamPlanSums,
  type WorkshopSums,
} from '../lib/workshop/sums';
import { getWorksheet as worksheetIn, type WorksheetDefinition, type WorksheetId } from '../lib/workshop/worksheets/index';
import { emptyWorksheets as emptyWorksheetsIn, workshopWorksheetsSchemaFor, type WorksheetValues, type WorkshopWorksheets } from '../lib/workshop/worksheets/values';

export * from '../lib/workshop/index';
export { WORKSHOP, WORKSHEETS, TEAM_FUNCTIONS, LEADERSHIP_ROLES, PRIORITY_LEVELS, RECRUITING_CHANNELS, SUCCESS_METRICS } from '../data/workshop/index';
export {
  AGENDA,
  STATED_TOTAL_MINUTES,
  agendaSegments,
  computeAgenda,
  timerSegmentsFromAgenda,
  FACILITATOR_SEGMENTS,
  emptyFacilitatorState,
  facilitatorStateSchema,
  liveTimer,
  actOnTimer,
} from './workshop-agenda';

const workshop: WorkshopDefinition = WORKSHOP;

/** The worksheet with this id. */
export function getWorksheet(id: WorksheetId): WorksheetDefinition {
  return worksheetIn(workshop, id);
}

/** Fresh answers for all worksheets. */
export function emptyWorksheets(): WorkshopWorksheets {
  return emptyWorksheetsIn(workshop);
}

/** Schema of every worksheet's answers; a missing worksheet reads as fresh. */
export const workshopWorksheetsSchema = /* @__PURE__ */ workshopWorksheetsSchemaFor(workshop);

/** Most automation rows (the worksheet group's maximum). */
export const MAX_AUTOMATION_ROWS = /* @__PURE__ */ maxAutomationRows(workshop);

/** Schema of the automation inputs beyond the seed's blanks. */
export const workshopAutomationSchema = /* @__PURE__ */ workshopAutomationSchemaFor(workshop);

/** A workshop with nothing filled in. */
export function emptyWorkshopState(): WorkshopState {
  return emptyIn(workshop);
}

/** Remove automation row `index` together with its one-time cost. */
export function removeAutomationRow(state: WorkshopState, index: number): ReturnType<typeof removeRowIn> {
  return removeRowIn(workshop, state, index);
}

/** Score the pre-exercise readiness assessment (overall out of 50). */
export function scoreReadiness(answers: Partial<AssessmentAnswers>): AssessmentResult {
  return scoreAssessment(workshop.assessments.readiness, answers);
}

/** Score the closing strategy assessment (overall out of 100). */
export function scoreStrategy(answers: Partial<AssessmentAnswers>): AssessmentResult {
  return scoreAssessment(workshop.assessments.strategy, answers);
}

/** Team plan totals and changes from the TEAM SCALING ARCHITECTURE worksheet. */
export function computeTeamPlan(values: WorksheetValues): TeamPlanSums {
  return teamIn(workshop, values);
}

/** Recruiting channel shares from the STRATEGIC HIRING PLAN worksheet. */
export function computeRecruitingChannels(values: WorksheetValues): RecruitingChannelSums {
  return channelsIn(workshop, values);
}

/** The 12-month success metrics from the SCALING EXECUTION PLAN. */
export function computeSuccessMetrics(values: WorksheetValues): MetricChange[] {
  return metricsIn(workshop, values);
}

/** Cost impact totals of the TECHNICAL SCALING ROADMAP. */
export function computeRoadmapCosts(values: WorksheetValues): RoadmapCostSums {
  return roadmapIn(workshop, values);
}

/** Every derived sum from all worksheets. */
export function computeWorkshopSums(worksheets: WorkshopWorksheets): WorkshopSums {
  return sumsIn(workshop, worksheets);
}

/** Every result of the workshop (scores, sums, ROI). */
export function computeWorkshopResults(state: WorkshopState): WorkshopResults {
  return resultsOf(workshop, state);
}

/** Schema of each assessment's stored answers and snapshots (also what an assessment's share link carries). */
export const assessmentStateSchemas = /* @__PURE__ */ assessmentStateSchemasFor(workshop);

/** Schema of the workshop state as stored in the browser, built the first time saved state is read. */
export const workshopStateSchema: z.ZodMiniType<WorkshopState> = /* @__PURE__ */ z.lazy(() => workshopStateSchemaFor(workshop));

/** Schema of a JSON export; parsing fills anything missing as unanswered. */
export const workshopExportSchema = /* @__PURE__ */ workshopExportSchemaFor(workshop);

/** The Markdown export of a participant's workshop. */
export function exportWorkshopMarkdown(state: WorkshopState, exportedAt: Date): string {
  return markdownOf(workshop, state, exportedAt);
}

/** Read an exported file's text, each kind of problem with its own message. */
export function parseWorkshopImport(text: string): WorkshopImportResult {
  return parseIn(workshop, text, workshopExportSchema);
}

/** A schema path in words people recognise. */
export function describeIssuePath(path: ReadonlyArray<PropertyKey>): string {
  return describePathIn(workshop, path);
}
