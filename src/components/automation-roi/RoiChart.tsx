import { ChartFrame } from '../kit/ChartFrame';
import { barSeries, useChartConfig } from '../kit/useChartConfig';
import type { AutomationRoiResult } from '../../lib/automation-roi/index';
import { formatUsd, formatUsdCompact } from '../../lib/format';
import { roiText } from './describe';

/** Monthly savings against monthly cost for each counted process, with a table alternative. */
export function RoiChart({ result, names }: { result: AutomationRoiResult; names: string[] }) {
  const rows = result.processes.map((p, i) => ({ p, name: names[i] ?? `Process ${i + 1}` })).filter(({ p }) => p.status === 'counted' && p.figures !== null);
  const labels = rows.map((r) => r.name);
  const savings = rows.map((r) => r.p.figures?.monthlySavingsUsd ?? null);
  const costs = rows.map((r) => r.p.figures?.monthlyCostUsd ?? null);
  const config = useChartConfig([labels, savings, costs], (theme) => ({
    type: 'bar',
    data: { labels, datasets: [barSeries('Monthly savings', savings, theme.series[2]), barSeries('Monthly cost', costs, theme.series[1])] },
    options: {
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { ticks: { autoSkip: false } },
        y: { beginAtZero: true, title: { display: true, text: 'USD per month' }, ticks: { callback: (v) => formatUsdCompact(Number(v)) } },
      },
      plugins: { legend: { position: 'bottom' } },
    },
  }));

  const summary =
    rows.length === 0
      ? 'No process is complete yet, so there is nothing to chart.'
      : rows.map(({ p, name }) => `${name}: saves ${formatUsd(p.figures?.monthlySavingsUsd)} a month for ${formatUsd(p.figures?.monthlyCostUsd)}`).join('; ') +
        '.';
  const table = {
    columns: ['Process', 'Savings per month', 'Cost per month', 'Net per month', 'ROI'],
    rows: rows.map(({ p, name }) => [
      name,
      formatUsd(p.figures?.monthlySavingsUsd),
      formatUsd(p.figures?.monthlyCostUsd),
      formatUsd(p.figures?.netMonthlyBenefitUsd),
      p.figures ? roiText(p.figures).value : '–',
    ]),
  };

  // Nothing to compare yet: say so instead of drawing an empty $0–$1 axis.
  if (rows.length === 0) return <p className="kit-hint ar-chart-empty">{summary}</p>;
  return <ChartFrame title="Monthly savings against monthly cost, per process" summary={summary} config={config} table={table} />;
}
