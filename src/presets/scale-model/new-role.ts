/**
 * What "add a role" creates. Apart from the presets so the scale model's form loads only this, not the
 * playbook's hiring plans the presets are built from.
 */
import { PLAN_MONTHS } from '../../lib/scale-model/rules';
import { hireAheadMonths } from '../../data/playbook/hire-ahead';
import type { ScaleRole } from '../../lib/scale-model/types';

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
    recruitingLeadMonths: hireAheadMonths.min,
    countsTowardTarget: false,
    outputIsNetNewArr: false,
  };
}
