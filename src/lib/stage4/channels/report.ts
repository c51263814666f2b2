/** The channel tiers deliverables as Markdown: the tiered channel map by ICP and the resource allocation plan. */
import { formatNumber, formatPct, formatUsd } from '../../format';
import { recordLines, table } from '../markdown';
import type { ChannelResult } from './compute';
import { TIER_NAMES, TIER_SHORT, tierReasonText } from './describe';
import { thresholdsFor } from './compute';
import type { ChannelInputs } from './schema';

/** An amount in the allocation's unit. */
export function amountText(value: number | null, unit: ChannelInputs['allocation']['unit']): string {
  return unit === 'usd' ? (value === 0 ? '$0' : formatUsd(value)) : value === null ? '–' : `${formatNumber(value, 1)} FTE`;
}

/** The whole deliverable. */
export function channelMarkdown(inputs: ChannelInputs, r: ChannelResult): string {
  const icpName = (id: string) => r.map.icps.find((i) => i.id === id)?.name ?? '–';
  const unit = inputs.allocation.unit;
  return [
    '# Channel tiers',
    '',
    ...recordLines(inputs.record.rationale, inputs.record.decidedOn),
    '',
    '## Tiered channel map by ICP',
    '',
    table(
      ['Channel', ...r.map.icps.map((i) => i.name)],
      r.map.channels.map((c) => [c.name, ...r.map.icps.map((i) => {
        const x = c.cells[i.id];
        return x ? (x.tier ? `${TIER_SHORT[x.tier]}${x.overridden ? ' (override)' : ''}` : "Can't tell yet") : '–';
      })]),
    ),
    '',
    '## Tiers with their reasons',
    '',
    table(
      ['Channel', 'ICP', 'Customers/month', 'CAC', 'Suggested', 'Tier', 'Reason'],
      r.rows.map((x, i) => {
        const t = thresholdsFor(inputs, x.icpId);
        const override = inputs.rows[i]!.overrideReason.trim();
        return [
          x.channel,
          icpName(x.icpId),
          formatNumber(x.customersPerMonth, 1),
          formatUsd(x.cacUsd),
          x.suggested ? TIER_SHORT[x.suggested] : "Can't tell yet",
          x.tier ? TIER_NAMES[x.tier] : '–',
          (t ? tierReasonText(x, { ...t }) : 'Its ICP is not in the list.') + (x.overridden ? ` Override: ${override || 'no reason given'}.` : ''),
        ];
      }),
    ),
    '',
    '## Resource allocation plan',
    '',
    `Total: ${amountText(inputs.allocation.total, unit)}. Shares total ${formatPct(r.allocation.sharesTotalPct, 2)}${r.allocation.sharesBalanced ? '.' : ' — they should total 100%.'}`,
    '',
    table(
      ['Tier', 'Share', 'Amount', 'Channels'],
      r.allocation.byTier.map((b) => [TIER_NAMES[b.tier], formatPct(b.sharePct, 2), amountText(b.amount, unit), String(b.channels)]),
    ),
    '',
    table(
      ['Channel', 'ICP', 'Tier', 'Share', 'Amount'],
      r.allocation.lines.map((l) => [l.channel, icpName(l.icpId), TIER_SHORT[l.tier], formatPct(l.sharePct, 2), amountText(l.amount, unit)]),
    ),
    '',
  ].join('\n');
}
