/**
 * Words the scale model shows that are its own. Generic field messages ("Enter a number.",
 * "Must be at least …") come from `src/lib/messages.ts`; these add only what is specific here.
 */
import type { BurnMultipleBand, MetricNullReason } from './types';

/** Validation messages specific to the scale model. */
export const scaleModelMessages = {
  noRoles: 'Add at least one role to the plan.',
  tooManyRoles: (max: number) => `A plan can hold at most ${max} roles.`,
  roleNameRequired: 'Give this role a name.',
  roleIdRequired: 'This role has no id.',
  roleIdDuplicate: 'Another role already uses this id.',
  rampCurveInvalid: 'Choose a linear or a step ramp.',
  hiresMonths: (months: number) => `Enter hires for each of the ${months} months (0 for none).`,
  mixedTargetUnits: (units: readonly string[]) =>
    `The roles that count toward the target use different units (${units.join(', ')}), so their output is summed across units.`,
  targetWithoutRoles: 'There is an output target but no role counts toward it, so the whole target shows as a gap.',
} as const;

/** Why a metric has no value, in words. */
export const SCALE_MODEL_REASON_TEXT: Record<MetricNullReason, string> = {
  noNetNewArr: 'No net new ARR in the plan, so there is nothing to divide by.',
  notBurning: 'The plan is not burning cash, so this does not apply.',
  noSalesMarketingSpend: 'No sales & marketing spend in the prior period, so there is nothing to divide by.',
  noGrossProfit: 'Gross margin is 0%, so new revenue never pays the spend back.',
  noPriorQuarter: 'The first quarter has no earlier quarter inside the plan to compare with.',
  outOfRange: 'The result is too large to show; check the inputs.',
};

/** Burn multiple bands with their range (David Sacks, "The Burn Multiple", 2020). */
export const BURN_MULTIPLE_BANDS: readonly { id: BurnMultipleBand; label: string; range: string }[] = [
  { id: 'amazing', label: 'Amazing', range: 'below 1×' },
  { id: 'great', label: 'Great', range: '1× to 1.5×' },
  { id: 'good', label: 'Good', range: 'above 1.5× to 2×' },
  { id: 'suspect', label: 'Suspect', range: 'above 2× to 3×' },
  { id: 'bad', label: 'Bad', range: 'above 3×' },
];
