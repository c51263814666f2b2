/**
 * When growth reaches a capacity limit: usage grows by a fixed percentage a month, compounding, from
 * the current figure. The month a limit is reached is the first whole month whose projected usage is
 * at or above the capacity (month 0 = now).
 */

/** Most months a projection looks ahead; a limit further away is reported as "beyond the horizon". */
export const MAX_PROJECTION_MONTHS = 120;

/** Current usage of one resource against its capacity, growing by a monthly percentage. */
export interface CapacityGrowthInputs {
  current: number;
  capacity: number;
  /** Growth a month, percent 0–1000 (10 means +10% a month). */
  monthlyGrowthPct: number;
}

/** Why no month could be given. */
export type CapacityLimitReason = 'no-growth' | 'beyond-horizon' | 'no-capacity' | 'invalid';

/** The month a limit is reached (0 = already at or over it), or null with the reason. */
export type CapacityLimit = { month: number; reason: null } | { month: null; reason: CapacityLimitReason };

const usable = (n: number) => Number.isFinite(n) && n >= 0;

/** Usage after `months` of compounding growth. */
export function projectedUsage(current: number, monthlyGrowthPct: number, months: number): number {
  const value = current * (1 + monthlyGrowthPct / 100) ** months;
  return Number.isFinite(value) ? value : Number.MAX_VALUE;
}

/** The first whole month in which usage reaches the capacity. */
export function monthLimitReached({ current, capacity, monthlyGrowthPct }: CapacityGrowthInputs): CapacityLimit {
  if (!usable(current) || !usable(capacity) || !usable(monthlyGrowthPct)) return { month: null, reason: 'invalid' };
  if (capacity === 0) return { month: null, reason: 'no-capacity' };
  if (current >= capacity) return { month: 0, reason: null };
  if (monthlyGrowthPct === 0 || current === 0) return { month: null, reason: 'no-growth' };
  // Closed form first, then step to the exact whole month so floating-point noise never shifts it.
  let month = Math.max(1, Math.ceil(Math.log(capacity / current) / Math.log(1 + monthlyGrowthPct / 100)));
  while (month > 1 && projectedUsage(current, monthlyGrowthPct, month - 1) >= capacity) month--;
  while (projectedUsage(current, monthlyGrowthPct, month) < capacity) month++;
  return month > MAX_PROJECTION_MONTHS ? { month: null, reason: 'beyond-horizon' } : { month, reason: null };
}
