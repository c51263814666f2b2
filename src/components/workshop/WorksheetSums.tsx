import { useId, type ReactNode } from 'react';
import { formatNumber, formatPct, formatUsd } from '../../lib/format';
import type { MetricChange, WorkshopSums } from '../../presets/workshop';

const DASH = '—';
const num = (v: number | null) => (v === null ? DASH : formatNumber(v, 1));
/** A change with its sign: "+4", "−1", "0". */
const signed = (v: number | null, fmt: (n: number) => string = (n) => formatNumber(n, 1)) =>
  v === null ? DASH : v > 0 ? `+${fmt(v)}` : v < 0 ? `−${fmt(-v)}` : fmt(0);
const weeks = (v: number) => `${formatNumber(v, 1)} ${v === 1 ? 'week' : 'weeks'}`;

/** A titled box of computed figures beside a worksheet section. */
function SumsBox({ title, children, tone }: { title: string; children: ReactNode; tone?: 'warn' }) {
  const id = useId();
  return (
    <div className="ws-sums" role="group" aria-labelledby={id} data-tone={tone}>
      <p className="ws-sums-title" id={id}>
        {title}
      </p>
      {children}
    </div>
  );
}

/** A warning that does not rely on colour: a symbol and the word "Check". */
function Warning({ children }: { children: ReactNode }) {
  return (
    <p className="ws-warning">
      <span aria-hidden="true">⚠ </span>
      <strong>Check: </strong>
      {children}
    </p>
  );
}

/** Total cost and longest timeline of the bottleneck fixes. */
export function BottleneckSums({ sums }: { sums: WorkshopSums['bottlenecks'] }) {
  return (
    <SumsBox title="Bottleneck fixes, computed">
      <dl className="ws-figures">
        <div>
          <dt>Total cost</dt>
          <dd>
            {sums.costsEntered === 0 ? DASH : `${formatUsd(sums.totalMonthlyCostUsd)}/month`}
            <span className="ws-detail">
              {sums.costsEntered === 0
                ? 'Enter each bottleneck’s cost to see the total.'
                : `${formatUsd(sums.annualCostUsd)} a year; ${sums.costsEntered} of ${sums.rows.length} costs entered`}
            </span>
          </dd>
        </div>
        <div>
          <dt>All fixed within</dt>
          <dd>
            {sums.longestTimelineWeeks === null ? DASH : weeks(sums.longestTimelineWeeks)}
            <span className="ws-detail">The longest timeline, if the fixes run side by side.</span>
          </dd>
        </div>
      </dl>
    </SumsBox>
  );
}

/** The roadmap's cost impact per phase and the monthly run-rate once each phase is done. */
export function RoadmapCostSums({ sums }: { sums: WorkshopSums['roadmapCosts'] }) {
  return (
    <SumsBox title="Roadmap cost impact, computed">
      <div className="kit-table-scroll">
        <table className="ws-table">
          <caption className="sr-only">Cost impact per phase and the monthly run-rate once it is done</caption>
          <thead>
            <tr>
              <th scope="col">Phase</th>
              <th scope="col">Cost impact</th>
              <th scope="col">Run-rate after it</th>
            </tr>
          </thead>
          <tbody>
            {sums.phases.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.label}</th>
                <td>{p.monthlyCostUsd === null ? DASH : `${formatUsd(p.monthlyCostUsd)}/month`}</td>
                <td>{p.cumulativeMonthlyCostUsd === null ? DASH : `${formatUsd(p.cumulativeMonthlyCostUsd)}/month`}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All three phases</th>
              <td>{sums.phasesEntered === 0 ? DASH : `${formatUsd(sums.totalMonthlyCostUsd)}/month`}</td>
              <td>{sums.phasesEntered === 0 ? DASH : `${formatUsd(sums.totalAnnualCostUsd)} a year`}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="ws-detail">Each phase’s cost impact is read as added to the phases before it.</p>
    </SumsBox>
  );
}

/** The change as entered, checked against target − current (or worked out when not entered). */
function ChangeCell({ entered, computed, mismatch }: { entered: number | null; computed: number | null; mismatch: boolean }) {
  if (entered === null) return computed === null ? <>{DASH}</> : <span title="target − current">{signed(computed)} <span className="ws-detail">(computed)</span></span>;
  if (mismatch) {
    return (
      <span className="ws-flag">
        {signed(entered)} <span aria-hidden="true">⚠</span> ≠ {signed(computed)}
      </span>
    );
  }
  return <>{signed(entered)}{computed !== null && <span className="ws-detail"> ✓</span>}</>;
}

/** Current team, 12-month targets and changes, with the totals checked against each other. */
export function TeamPlanSums({ sums }: { sums: WorkshopSums['teamPlan'] }) {
  const messages = [...sums.functions.flatMap((f) => (f.message ? [`${f.label}: ${f.message}`] : [])), ...(sums.targetTotalMessage ? [sums.targetTotalMessage] : [])];
  return (
    <SumsBox title="Team plan, computed" tone={messages.length > 0 ? 'warn' : undefined}>
      <div className="kit-table-scroll">
        <table className="ws-table">
          <caption className="sr-only">Current team, 12-month target and change per function</caption>
          <thead>
            <tr>
              <th scope="col">Function</th>
              <th scope="col">Current</th>
              <th scope="col">Target</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {sums.functions.map((f) => (
              <tr key={f.functionId} data-mismatch={f.changeMismatch ? '' : undefined}>
                <th scope="row">{f.label}</th>
                <td>{f.hasCurrentField ? num(f.current) : <span title="The workshop's current-team worksheet does not list this function">n/a</span>}</td>
                <td>{num(f.target)}</td>
                <td>
                  <ChangeCell entered={f.enteredChange} computed={f.computedChange} mismatch={f.changeMismatch} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Functions added up</th>
              <td>{formatNumber(sums.currentFunctionsSum, 1)}</td>
              <td>{sums.targetsAnswered === 0 ? DASH : formatNumber(sums.targetFunctionsSum, 1)}</td>
              <td />
            </tr>
            <tr>
              <th scope="row">Totals entered</th>
              <td>{num(sums.currentTotal)}</td>
              <td>{num(sums.targetTotal)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      {sums.plannedGrowth !== null && (
        <p>
          Planned growth: <strong>{signed(sums.plannedGrowth)} people</strong> in 12 months (total target − total team members).
        </p>
      )}
      <div role="status">
        {messages.map((m) => (
          <Warning key={m}>{m}</Warning>
        ))}
        {sums.currentOutsideListed !== null && sums.currentOutsideListed > 0 && (
          <p className="ws-detail">
            {formatNumber(sums.currentOutsideListed, 1)} of the current team work outside the five listed functions.
          </p>
        )}
        {sums.currentOutsideListed !== null && sums.currentOutsideListed < 0 && (
          <Warning>The current functions add up to more people than the total team members entered.</Warning>
        )}
      </div>
    </SumsBox>
  );
}

/** Recruiting channel shares: their sum, and a warning unless they make 100%. */
export function ChannelSums({ sums }: { sums: WorkshopSums['recruitingChannels'] }) {
  return (
    <SumsBox title="Recruiting channels, computed" tone={sums.warning ? 'warn' : undefined}>
      <div role="status" className="ws-channel-status">
        {sums.answered === 0 ? (
          <p className="ws-detail">Enter each channel’s share of hires; together they should make 100%.</p>
        ) : (
          <p>
            Channels add up to <strong>{formatPct(sums.sumPct)}</strong>
            {sums.warning ? (sums.remainingPct > 0 ? `, ${formatPct(sums.remainingPct)} left to allocate.` : `, ${formatPct(-sums.remainingPct)} too much.`) : ' ✓'}
          </p>
        )}
        {sums.warning && <Warning>{sums.warning}</Warning>}
      </div>
    </SumsBox>
  );
}

function metricValue(m: MetricChange, v: number | null): string {
  if (v === null) return DASH;
  return m.unit === 'usd' ? formatUsd(v) : formatNumber(v, 1);
}

const PCT_NOTE: Record<NonNullable<MetricChange['changePctNote']>, string> = {
  missing: DASH,
  'from-zero': 'n/a from 0',
  'out-of-range': 'too large to show',
};

/** The success metrics' change over the 12 months. */
export function MetricSums({ metrics }: { metrics: WorkshopSums['successMetrics'] }) {
  return (
    <SumsBox title="Success metrics, computed">
      <div className="kit-table-scroll">
        <table className="ws-table">
          <caption className="sr-only">Change of each success metric over 12 months</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Change</th>
              <th scope="col">Change %</th>
            </tr>
          </thead>
          <tbody>
            {metrics.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.label}</th>
                <td>{metricValue(m, m.from)}</td>
                <td>{metricValue(m, m.to)}</td>
                <td>{m.change === null ? DASH : signed(m.change, (n) => metricValue(m, n))}</td>
                <td>{m.changePct === null ? PCT_NOTE[m.changePctNote ?? 'missing'] : signed(m.changePct, (n) => formatPct(n))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </SumsBox>
  );
}
