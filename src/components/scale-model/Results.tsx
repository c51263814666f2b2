import { ResultList, type ResultItem } from '../kit/ResultList';
import { formatMonths, formatNumber, formatUsd } from '../../lib/format';
import { BURN_MULTIPLE_BANDS, PLAN_MONTHS, type BurnMultipleBand, type ScaleModelInputs, type ScaleModelResult } from '../../lib/scale-model';
import { formatFte, formatMetric, formatMultiple, formatOutput, metricReason } from './format-scale';
import { DataTable } from './fields';

/** Where the burn multiple bands come from, named wherever they are shown. */
export const BURN_MULTIPLE_SOURCE = 'David Sacks, “The Burn Multiple”, 2020';

const BAND_TONE: Record<BurnMultipleBand, ResultItem['tone']> = { amazing: 'ok', great: 'ok', good: 'ok', suspect: 'warn', bad: 'bad' };

/** The unit shared by the roles that count toward the target, or null when none or several. */
export const targetUnitOf = (result: ScaleModelResult) => (result.targetUnits.length === 1 ? (result.targetUnits[0] ?? null) : null);

/** The plan's headline figures. */
export function KeyResults({ inputs, result }: { inputs: ScaleModelInputs; result: ScaleModelResult }) {
  const unit = targetUnitOf(result) ?? undefined;
  const t = result.totals;
  const last = result.months[PLAN_MONTHS - 1];
  const monthsShort = t.monthsShortOfTarget;
  const items: ResultItem[] = [
    {
      label: 'Headcount in month 12',
      value: `${formatFte(t.endingHeadcount)} FTE`,
      detail: `${formatFte(t.startingHeadcount)} at the start + ${formatFte(t.hires12)} hired, less attrition`,
    },
    { label: 'Ramped capacity in month 12', value: `${formatFte(t.endingCapacity)} FTE`, detail: 'Fully ramped equivalents' },
    {
      label: '12-month output toward the target',
      value: formatOutput(t.output12, unit),
      tone: inputs.monthlyOutputTarget > 0 ? (monthsShort === 0 ? 'ok' : 'warn') : undefined,
      detail:
        inputs.monthlyOutputTarget > 0
          ? `Target ${formatOutput(t.outputTarget12, unit)}; ${monthsShort === 0 ? 'on target every month' : `short of it in ${monthsShort} of 12 months`}`
          : 'No output target set',
    },
    { label: '12-month cost', value: formatUsd(t.costUsd12), detail: `People ${formatUsd(t.headcountCostUsd12)}, other ${formatUsd(t.otherCostUsd12)}` },
    { label: 'Most managers needed', value: formatNumber(t.maxManagersNeeded, 0), detail: `At a span of control of ${formatNumber(inputs.spanOfControl, 1)}` },
    {
      label: 'Pipeline needed per month',
      value: formatOutput(last?.pipelineNeeded ?? 0, unit),
      detail: `${formatMultiple(result.coverage.multiple)} the target${result.coverage.source === 'winRate' ? ', from the win rate' : ''}`,
    },
    {
      label: 'Late requisitions',
      value: formatNumber(t.lateRequisitions, 0),
      tone: t.lateRequisitions > 0 ? 'bad' : 'ok',
      detail: t.lateRequisitions > 0 ? 'Should have opened before month 1' : 'Every requisition can open on time',
    },
  ];
  return <ResultList items={items} label="Key results of the plan" />;
}

/** The plan month by month. */
export function MonthTable({ result }: { result: ScaleModelResult }) {
  const unit = targetUnitOf(result) ?? undefined;
  const out = (v: number) => formatOutput(v, unit);
  return (
    <DataTable
      className="sm-result-table"
      caption="The plan month by month"
      columns={['Month', 'Headcount', 'Ramped FTE', 'Output', 'Gap to target', 'Pipeline needed', 'Cost', 'Cumulative output', 'Cumulative cost', 'Managers needed', 'Reqs to open']}
      rows={result.months.map((m) => {
        const late = m.lateRequisitionsToOpen;
        return {
          key: String(m.month),
          cells: [
            `Month ${m.month}`,
            formatFte(m.headcount),
            formatFte(m.rampedFte),
            out(m.output),
            m.gapToTarget > 0 ? out(m.gapToTarget) : 'None',
            out(m.pipelineNeeded),
            formatUsd(m.costUsd),
            out(m.cumulativeOutput),
            formatUsd(m.cumulativeCostUsd),
            formatNumber(m.managersNeeded, 0),
            `${m.requisitionsToOpen.length}${late > 0 ? ` (${late} late)` : ''}`,
          ],
        };
      })}
    />
  );
}

/** When to open each requisition so the hire starts on time; late ones flagged. */
export function RequisitionList({ result }: { result: ScaleModelResult }) {
  if (result.requisitions.length === 0) return <p className="kit-hint">No hires in the plan, so no requisitions to open.</p>;
  return (
    <DataTable
      className="sm-reqs"
      caption="Requisitions: when to open each one"
      columns={['Open in', 'Role', 'FTE', 'Starts in', 'Status']}
      rows={result.requisitions.map((r, i) => ({
        key: String(i),
        mark: r.late ? 'late' : undefined,
        cells: [
          r.late ? 'Before month 1' : `Month ${r.openMonth}`,
          r.roleName,
          formatNumber(r.fte, 2),
          `Month ${r.hireMonth}`,
          r.late ? <strong className="sm-late">Already late by {formatMonths(r.monthsLate, 0)}</strong> : 'On time',
        ],
      }))}
    />
  );
}

/** Net burn, net new ARR, burn multiple (banded, sourced), magic number, CAC payback and runway. */
export function CapitalPanel({ result }: { result: ScaleModelResult }) {
  const ce = result.capitalEfficiency;
  const band = BURN_MULTIPLE_BANDS.find((b) => b.id === ce.burnMultipleBand) ?? null;
  const quarters = ce.magicNumberByQuarter
    .map((q, i) => (q.value === null ? null : `Q${i + 1} ${formatMultiple(q.value)}`))
    .filter((q) => q !== null)
    .join(', ');
  const runwayDetail =
    ce.runwayMonths.value === null
      ? metricReason(ce.runwayMonths)
      : ce.cashOutMonth !== null
        ? `Cash runs out in month ${ce.cashOutMonth}: the plan is not funded past it.`
        : `Cash at month 12: ${formatUsd(ce.endingCashUsd)}; after that at month 12's net burn.`;
  const items: ResultItem[] = [
    {
      label: '12-month net burn',
      value: formatUsd(ce.netBurnUsd12),
      detail: ce.netBurnUsd12 < 0 ? 'Negative: the plan generates cash' : `Cost ${formatUsd(result.totals.costUsd12)} − gross profit ${formatUsd(ce.grossProfitUsd12)}`,
    },
    { label: 'Net new ARR', value: formatUsd(ce.netNewArrUsd12), detail: `ARR ${formatUsd(ce.startingArrUsd)} → ${formatUsd(ce.endingArrUsd)}` },
    {
      label: 'Burn multiple',
      value: formatMetric(ce.burnMultiple, 'multiple'),
      tone: ce.burnMultipleBand ? BAND_TONE[ce.burnMultipleBand] : undefined,
      detail: band ? `${band.label} (${band.range}), by the bands of ${BURN_MULTIPLE_SOURCE}` : metricReason(ce.burnMultiple),
    },
    {
      label: 'Magic number',
      value: formatMetric(ce.magicNumber, 'multiple'),
      detail: ce.magicNumber.value === null ? metricReason(ce.magicNumber) : `A quarter's net new ARR ÷ the previous quarter's S&M spend; by quarter: ${quarters}`,
    },
    {
      label: 'CAC payback',
      value: formatMetric(ce.cacPaybackMonths, 'months'),
      detail: ce.cacPaybackMonths.value === null ? metricReason(ce.cacPaybackMonths) : `S&M spend ${formatUsd(ce.salesMarketingCostUsd12)} ÷ monthly gross profit of the new ARR`,
    },
    {
      label: 'Runway',
      value: formatMetric(ce.runwayMonths, 'months'),
      tone: ce.cashOutMonth !== null ? 'bad' : undefined,
      detail: runwayDetail,
    },
  ];
  return (
    <div className="sm-capital">
      <ResultList items={items} label="Capital efficiency" />
    </div>
  );
}
