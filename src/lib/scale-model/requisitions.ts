/**
 * When to open each requisition ("Hire ahead of need: recruit 3–6 months before critical need").
 *
 * A hire starting in plan month h with a lead time of L months needs its requisition open in
 * month floor(h − L): with a decimal lead, the requisition opens in the month that contains that
 * moment (hire in month 4 with a 2.5-month lead → month 1). Plan month 1 is the first month of the
 * plan and "now" is the start of month 1, so a requisition due in month 1 can still open on time.
 * One due in month 0 or earlier should already be open: it is flagged late, 1 − openMonth months behind.
 */
import type { Requisition, ScaleRole } from './types';

// Absorbs floating error in h − L (e.g. 3 − 2.0000000000000004) so a whole lead time lands on its month.
const EPSILON = 1e-9;

/** Plan month in which a requisition must open for a hire starting in `hireMonth` (≤ 0 means before the plan). */
export function requisitionOpenMonth(hireMonth: number, leadMonths: number): number {
  return Math.floor(hireMonth - Math.max(0, leadMonths) + EPSILON);
}

/** One requisition per role and hire month with hires, sorted by open month, then role order, then hire month. */
export function buildRequisitions(roles: readonly ScaleRole[]): Requisition[] {
  // Built role by role and month by month, so a stable sort on open month alone keeps role and hire-month order.
  const out: Requisition[] = [];
  for (const role of roles) {
    for (let i = 0; i < role.hiresPerMonth.length; i++) {
      const fte = role.hiresPerMonth[i] ?? 0;
      if (!(fte > 0)) continue;
      const hireMonth = i + 1;
      const openMonth = requisitionOpenMonth(hireMonth, role.recruitingLeadMonths);
      const late = openMonth <= 0;
      out.push({ roleId: role.id, roleName: role.name, fte, hireMonth, openMonth, late, monthsLate: late ? 1 - openMonth : 0 });
    }
  }
  return out.sort((a, b) => a.openMonth - b.openMonth);
}
