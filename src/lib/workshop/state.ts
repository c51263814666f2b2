/**
 * Everything a participant fills in during the workshop: worksheet answers, both assessments (answers
 * and saved snapshots), and the two automation inputs the seed's worksheet lacks (the loaded hourly cost
 * and optional one-time costs) that its ROI Calculation block needs.
 */
import * as z from 'zod/mini';
import { computeAutomationRoi, MAX_USD, type AutomationRoiInputs, type AutomationRoiResult } from '../automation-roi/index';
import { emptyAnswers, type AssessmentAnswers, type AssessmentSnapshot } from './assessment/index';
import type { WorkshopDefinition } from './definition';
import { getWorksheet, worksheetGroups } from './worksheets/index';
import { emptyWorksheets, removeGroupRow, type FieldValue, type RowChange, type WorkshopWorksheets } from './worksheets/values';

/** Most automation rows (the worksheet group's maximum). */
export function maxAutomationRows(workshop: Pick<WorkshopDefinition, 'worksheets'>): number {
  return worksheetGroups(getWorksheet(workshop, 'automation')).find((g) => g.id === 'automations')?.maxCount ?? 10;
}

const usd = () => z.nullable(z.number().check(z.minimum(0), z.maximum(MAX_USD)));

/**
 * Automation inputs beyond the seed's blanks. `oneTimeCostsUsd[i]` belongs to automation row i of the
 * OPERATIONAL AUTOMATION worksheet (null or absent = none); `removeAutomationRow` keeps the two aligned.
 */
export interface WorkshopAutomationSettings {
  loadedHourlyCostUsd: number | null;
  oneTimeCostsUsd: Array<number | null>;
}

/** Schema of the automation inputs, with at most one one-time cost per automation row. */
export function workshopAutomationSchemaFor(workshop: Pick<WorkshopDefinition, 'worksheets'>): z.ZodMiniType<WorkshopAutomationSettings> {
  return z.object({
    loadedHourlyCostUsd: usd(),
    oneTimeCostsUsd: z.array(usd()).check(z.maxLength(maxAutomationRows(workshop))),
  });
}

/** One assessment's answers and saved snapshots (oldest first is not required; sort for display). */
export interface AssessmentState {
  answers: AssessmentAnswers;
  snapshots: AssessmentSnapshot[];
}

/** Everything a participant fills in. */
export interface WorkshopState {
  worksheets: WorkshopWorksheets;
  assessments: { readiness: AssessmentState; strategy: AssessmentState };
  automation: WorkshopAutomationSettings;
}

/** A workshop with nothing filled in. */
export function emptyWorkshopState(workshop: WorkshopDefinition): WorkshopState {
  return {
    worksheets: emptyWorksheets(workshop),
    assessments: {
      readiness: { answers: emptyAnswers(workshop.assessments.readiness), snapshots: [] },
      strategy: { answers: emptyAnswers(workshop.assessments.strategy), snapshots: [] },
    },
    automation: { loadedHourlyCostUsd: null, oneTimeCostsUsd: [] },
  };
}

const num = (v: FieldValue | undefined): number | null => (typeof v === 'number' ? v : null);

/** The automation worksheet's rows as calculator inputs. */
export function workshopAutomationInputs(state: WorkshopState): AutomationRoiInputs {
  const rows = state.worksheets.automation.groups['automations'] ?? [];
  return {
    loadedHourlyCostUsd: state.automation.loadedHourlyCostUsd,
    processes: rows.map((row, i) => ({
      name: typeof row['process'] === 'string' ? row['process'] : '',
      currentHoursPerWeek: num(row['current-hours-per-week']),
      hoursSavedPerWeek: num(row['hours-saved-per-week']),
      monthlyCostUsd: num(row['monthly-cost-usd']),
      oneTimeCostUsd: state.automation.oneTimeCostsUsd[i] ?? null,
    })),
  };
}

/** The ROI of the automation worksheet's rows. */
export function computeWorkshopAutomation(state: WorkshopState): AutomationRoiResult {
  return computeAutomationRoi(workshopAutomationInputs(state));
}

/** Remove automation row `index` together with its one-time cost. */
export function removeAutomationRow(
  workshop: Pick<WorkshopDefinition, 'worksheets'>,
  state: WorkshopState,
  index: number,
): { ok: true; state: WorkshopState } | { ok: false; message: string } {
  const change: RowChange = removeGroupRow(getWorksheet(workshop, 'automation'), state.worksheets.automation, 'automations', index);
  if (!change.ok) return change;
  return {
    ok: true,
    state: {
      ...state,
      worksheets: { ...state.worksheets, automation: change.values },
      automation: { ...state.automation, oneTimeCostsUsd: state.automation.oneTimeCostsUsd.filter((_, i) => i !== index) },
    },
  };
}
