/**
 * Figures that follow from a stage's infrastructure capacity and monthly bill: cost per user,
 * cost per 1,000 interactions and the downtime an uptime target allows.
 */

/** Minutes in the 30-day month the downtime figures use (30 × 24 × 60). */
export const MINUTES_PER_30_DAY_MONTH = 43_200;

/** A stage's stated capacity and monthly infrastructure bill. */
export interface InfrastructureStageInputs {
  users: number;
  interactionsPerMonth: number;
  storageTb: number;
  uptimePct: number;
  cloudMonthlyUsd: number;
  aiMlMonthlyUsd: number;
}

/** Downtime an uptime target leaves room for over one period. */
export interface DowntimeAllowance {
  minutes: number;
  hours: number;
}

/** Derived figures for one stage; a figure is null where its divisor is zero. */
export interface InfrastructureFigures {
  /** Cloud plus AI/ML per month; null when either bill is not a usable amount. */
  monthlyCostUsd: number | null;
  costPerUserMonthlyUsd: number | null;
  costPer1000InteractionsUsd: number | null;
  downtimePerMonth: DowntimeAllowance | null;
}

/** Downtime allowed by an uptime target (0–100) over a period, 30 days by default; null for a target outside 0–100. */
export function downtimeAllowed({
  uptimePct,
  periodMinutes = MINUTES_PER_30_DAY_MONTH,
}: {
  uptimePct: number;
  periodMinutes?: number;
}): DowntimeAllowance | null {
  if (!Number.isFinite(uptimePct) || uptimePct < 0 || uptimePct > 100) return null;
  if (!Number.isFinite(periodMinutes) || periodMinutes < 0) return null;
  const minutes = (periodMinutes * (100 - uptimePct)) / 100;
  // A period near the largest double overflows: no allowance rather than Infinity.
  return Number.isFinite(minutes) ? { minutes, hours: minutes / 60 } : null;
}

/** Divide, or null when the divisor is zero or either side is not a usable number. */
function perUnit(amount: number, units: number): number | null {
  if (!Number.isFinite(amount) || !Number.isFinite(units) || units <= 0) return null;
  const q = amount / units;
  return Number.isFinite(q) ? q : null;
}

/** Monthly cost, cost per user, cost per 1,000 interactions and allowed downtime for one stage. */
export function infrastructureFigures(stage: InfrastructureStageInputs): InfrastructureFigures {
  const bills = [stage.cloudMonthlyUsd, stage.aiMlMonthlyUsd];
  const sum = stage.cloudMonthlyUsd + stage.aiMlMonthlyUsd;
  const monthlyCostUsd = bills.every((b) => Number.isFinite(b) && b >= 0) && Number.isFinite(sum) ? sum : null;
  return {
    monthlyCostUsd,
    costPerUserMonthlyUsd: monthlyCostUsd === null ? null : perUnit(monthlyCostUsd, stage.users),
    costPer1000InteractionsUsd: monthlyCostUsd === null ? null : perUnit(monthlyCostUsd, stage.interactionsPerMonth / 1000),
    downtimePerMonth: downtimeAllowed({ uptimePct: stage.uptimePct }),
  };
}
