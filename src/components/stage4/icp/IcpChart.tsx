import { ChartFrame } from '../../kit/ChartFrame';
import { barSeries, useChartConfig } from '../../kit/useChartConfig';
import { formatMonths, formatNumber, formatRatio } from '../../../lib/format';
import type { IcpResult } from '../../../lib/stage4/icp/compute';
import type { IcpThresholds } from '../../../lib/stage4/icp/schema';

/** LTV:CAC by segment against the acceptable bar, with a table alternative. */
export function IcpChart({ result, thresholds }: { result: IcpResult; thresholds: IcpThresholds }) {
  const rated = result.segments.filter((s) => s.economics.ltvToCac !== null);
  const labels = rated.map((s) => s.name);
  const ratios = rated.map((s) => s.economics.ltvToCac);
  const config = useChartConfig([labels, ratios, thresholds.minLtvToCac], (theme) => ({
    type: 'bar',
    data: {
      labels,
      datasets: [
        barSeries('LTV:CAC', ratios, theme.series[0]),
        { type: 'line', label: `Acceptable bar (${formatRatio(thresholds.minLtvToCac)})`, data: labels.map(() => thresholds.minLtvToCac), borderColor: theme.series[3], borderDash: [6, 4], pointRadius: 0 },
      ],
    },
    options: { scales: { y: { beginAtZero: true, title: { display: true, text: 'LTV:CAC' }, ticks: { callback: (v) => `${formatNumber(Number(v), 1)}:1` } } } },
  }));
  if (rated.length === 0) return null;
  return (
    <ChartFrame
      title="LTV:CAC by segment"
      summary={`${rated.map((s) => `${s.name} ${formatRatio(s.economics.ltvToCac)}`).join(', ')}; the acceptable bar is ${formatRatio(thresholds.minLtvToCac)}.`}
      config={config}
      table={{ columns: ['Segment', 'LTV:CAC', 'Payback'], rows: rated.map((s) => [s.name, formatRatio(s.economics.ltvToCac), formatMonths(s.economics.paybackMonths)]) }}
      height={220}
    />
  );
}
