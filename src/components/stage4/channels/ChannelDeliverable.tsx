import { useCallback } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { ChartFrame } from '../../kit/ChartFrame';
import type { ChartTheme } from '../../kit/chart-theme';
import { DataTable, textColumns } from '../../kit/DataTable';
import { S4_TABLE } from '../shared/table';
import { formatNumber, formatPct, formatUsdCompact } from '../../../lib/format';
import type { ChannelResult } from '../../../lib/stage4/channels/compute';
import { TIER_NAMES, TIER_SHORT } from '../../../lib/stage4/channels/describe';
import { amountText } from '../../../lib/stage4/channels/report';
import type { ChannelInputs } from '../../../lib/stage4/channels/schema';

/** The deliverables: the tiered channel map by ICP and the resource allocation plan, with its chart. */
export function ChannelDeliverable({ inputs, result }: { inputs: ChannelInputs; result: ChannelResult }) {
  const unit = inputs.allocation.unit;
  const icpName = (id: string) => result.map.icps.find((i) => i.id === id)?.name ?? '–';
  const lines = result.allocation.lines;
  const labels = lines.map((l) => `${l.channel} (${icpName(l.icpId)})`);
  const key = JSON.stringify([labels, lines.map((l) => [l.amount, l.tier])]);
  const config = useCallback(
    (theme: ChartTheme): ChartConfiguration => ({
      type: 'bar',
      data: {
        labels,
        datasets: ([1, 2, 3] as const).map((t) => ({
          label: TIER_SHORT[t],
          data: lines.map((l) => (l.tier === t ? l.amount : null)),
          backgroundColor: theme.series[t - 1],
          borderColor: theme.series[t - 1],
        })),
      },
      options: {
        indexAxis: 'y',
        scales: {
          x: { stacked: true, beginAtZero: true, ticks: { callback: (v) => (unit === 'usd' ? formatUsdCompact(Number(v)) : formatNumber(Number(v), 1)) } },
          y: { stacked: true, ticks: { autoSkip: false } },
        },
      },
    }),
    // The key captures every value the chart draws.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, unit],
  );
  const recorded = inputs.record.decidedOn;
  return (
    <section className="s4-deliverable" aria-labelledby="ch-deliverable">
      <h3 id="ch-deliverable">Tiered channel map by ICP</h3>
      <p className="kit-hint">{recorded ? `Recorded as defined on ${recorded}.${inputs.record.rationale ? ` ${inputs.record.rationale}` : ''}` : 'Not recorded yet.'}</p>
      <DataTable {...S4_TABLE}
        caption="Tier of each channel for each ICP"
        columns={textColumns(['Channel', ...result.map.icps.map((i) => i.name)])}
        rows={result.map.channels.map((c) => [
          c.name,
          ...result.map.icps.map((i) => {
            const cell = c.cells[i.id];
            if (!cell) return '–';
            return cell.tier ? `${TIER_SHORT[cell.tier]}${cell.overridden ? ' (your override)' : ''}` : "Can't tell yet";
          }),
        ])}
      />
      <p className="kit-hint">{([1, 2, 3] as const).map((t) => TIER_NAMES[t]).join(' · ')}</p>
      <h3>Resource allocation plan</h3>
      <DataTable {...S4_TABLE}
        caption="Allocation by tier"
        columns={textColumns(['Tier', 'Share', 'Amount', 'Channels'])}
        rows={result.allocation.byTier.map((b) => [TIER_NAMES[b.tier], formatPct(b.sharePct, 2), amountText(b.amount, unit), String(b.channels)])}
      />
      {inputs.allocation.total === null ? (
        <p className="kit-hint">Enter a total to allocate to see the amounts by channel.</p>
      ) : (
        <ChartFrame
          title="Allocation by channel"
          summary={lines.length ? lines.map((l, i) => `${labels[i]}: ${amountText(l.amount, unit)} (${TIER_SHORT[l.tier]})`).join('; ') + '.' : 'No channel has a tier yet.'}
          config={config}
          table={{ columns: ['Channel', 'Tier', 'Share', 'Amount'], rows: lines.map((l, i) => [labels[i]!, TIER_SHORT[l.tier], formatPct(l.sharePct, 2), amountText(l.amount, unit)]) }}
          height={Math.max(160, 40 * lines.length + 60)}
        />
      )}
    </section>
  );
}
