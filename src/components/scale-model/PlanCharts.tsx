import { useCallback, useId, useState } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { ChartFrame, type ChartTable } from '../kit/ChartFrame';
import type { ChartTheme } from '../kit/chart-theme';
import { formatNumber, formatUsd, formatUsdCompact } from '../../lib/format';
import { PLAN_MONTHS, type ScaleModelInputs, type ScaleModelResult } from '../../lib/scale-model';
import { formatFte, formatOutput, isUsdUnit } from './format-scale';
import { targetUnitOf } from './Results';

type ChartId = 'capacity' | 'output' | 'cost';

const CHARTS: readonly { id: ChartId; label: string }[] = [
  { id: 'capacity', label: 'Headcount and capacity' },
  { id: 'output', label: 'Output against target' },
  { id: 'cost', label: 'Cost' },
];

const monthLabels = Array.from({ length: PLAN_MONTHS }, (_, m) => `M${m + 1}`);

/** One chart of the plan at a time (headcount and capacity, output against target, cost), each with its table. */
export function PlanCharts({ inputs, result }: { inputs: ScaleModelInputs; result: ScaleModelResult }) {
  const [chart, setChart] = useState<ChartId>('capacity');
  const group = useId();
  const unit = targetUnitOf(result) ?? undefined;
  const months = result.months;
  const axisOutput = (v: number) => (isUsdUnit(unit) ? formatUsdCompact(v) : formatNumber(v, 0));

  const config = useCallback(
    (theme: ChartTheme): ChartConfiguration => {
      const s = theme.series;
      const base = { maintainAspectRatio: false, interaction: { mode: 'index' as const, intersect: false }, plugins: { legend: { position: 'bottom' as const } } };
      if (chart === 'capacity') {
        return {
          type: 'line',
          data: {
            labels: monthLabels,
            datasets: [
              { label: 'Headcount (end of month)', data: months.map((m) => m.headcount), borderColor: s[0], backgroundColor: s[0], borderWidth: 2, pointRadius: 2 },
              { label: 'Ramped capacity (FTE)', data: months.map((m) => m.rampedFte), borderColor: s[2], backgroundColor: s[2], borderWidth: 2, borderDash: [6, 4], pointRadius: 2 },
            ],
          },
          options: { ...base, scales: { y: { beginAtZero: true, title: { display: true, text: 'FTE' } } } },
        };
      }
      if (chart === 'output') {
        return {
          type: 'bar',
          data: {
            labels: monthLabels,
            datasets: [
              { type: 'bar', label: 'Output', data: months.map((m) => m.output), backgroundColor: s[0], order: 2 },
              { type: 'line', label: 'Target', data: months.map((m) => m.outputTarget), borderColor: s[1], backgroundColor: s[1], borderWidth: 2, pointRadius: 0, order: 1 },
            ],
          },
          options: {
            ...base,
            scales: { y: { beginAtZero: true, title: { display: true, text: unit ?? 'Output' }, ticks: { callback: (v) => axisOutput(Number(v)) } } },
          },
        };
      }
      return {
        type: 'bar',
        data: {
          labels: monthLabels,
          datasets: [
            { type: 'bar', label: 'People cost', data: months.map((m) => m.headcountCostUsd), backgroundColor: s[0], stack: 'cost', yAxisID: 'y', order: 2 },
            { type: 'bar', label: 'Other costs', data: months.map((m) => m.otherCostUsd), backgroundColor: s[4], stack: 'cost', yAxisID: 'y', order: 2 },
            {
              type: 'line',
              label: 'Cumulative cost',
              data: months.map((m) => m.cumulativeCostUsd),
              borderColor: s[1],
              backgroundColor: s[1],
              borderWidth: 2,
              pointRadius: 2,
              yAxisID: 'y1',
              order: 1,
            },
          ],
        },
        options: {
          ...base,
          scales: {
            x: { stacked: true },
            y: { stacked: true, beginAtZero: true, title: { display: true, text: 'Monthly cost' }, ticks: { callback: (v) => formatUsdCompact(Number(v)) } },
            y1: {
              position: 'right',
              beginAtZero: true,
              grid: { drawOnChartArea: false },
              title: { display: true, text: 'Cumulative cost' },
              ticks: { callback: (v) => formatUsdCompact(Number(v)) },
            },
          },
        },
      };
    },
    // axisOutput depends only on unit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [chart, months, unit],
  );

  const last = months[PLAN_MONTHS - 1];
  const first = months[0];
  let title: string;
  let summary: string;
  let table: ChartTable;
  if (chart === 'capacity') {
    title = 'Headcount and ramped capacity by month';
    summary = `Headcount goes from ${formatFte(first?.headcount ?? 0)} to ${formatFte(last?.headcount ?? 0)} FTE; ramped capacity from ${formatFte(first?.rampedFte ?? 0)} to ${formatFte(last?.rampedFte ?? 0)} FTE.`;
    table = {
      columns: ['Month', 'Headcount (FTE)', 'Ramped capacity (FTE)', 'Still ramping (FTE)'],
      rows: months.map((m) => [`Month ${m.month}`, formatFte(m.headcount), formatFte(m.rampedFte), formatFte(m.stillRampingFte)]),
    };
  } else if (chart === 'output') {
    const short = result.totals.monthsShortOfTarget;
    title = 'Output against the target by month';
    summary =
      inputs.monthlyOutputTarget > 0
        ? `Output reaches ${formatOutput(last?.output ?? 0, unit)} in month 12 against a target of ${formatOutput(inputs.monthlyOutputTarget, unit)}; it falls short in ${short} of 12 months.`
        : `Output reaches ${formatOutput(last?.output ?? 0, unit)} in month 12; no target is set.`;
    table = {
      columns: ['Month', `Output${unit ? ` (${unit})` : ''}`, 'Target', 'Gap to target', 'Cumulative output'],
      rows: months.map((m) => [`Month ${m.month}`, formatOutput(m.output, unit), formatOutput(m.outputTarget, unit), formatOutput(m.gapToTarget, unit), formatOutput(m.cumulativeOutput, unit)]),
    };
  } else {
    title = 'Cost by month, and cumulative';
    summary = `Monthly cost goes from ${formatUsd(first?.costUsd ?? 0)} to ${formatUsd(last?.costUsd ?? 0)}; ${formatUsd(result.totals.costUsd12)} over the 12 months.`;
    table = {
      columns: ['Month', 'People cost', 'Other costs', 'Monthly cost', 'Cumulative cost'],
      rows: months.map((m) => [`Month ${m.month}`, formatUsd(m.headcountCostUsd), formatUsd(m.otherCostUsd), formatUsd(m.costUsd), formatUsd(m.cumulativeCostUsd)]),
    };
  }

  return (
    <div className="sm-charts">
      <div className="kit-segmented sm-chart-pick" role="radiogroup" aria-label="Chart to show" data-print-hide>
        {CHARTS.map((c) => (
          <label key={c.id}>
            <input type="radio" name={group} checked={chart === c.id} onChange={() => setChart(c.id)} /> {c.label}
          </label>
        ))}
      </div>
      <ChartFrame title={title} summary={summary} config={config} table={table} />
    </div>
  );
}
