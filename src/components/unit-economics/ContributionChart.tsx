import { useCallback, useMemo } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { ChartFrame } from '../kit/ChartFrame';
import type { ChartTheme } from '../kit/chart-theme';
import { chartHorizonMonths, contributionCurve, type UnitEconomicsInputs, type UnitEconomicsResult } from '../../lib/unit-economics';
import { formatUsd, formatUsdCompact } from '../../lib/format';

/** Cumulative contribution per customer against CAC, with the break-even month marked. */
export function ContributionChart({ inputs, result }: { inputs: UnitEconomicsInputs; result: UnitEconomicsResult }) {
  const months = chartHorizonMonths(result);
  const { points, breakEvenMonth } = useMemo(() => contributionCurve(inputs, months), [inputs, months]);
  const cac = result.cacUsd ?? 0;

  const config = useCallback(
    (theme: ChartTheme): ChartConfiguration => ({
      type: 'line',
      data: {
        labels: points.map((p) => String(p.month)),
        datasets: [
          { label: 'Cumulative contribution (customer who stays)', data: points.map((p) => p.retainedUsd), borderColor: theme.series[0], backgroundColor: theme.series[0], pointRadius: 0, borderWidth: 2 },
          { label: 'Expected, allowing for churn', data: points.map((p) => p.expectedUsd), borderColor: theme.series[2], backgroundColor: theme.series[2], pointRadius: 0, borderWidth: 2, borderDash: [6, 4] },
          { label: 'CAC', data: points.map(() => cac), borderColor: theme.series[1], backgroundColor: theme.series[1], pointRadius: 0, borderWidth: 2 },
          {
            label: 'Break-even',
            data: points.map((p) => (p.month === breakEvenMonth ? p.retainedUsd : null)),
            borderColor: theme.series[3],
            backgroundColor: theme.series[3],
            pointRadius: 7,
            pointStyle: 'triangle',
            showLine: false,
          },
        ],
      },
      options: {
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { title: { display: true, text: 'Months since acquisition' } },
          y: { title: { display: true, text: 'USD per customer' }, ticks: { callback: (v) => formatUsdCompact(Number(v)) } },
        },
        plugins: { legend: { position: 'bottom' } },
      },
    }),
    [points, cac, breakEvenMonth],
  );

  const summary =
    breakEvenMonth === null
      ? 'Contribution never covers CAC with these inputs.'
      : `A customer who stays covers the ${formatUsd(cac)} CAC in month ${breakEvenMonth}.`;
  const step = months > 36 ? 6 : 3;
  const rows = points
    .filter((p) => p.month % step === 0 || p.month === breakEvenMonth)
    .map((p) => [`Month ${p.month}${p.month === breakEvenMonth ? ' (break-even)' : ''}`, formatUsd(p.retainedUsd), formatUsd(p.expectedUsd), formatUsd(cac)]);

  return (
    <ChartFrame
      title="Cumulative contribution per customer against CAC"
      summary={summary}
      config={config}
      table={{ columns: ['Month', 'Customer who stays', 'Expected with churn', 'CAC'], rows }}
    />
  );
}
