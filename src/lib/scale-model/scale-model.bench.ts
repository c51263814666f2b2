/**
 * Speed of the scale model for a 10-role plan (what one keystroke recomputes). Target: the model plus a
 * sensitivity analysis in under 5 ms in Node. Run: `npx --no -- vitest bench --run src/lib/scale-model`.
 * Vitest's module runner turns every cross-module call into a getter, which the built site does not have,
 * so these figures are an upper bound of what the browser sees.
 */
import { test } from 'vitest';
import { computeScaleModel } from './compute';
import { spreadEvenly } from './math';
import { listSensitivityAssumptions, runSensitivity, withAssumptionScaled } from './sensitivity';
import type { ScaleModelInputs, ScaleRole } from './types';

const roles: ScaleRole[] = Array.from({ length: 10 }, (_, i) => ({
  id: `role-${i}`,
  name: `Role ${i}`,
  startingHeadcount: 3 + i,
  hiresPerMonth: spreadEvenly(2 + i * 1.5),
  rampMonths: 1 + (i % 5),
  rampCurve: i % 2 === 0 ? 'linear' : 'step',
  fullOutputPerMonth: i < 3 ? 25_000 : 1,
  outputUnit: i < 3 ? 'new ARR ($)' : 'productive FTE-months',
  attainmentPct: 80,
  annualAttritionPct: 12,
  loadedMonthlyCostUsd: 12_000 + i * 500,
  recruitingLeadMonths: 3,
  countsTowardTarget: i < 3,
  outputIsNetNewArr: i < 3,
}));

const inputs: ScaleModelInputs = {
  version: 1,
  roles,
  spanOfControl: 7,
  monthlyOutputTarget: 300_000,
  winRatePct: 25,
  coverageMultiple: 3,
  startingCashUsd: 10_000_000,
  otherMonthlyCostUsd: 150_000,
  startingArrUsd: 4_500_000,
  grossMarginPct: 75,
  salesMarketingCostPct: 40,
};

// The first 10 assumptions moved down and up: 20 recomputes, as a fixed-size workload.
const twenty = listSensitivityAssumptions(inputs)
  .slice(0, 10)
  .flatMap((a) => [withAssumptionScaled(inputs, a, 0.8).inputs, withAssumptionScaled(inputs, a, 1.2).inputs]);

// Measured, not asserted: timings vary by machine; the reporter prints mean and percentiles per row.
test('scale model, 10 roles × 12 months', async ({ bench }) => {
  await bench.compare(
    bench('computeScaleModel once', () => {
      computeScaleModel(inputs);
    }),
    bench('computeScaleModel + 20 sensitivity runs', () => {
      computeScaleModel(inputs);
      for (const moved of twenty) computeScaleModel(moved);
    }),
    bench('computeScaleModel + full ±20% tornado on burn multiple (88 assumptions, 177 runs)', () => {
      computeScaleModel(inputs);
      runSensitivity(inputs, { metric: 'burnMultiple', changePct: 20 });
    }),
  );
});
