/**
 * The sentences under an org chart: what its counts add up to and how that compares with the
 * total the playbook states. Written from computed figures so the wording can never drift from them.
 */
import { compareHeadcount, type Headcount, type HeadcountComparison } from '../../lib/stage-planner/headcount';
import { sumHeadcount, withUncountedRoles } from '../../lib/stage-planner/org-chart';
import type { OrgChart } from '../../data/playbook/org-charts';

/** "4–6" for a range, "12" for a single number. */
export function formatHeadcount(h: Headcount): string {
  return h.min === h.max ? String(h.min) : `${h.min}–${h.max}`;
}

/** "the CEO", "the CEO and the CTO", "the CEO, the CTO and the COO". */
export function joinRoles(roles: readonly string[]): string {
  const named = roles.map((r) => `the ${r}`);
  if (named.length <= 1) return named.join('');
  return `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
}

/** "1 higher at both ends", "3 higher at the low end, 2 higher at the high end", "1 higher". */
export function describeDeltas(c: HeadcountComparison, single: boolean): string {
  const dir = (d: number) => `${Math.abs(d)} ${d > 0 ? 'higher' : 'lower'}`;
  if (c.minDelta === c.maxDelta) return single ? dir(c.minDelta) : `${dir(c.minDelta)} at both ends`;
  const parts: string[] = [];
  if (c.minDelta !== 0) parts.push(`${dir(c.minDelta)} at the low end`);
  if (c.maxDelta !== 0) parts.push(`${dir(c.maxDelta)} at the high end`);
  return parts.join(', ');
}

/** Capitalise the first letter of a sentence. */
const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Everything the chart's footer says, plus whether the counts match the stated total. */
export interface OrgChartSummary {
  sum: Headcount;
  sumText: string;
  comparisonText: string;
  withUncountedText: string | null;
  /** True when the chart's own counts equal or lie inside the stated total. */
  consistent: boolean;
}

/** Summarise a chart: its sum, the roles outside every count, and the comparison with the stated total. */
export function orgChartSummary(chart: OrgChart): OrgChartSummary {
  const sum = sumHeadcount(chart.root);
  const stated = chart.statedTotal;
  const statedText = `${formatHeadcount(stated.headcount)} ${stated.unit}`;
  const roles = joinRoles(sum.uncountedRoles);
  const single = sum.min === sum.max && stated.headcount.min === stated.headcount.max;

  const base = compareHeadcount(sum, stated.headcount);
  const consistent = base.relation === 'equal' || base.relation === 'within';
  const verdict =
    base.relation === 'equal'
      ? 'The chart matches it exactly'
      : base.relation === 'within'
        ? 'The chart’s range lies inside it'
        : `The chart does not match it: it is ${describeDeltas(base, single)}`;

  let withUncountedText: string | null = null;
  if (sum.uncountedRoles.length > 0) {
    const widened = withUncountedRoles(sum);
    const c = compareHeadcount(widened, stated.headcount);
    const tail =
      c.relation === 'equal'
        ? 'which matches it exactly'
        : c.relation === 'within'
          ? 'which still lies inside it'
          : `which does not match it (${describeDeltas(c, single)})`;
    withUncountedText = `Counting ${roles} as well gives ${formatHeadcount(widened)}, ${tail}.`;
  }

  return {
    sum,
    sumText:
      `The counts in the chart add up to ${formatHeadcount(sum)}.` +
      (sum.uncountedRoles.length > 0 ? ` ${sentence(roles)} ${sum.uncountedRoles.length === 1 ? 'is' : 'are'} not in any count.` : ''),
    comparisonText: `The playbook states ${statedText} (${stated.source}). ${verdict}.`,
    withUncountedText,
    consistent,
  };
}
