import type { ReactNode } from 'react';
import { formatNumber, formatPct, formatUsd } from '../../lib/format';
import type { MetricChange, WorkshopSums } from '../../presets/workshop';
import { channelBalance, teamPlanWarnings } from '../../lib/workshop/sums-view';
import { DataTable, type DataColumn } from '../kit/DataTable';

const DASH = '—';
const num = (v: number | null) => (v === null ? DASH : formatNumber(v, 1));
/** A change with its sign: "+4", "−1", "0". */
const signed = (v: number | null, fmt: (n: number) => string = (n) => formatNumber(n, 1)) =>
  v === null ? DASH : v > 0 ? `+${fmt(v)}` : v < 0 ? `−${fmt(-v)}` : fmt(0);
const weeks = (v: number) => `${formatNumber(v, 1)} ${v === 1 ? 'week' : 'weeks'}`;
const perMonth = (v: number | null) => (v === null ? DASH : `${formatUsd(v)}/month`);

type CostRow = { key: string; label: string; impact: string; after: string };
const COST_COLUMNS: DataColumn<CostRow>[] = [
  { header: 'Phase', cell: 'label', rowHeader: true },
  { header: 'Cost impact', cell: 'impact' },
  { header: 'Run-rate after it', cell: 'after' },
];

type TeamRow = { key: string; label: string; current: ReactNode; target: ReactNode; change?: ReactNode; mismatch?: boolean };
const TEAM_COLUMNS: DataColumn<TeamRow>[] = [
  { header: 'Function', cell: 'label', rowHeader: true },
  { header: 'Current', cell: 'current' },
  { header: 'Target', cell: 'target' },
  { header: 'Change', cell: (r) => r.change },
];

/** A titled box of computed figures beside a worksheet section. */
function SumsBox({ title, children, tone }: { title: string; children: ReactNode; tone?: 'warn' }) {
  // Named from the title, which is unique on a page: several worksheet islands share a page, and ids from
  // useId repeat across islands when rendered on the server.
  const id = `ws-sums-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
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
            {sums.costsEntered === 0 ? DASH : perMonth(sums.totalMonthlyCostUsd)}
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
  const none = sums.phasesEntered === 0;
  return (
    <SumsBox title="Roadmap cost impact, computed">
      <DataTable
        caption="Cost impact per phase and the monthly run-rate once it is done"
        captionHidden
        className="ws-table"
        columns={COST_COLUMNS}
        rows={sums.phases.map((p) => ({ key: p.id, label: p.label, impact: perMonth(p.monthlyCostUsd), after: perMonth(p.cumulativeMonthlyCostUsd) }))}
        rowKey={(r) => r.key}
        footer={[{ key: 'all', label: 'All three phases', impact: none ? DASH : perMonth(sums.totalMonthlyCostUsd), after: none ? DASH : `${formatUsd(sums.totalAnnualCostUsd)} a year` }]}
      />
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
  const messages = teamPlanWarnings(sums);
  return (
    <SumsBox title="Team plan, computed" tone={messages.length > 0 ? 'warn' : undefined}>
      <DataTable
        caption="Current team, 12-month target and change per function"
        captionHidden
        className="ws-table"
        columns={TEAM_COLUMNS}
        rows={sums.functions.map((f) => ({
          key: f.functionId,
          label: f.label,
          current: f.hasCurrentField ? num(f.current) : <span title="The workshop's current-team worksheet does not list this function">n/a</span>,
          target: num(f.target),
          change: <ChangeCell entered={f.enteredChange} computed={f.computedChange} mismatch={f.changeMismatch} />,
          mismatch: f.changeMismatch,
        }))}
        rowKey={(r) => r.key}
        rowProps={(r) => (r.mismatch ? { 'data-mismatch': '' } : undefined)}
        footer={[
          { key: 'sum', label: 'Functions added up', current: formatNumber(sums.currentFunctionsSum, 1), target: sums.targetsAnswered === 0 ? DASH : formatNumber(sums.targetFunctionsSum, 1) },
          { key: 'entered', label: 'Totals entered', current: num(sums.currentTotal), target: num(sums.targetTotal) },
        ]}
      />
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
  const balance = channelBalance(sums);
  return (
    <SumsBox title="Recruiting channels, computed" tone={sums.warning ? 'warn' : undefined}>
      <div role="status" className="ws-channel-status">
        {balance.state === 'empty' ? (
          <p className="ws-detail">Enter each channel’s share of hires; together they should make 100%.</p>
        ) : (
          <p>
            Channels add up to <strong>{formatPct(sums.sumPct)}</strong>
            {balance.state === 'balanced' ? ' ✓' : balance.state === 'short' ? `, ${formatPct(balance.gapPct)} left to allocate.` : `, ${formatPct(balance.gapPct)} too much.`}
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

const METRIC_COLUMNS: DataColumn<MetricChange>[] = [
  { header: 'Metric', cell: 'label', rowHeader: true },
  { header: 'From', cell: (m) => metricValue(m, m.from) },
  { header: 'To', cell: (m) => metricValue(m, m.to) },
  { header: 'Change', cell: (m) => (m.change === null ? DASH : signed(m.change, (n) => metricValue(m, n))) },
  { header: 'Change %', cell: (m) => (m.changePct === null ? PCT_NOTE[m.changePctNote ?? 'missing'] : signed(m.changePct, (n) => formatPct(n))) },
];

/** The success metrics' change over the 12 months. */
export function MetricSums({ metrics }: { metrics: WorkshopSums['successMetrics'] }) {
  return (
    <SumsBox title="Success metrics, computed">
      <DataTable caption="Change of each success metric over 12 months" captionHidden className="ws-table" columns={METRIC_COLUMNS} rows={metrics} rowKey={(m) => m.id} />
    </SumsBox>
  );
}
