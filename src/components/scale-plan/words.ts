/** Words and formatted figures of the scale plan; every number is rounded here, through `src/lib/format.ts`. */
import { formatMonths, formatNumber, formatPct, formatRatio, formatUsd } from '../../lib/format';
import type { CheckOutcome, CheckStatus, ExitReason, ExitStatus, PlanFigure } from '../../lib/scale-plan';

/** Dollars, with cents on smaller amounts that have them ($4,312.50 a month, $575,000 a year). */
const usd = (value: number) => formatUsd(value, { cents: Math.abs(value) < 10_000 && Math.abs(value - Math.round(value)) >= 0.005 });

/** A figure's value as text, with its note. */
export function figureText(f: PlanFigure): string {
  const note = f.note ? ` (${f.note})` : '';
  if (f.value === null) return f.note ?? 'none';
  switch (f.unit) {
    case 'usd':
      return usd(f.value) + note;
    case 'pct':
      return formatPct(f.value, 2) + note;
    case 'months':
      return formatMonths(f.value) + note;
    case 'ratio':
      return formatRatio(f.value) + note;
    case 'multiple':
      return `${formatNumber(f.value, 2)}×${note}`;
    case 'fte':
      return `${formatNumber(f.value, 1)} FTE${note}`;
    case 'month':
      return `month ${formatNumber(f.value, 0)}${note}`;
    case 'score':
      return `${formatNumber(f.value, 1)}${f.max ? ` / ${f.max}` : ''}${note}`;
    case 'count':
      return `${formatNumber(f.value, 0)}${f.max ? ` of ${f.max}` : ''}${note}`;
  }
}

/** Names of the check statuses. */
export const CHECK_STATUS_WORDS: Record<CheckStatus, string> = {
  consistent: 'Consistent',
  attention: 'Needs attention',
  contradiction: 'Contradiction',
  missing: 'Missing inputs',
};

/** Names of the exit statuses. */
export const EXIT_STATUS_WORDS: Record<ExitStatus, string> = {
  met: 'Met',
  'not-yet': 'Not yet',
  contradicted: 'Contradicted',
};

const pctText = (pct: number | null) => (pct === null ? '' : ` (${formatPct(Math.abs(pct), 1)})`);
const v = (f: PlanFigure | undefined) => (f ? figureText(f) : '–');

/** "A is X, over B of Y by Z (p%)": a cost set against what the budget allows. */
function againstAllowance(o: Extract<CheckOutcome, { figures: PlanFigure[] }>): string {
  const [cost, allowance] = o.figures;
  const both = `${cost?.label}: ${v(cost)}. ${allowance?.label}: ${v(allowance)}.`;
  if (o.difference <= 0) return `${both} It fits, with ${usd(-o.difference)} to spare.`;
  return `${both} That is ${usd(o.difference)} more than allowed${o.differencePct === null ? '' : `, ${formatPct(o.differencePct, 1)} over`}.`;
}

const CHECK_SENTENCES: Record<string, (o: Extract<CheckOutcome, { figures: PlanFigure[] }>) => string> = {
  payback: (o) => {
    const [plan, unit] = o.figures;
    if (Math.abs(o.difference) < 0.05) return `Both tools give a CAC payback of ${v(unit)}.`;
    return `The scale model's CAC payback is ${v(plan)} against ${v(unit)} in unit economics: ${formatMonths(Math.abs(o.difference))} ${o.difference > 0 ? 'longer' : 'shorter'}${pctText(o.differencePct)}. The scale model divides S&M spend by new ARR; unit economics divides CAC by one customer's contribution, so check the S&M share and the margins.`;
  },
  'capacity-growth': (o) => {
    const [plan, planner, limit] = o.figures;
    const when = limit?.value == null ? 'no capacity limit is reached' : `capacity is first reached in ${v(limit)}${o.status === 'contradiction' ? ', inside the 12-month hiring plan' : ''}`;
    return `If usage grows as fast as the scale model's ARR (${v(plan)} a month; the stage planner assumes ${v(planner)}), ${when}.`;
  },
  'org-headcount': (o) => {
    const [org, plan] = o.figures;
    if (Math.abs(o.difference) < 0.5) return `The org design and the scale model both have ${v(plan)}.`;
    return `The org design has ${v(org)} against ${v(plan)} in the scale model: ${formatNumber(Math.abs(o.difference), 1)} ${o.difference > 0 ? 'more' : 'fewer'}${pctText(o.differencePct)}.`;
  },
};

/** A check's outcome said plainly, with its figures. */
export function checkSentence(id: string, o: CheckOutcome): string {
  if (o.status === 'missing') return `Not checked yet: needs ${o.missing.join(' and ')}.`;
  return (CHECK_SENTENCES[id] ?? againstAllowance)(o);
}

/** One reason behind an exit criterion's status, in words; check titles come from the plan. */
export function exitReasonText(r: ExitReason, checkTitle: (id: string) => string): string {
  switch (r.kind) {
    case 'ticked':
      return 'Ticked on the checklist.';
    case 'recorded':
      return `Recorded in its tool on ${r.decidedOn}: ${r.summary}.`;
    case 'not-ticked':
      return 'Not ticked on the checklist.';
    case 'checklist-not-saved':
      return 'The checklist has not been filled in in this browser.';
    case 'contradicted-by':
      return `A check contradicts it: ${checkTitle(r.checkId)}.`;
    case 'attention-from':
      return `A check needs attention: ${checkTitle(r.checkId)}.`;
    case 'supported-by':
      return `A check supports it: ${checkTitle(r.checkId)}.`;
    case 'unchecked':
      return `Not checked: ${checkTitle(r.checkId)} needs ${r.missing.join(' and ')}.`;
  }
}
