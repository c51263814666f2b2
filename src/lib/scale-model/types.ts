/**
 * Types of the scale model: one typed inputs object in, one result out.
 * Conventions: months are plan months 1–12; percentages are 0–100 in `…Pct`; money is US dollars
 * in `…Usd`; FTE may be fractional. Nothing here is rounded (rounding happens in `src/lib/format.ts`).
 */

/** How a new hire's output grows: `linear` (k-th month gives min(1, (k−1)/R)) or `step` (nothing until month R+1). */
export type RampCurve = 'linear' | 'step';

/** One role (or function) in the hiring plan. */
export interface ScaleRole {
  /** Stable id (slug), unique within the plan; used in requisitions and sensitivity rows. */
  id: string;
  /** Name shown to people, e.g. "Account Executive". */
  name: string;
  /** FTE on board before plan month 1; counted as fully ramped. */
  startingHeadcount: number;
  /** New hires (FTE, fractional allowed) joining in each plan month 1–12; always 12 entries. */
  hiresPerMonth: number[];
  /** Months to full output (0–60, decimals allowed); 0 means productive from the hire month. */
  rampMonths: number;
  /** Shape of the ramp. */
  rampCurve: RampCurve;
  /** Output of one fully ramped FTE per month at 100% attainment, in `outputUnit`. */
  fullOutputPerMonth: number;
  /** Label of the output unit, e.g. "new ARR ($)" or "meetings". */
  outputUnit: string;
  /** Share of full output actually achieved, 0–100+ (quota attainment). */
  attainmentPct: number;
  /** Share of the role's people who leave in a year, 0 ≤ a < 100. */
  annualAttritionPct: number;
  /** Fully loaded cost of one FTE per month (salary, taxes, benefits, tools), USD. */
  loadedMonthlyCostUsd: number;
  /** Months between opening a requisition and the hire's start month. */
  recruitingLeadMonths: number;
  /** Whether this role's output counts toward the output target (gap, pipeline). */
  countsTowardTarget: boolean;
  /** Whether this role's output is net new ARR in USD (feeds revenue and capital efficiency). */
  outputIsNetNewArr: boolean;
}

/** Everything the model needs; the object that is saved, shared and versioned. */
export interface ScaleModelInputs {
  /** Schema version of this object (see `SCALE_MODEL_VERSION`). */
  version: 1;
  /** Roles in the plan, in display order. */
  roles: ScaleRole[];
  /** Reports per manager (≥ 1); managers needed = ceil(headcount ÷ span). */
  spanOfControl: number;
  /** Output target for each month, in the unit of the roles that count toward it. */
  monthlyOutputTarget: number;
  /** Win rate of pipeline, 0 < w ≤ 100; when set, coverage = 100 ÷ w and `coverageMultiple` is ignored. */
  winRatePct: number | null;
  /** Pipeline coverage multiple used when no win rate is set (3× per the Scaling Strategy playbook). */
  coverageMultiple: number;
  /** Cash at the start of plan month 1, USD. */
  startingCashUsd: number;
  /** Non-headcount operating costs per month (infrastructure, programs, rent), USD. */
  otherMonthlyCostUsd: number;
  /** Annual recurring revenue at the start of plan month 1, USD. */
  startingArrUsd: number;
  /** Gross margin on revenue, 0–100. */
  grossMarginPct: number;
  /** Share of total monthly cost that is sales & marketing spend (for magic number and CAC payback), 0–100. */
  salesMarketingCostPct: number;
}

/** Names of the numeric fields of a role that have a single value (hires are a 12-month array). */
export type RoleNumberField =
  | 'startingHeadcount'
  | 'rampMonths'
  | 'fullOutputPerMonth'
  | 'attainmentPct'
  | 'annualAttritionPct'
  | 'loadedMonthlyCostUsd'
  | 'recruitingLeadMonths';

/** Names of the numeric global fields (win rate may also be null). */
export type GlobalNumberField =
  | 'spanOfControl'
  | 'monthlyOutputTarget'
  | 'winRatePct'
  | 'coverageMultiple'
  | 'startingCashUsd'
  | 'otherMonthlyCostUsd'
  | 'startingArrUsd'
  | 'grossMarginPct'
  | 'salesMarketingCostPct';

/** Why a metric has no value. Texts for people are in `SCALE_MODEL_REASON_TEXT`. */
export type MetricNullReason =
  | 'noNetNewArr'
  | 'notBurning'
  | 'noSalesMarketingSpend'
  | 'noGrossProfit'
  | 'noPriorQuarter'
  | 'outOfRange';

/** A figure that is either a finite number or absent with a reason; never NaN or Infinity. */
export type Metric = { value: number; reason: null } | { value: null; reason: MetricNullReason };

/** Burn multiple bands (David Sacks, "The Burn Multiple", 2020). */
export type BurnMultipleBand = 'amazing' | 'great' | 'good' | 'suspect' | 'bad';

/** A requisition to open so that a planned hire can start on time. */
export interface Requisition {
  roleId: string;
  roleName: string;
  /** FTE to hire (fractional allowed). */
  fte: number;
  /** Plan month in which the hire starts (1–12). */
  hireMonth: number;
  /** Plan month in which the requisition must open: floor(hireMonth − lead); ≤ 0 means before the plan starts. */
  openMonth: number;
  /** True when `openMonth` ≤ 0: the requisition should already be open when the plan starts. */
  late: boolean;
  /** How many months behind a late requisition is at the start of month 1 (1 − openMonth), else 0. */
  monthsLate: number;
}

/** One role in one month. */
export interface ScaleRoleMonth {
  roleId: string;
  /** FTE joining this month. */
  hires: number;
  /** FTE on board at the end of the month, after attrition. */
  headcount: number;
  /** Headcount weighted by each cohort's ramp fraction (fully ramped equivalents). */
  rampedFte: number;
  /** Output in the role's unit: rampedFte × full output × attainment. */
  output: number;
  /** Headcount × loaded monthly cost, USD. */
  costUsd: number;
  /** ceil(headcount ÷ span of control) for this role alone. */
  managersNeeded: number;
}

/** The plan in one month (1–12), all roles together. */
export interface ScaleMonth {
  month: number;
  headcount: number;
  rampedFte: number;
  /** Headcount − ramped FTE: the people not yet at full output, in FTE. */
  stillRampingFte: number;
  /** Output of the roles that count toward the target (summed in their shared unit). */
  output: number;
  cumulativeOutput: number;
  headcountCostUsd: number;
  otherCostUsd: number;
  /** Headcount cost + other costs. */
  costUsd: number;
  cumulativeCostUsd: number;
  /** ceil(total headcount ÷ span of control). */
  managersNeeded: number;
  outputTarget: number;
  /** max(0, target − output): how far output falls short of the target. */
  gapToTarget: number;
  /** Pipeline to have in play for this month's target: target × coverage multiple. */
  pipelineNeeded: number;
  /** Net new ARR booked this month (output of roles flagged as net new ARR), USD. */
  netNewArrUsd: number;
  /** ARR at the end of the month, USD. */
  endingArrUsd: number;
  /** Revenue recognised this month: ARR at the start of the month ÷ 12, USD. */
  revenueUsd: number;
  grossProfitUsd: number;
  /** Cost − gross profit (negative when the month generates cash). */
  netBurnUsd: number;
  /** Cash at the end of the month (may go negative: the plan is unfunded from there). */
  endingCashUsd: number;
  salesMarketingCostUsd: number;
  /** Requisitions to open this month; late ones (open month ≤ 0) are listed in month 1. */
  requisitionsToOpen: Requisition[];
  /** How many of `requisitionsToOpen` are late. */
  lateRequisitionsToOpen: number;
  roles: ScaleRoleMonth[];
}

/** 12-month summary of one role. */
export interface ScaleRoleSummary {
  roleId: string;
  roleName: string;
  outputUnit: string;
  hires12: number;
  output12: number;
  costUsd12: number;
  endingHeadcount: number;
  endingRampedFte: number;
}

/** Capital efficiency over the 12 plan months. */
export interface CapitalEfficiency {
  /** ARR at the start of month 1, USD. */
  startingArrUsd: number;
  revenueUsd12: number;
  grossProfitUsd12: number;
  /** Σ monthly (cost − gross profit); the modelled costs are operating costs, revenue × (1 − margin) is the cost of revenue. */
  netBurnUsd12: number;
  netNewArrUsd12: number;
  endingArrUsd: number;
  salesMarketingCostUsd12: number;
  /** Net burn ÷ net new ARR over the 12 months. */
  burnMultiple: Metric;
  burnMultipleBand: BurnMultipleBand | null;
  /** Latest quarter (months 10–12): its net new ARR ÷ S&M spend of months 7–9. */
  magicNumber: Metric;
  /** Quarters 1–4; quarter 1 has no prior quarter inside the plan. */
  magicNumberByQuarter: Metric[];
  /** 12-month S&M spend ÷ monthly gross profit of the 12-month net new ARR (net new ARR × margin ÷ 12). */
  cacPaybackMonths: Metric;
  /** Months until cash runs out; past month 12 it extends at month 12's net burn. */
  runwayMonths: Metric;
  /** First month whose ending cash is below zero, or null. */
  cashOutMonth: number | null;
  endingCashUsd: number;
}

/** A field the model had to change before computing (non-finite, out of range or wrong type). */
export interface InputAdjustment {
  /** Dotted path, e.g. `roles.0.rampMonths` or `spanOfControl`. */
  path: string;
  /** What was given (as received). */
  from: unknown;
  /** What was used. */
  to: number | string | boolean | null;
}

/** Everything the model computes from one inputs object. */
export interface ScaleModelResult {
  months: ScaleMonth[];
  roles: ScaleRoleSummary[];
  /** All requisitions, by open month then role order. */
  requisitions: Requisition[];
  coverage: { multiple: number; source: 'winRate' | 'multiple' };
  /** Distinct unit labels of the roles that count toward the target (more than one means the sum mixes units). */
  targetUnits: string[];
  totals: {
    /** FTE on board before month 1, all roles together. */
    startingHeadcount: number;
    hires12: number;
    output12: number;
    costUsd12: number;
    headcountCostUsd12: number;
    /** The 12 months' non-headcount costs. */
    otherCostUsd12: number;
    /** The monthly output target × 12. */
    outputTarget12: number;
    /** Months whose output falls short of the target (gap > 0). */
    monthsShortOfTarget: number;
    endingHeadcount: number;
    /** Ramped FTE in month 12. */
    endingCapacity: number;
    maxManagersNeeded: number;
    lateRequisitions: number;
  };
  capitalEfficiency: CapitalEfficiency;
  /** Inputs the model clamped or replaced to stay finite; empty for valid inputs. */
  adjustments: InputAdjustment[];
}
