/**
 * Starting points for the tool: what a first visit shows and what "add a role" creates.
 */
import { phase2Inputs } from './presets';
import { PLAN_MONTHS } from '../../lib/scale-model/rules';
import { SEED_HIRE_AHEAD_MONTHS } from '../../data/playbook/scale-model-seed';
import type { ScaleModelInputs, ScaleRole } from '../../lib/scale-model/types';

/** The inputs a first visit (and reset) shows: the Phase 2 preset, the playbook's scaling phase. */
export function defaultScaleModelInputs(): ScaleModelInputs {
  return phase2Inputs();
}

/** A new, empty role with an id not in `existingIds` (no hires, no cost, the playbook's 3-month lead). */
export function newScaleRole(existingIds: readonly string[], name = 'New role'): ScaleRole {
  const taken = new Set(existingIds);
  let n = existingIds.length + 1;
  while (taken.has(`role-${n}`)) n++;
  return {
    id: `role-${n}`,
    name,
    startingHeadcount: 0,
    hiresPerMonth: Array<number>(PLAN_MONTHS).fill(0),
    rampMonths: 3,
    rampCurve: 'linear',
    fullOutputPerMonth: 1,
    outputUnit: 'productive FTE-months',
    attainmentPct: 100,
    annualAttritionPct: 0,
    loadedMonthlyCostUsd: 0,
    recruitingLeadMonths: SEED_HIRE_AHEAD_MONTHS.min,
    countsTowardTarget: false,
    outputIsNetNewArr: false,
  };
}
