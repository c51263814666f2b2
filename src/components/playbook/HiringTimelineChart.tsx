import { useCallback } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { ChartFrame } from '../kit/ChartFrame';
import type { ChartTheme } from '../kit/chart-theme';
import type { HiringChartData } from '../../lib/stage-planner/hiring-chart';
import { formatNumber } from '../../lib/format';
import '../kit/kit.css';

/** Stacked bars of team size by function at the end of each hiring phase (data computed by the page). */
export default function HiringTimelineChart({ data }: { data: HiringChartData }) {
  const config = useCallback(
    (theme: ChartTheme): ChartConfiguration => ({
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: data.series.map((s, i) => ({
          label: s.label,
          data: s.values,
          backgroundColor: theme.series[i % theme.series.length],
          borderColor: theme.background,
          borderWidth: 1,
        })),
      },
      options: {
        scales: { x: { stacked: true }, y: { stacked: true, title: { display: true, text: 'FTE' } } },
        plugins: { legend: { position: 'bottom' } },
      },
    }),
    [data],
  );
  const summary = data.labels.map((l, i) => `${l}: ${formatNumber(data.totals[i])} FTE`).join('; ');
  return (
    <ChartFrame
      title="Team size by function at the end of each hiring phase"
      summary={`${summary}.`}
      config={config}
      table={{
        columns: ['Function', ...data.labels],
        rows: [...data.series.map((s) => [s.label, ...s.values.map((v) => formatNumber(v))]), ['Total', ...data.totals.map((t) => formatNumber(t))]],
      }}
    />
  );
}
