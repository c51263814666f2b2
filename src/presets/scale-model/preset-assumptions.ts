/**
 * Figures the presets need that the Scaling Strategy playbook does not give. Every one is marked
 * `assumption` in the preset's `sources`, so the tool can show it as such and invite people to replace it.
 */
import type { SeedFunctionId } from '../../lib/scale-model/seed-types';
import type { RampCurve } from '../../lib/scale-model/types';

/** Ids of the presets. */
export type ScaleModelPresetId = 'phase-1' | 'phase-2' | 'phase-3';

/** Defaults the seed does not give, per kind of role; every one is labelled an assumption in `sources`. */
export interface RoleAssumption {
  rampMonths: number;
  rampCurve: RampCurve;
  fullOutputPerMonth: number;
  outputUnit: string;
  attainmentPct: number;
  countsTowardTarget: boolean;
  outputIsNetNewArr: boolean;
}

const CAPACITY_UNIT = 'productive FTE-months';
const capacityRole = (rampMonths: number): RoleAssumption => ({
  rampMonths,
  rampCurve: 'linear',
  fullOutputPerMonth: 1,
  outputUnit: CAPACITY_UNIT,
  attainmentPct: 100,
  countsTowardTarget: false,
  outputIsNetNewArr: false,
});

/** Assumed role defaults (not in the seed). */
export const PRESET_ROLE_ASSUMPTIONS: Record<SeedFunctionId | 'designer', RoleAssumption> = {
  engineering: capacityRole(3),
  product: capacityRole(3),
  designer: capacityRole(2),
  'customer-success': capacityRole(2),
  operations: capacityRole(2),
  marketing: { ...capacityRole(3), fullOutputPerMonth: 30, outputUnit: 'qualified meetings' },
  sales: {
    rampMonths: 4,
    rampCurve: 'linear',
    fullOutputPerMonth: 25_000,
    outputUnit: 'new ARR ($)',
    attainmentPct: 80,
    countsTowardTarget: true,
    outputIsNetNewArr: true,
  },
};

/** Assumed annual attrition for every preset role. */
export const PRESET_ATTRITION_PCT = 10;

/**
 * Assumed global figures per preset (not in the seed). Starting ARR: Phase 1 starts from none; Phase 2
 * starts where its own plan ends at the $4.5M ARR the Stage 2 → 3 checklist asks for; Phase 3 starts there.
 */
export const PRESET_GLOBAL_ASSUMPTIONS: Record<
  ScaleModelPresetId,
  { spanOfControl: number; monthlyOutputTarget: number; grossMarginPct: number; salesMarketingCostPct: number; startingArr: 'none' | 'reach-gate' | 'gate' }
> = {
  'phase-1': { spanOfControl: 7, monthlyOutputTarget: 0, grossMarginPct: 75, salesMarketingCostPct: 20, startingArr: 'none' },
  'phase-2': { spanOfControl: 7, monthlyOutputTarget: 100_000, grossMarginPct: 75, salesMarketingCostPct: 35, startingArr: 'reach-gate' },
  'phase-3': { spanOfControl: 7, monthlyOutputTarget: 300_000, grossMarginPct: 75, salesMarketingCostPct: 40, startingArr: 'gate' },
};
