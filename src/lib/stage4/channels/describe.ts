/** The channel tiers result in words: tier names from the seed and each suggestion's reason with its figures. */
import { formatNumber, formatUsd } from '../../format';
import type { ChannelRowResult } from './compute';
import type { ChannelThresholds, Tier } from './schema';

/** The seed's name and action of each tier. */
export const TIER_NAMES: Record<Tier, string> = { 1: 'Tier 1 — scale aggressively', 2: 'Tier 2 — maintain opportunistically', 3: 'Tier 3 — eliminate' };
/** Short tier labels for the map. */
export const TIER_SHORT: Record<Tier, string> = { 1: 'Tier 1', 2: 'Tier 2', 3: 'Tier 3' };

/** Why a row got its suggestion (or none), with the figures. */
export function tierReasonText(r: ChannelRowResult, t: ChannelThresholds): string {
  const cac = r.noConversions ? 'no conversions (CAC unbounded)' : `CAC ${formatUsd(r.cacUsd)}`;
  const vol = `${formatNumber(r.customersPerMonth, 1)} customers/month`;
  const weakBar = formatUsd(t.weakCacMultiple * t.targetCacUsd);
  switch (r.reason) {
    case 'missing':
      return `Can't tell yet, because ${r.missing.join(', ')} ${r.missing.length === 1 ? 'is' : 'are'} missing.`;
    case 'strong':
      return `${cac} is at or under the ${formatUsd(t.targetCacUsd)} target and ${vol} reaches the ${formatNumber(t.tier1MinCustomersPerMonth, 1)} needed to scale.`;
    case 'low-volume':
      return `${cac} is at or under the ${formatUsd(t.targetCacUsd)} target, but ${vol} is below the ${formatNumber(t.tier1MinCustomersPerMonth, 1)} needed to scale aggressively.`;
    case 'middling':
      return `${cac} is above the ${formatUsd(t.targetCacUsd)} target but within ${formatNumber(t.weakCacMultiple, 2)}× of it (${weakBar}): it works, without justifying aggressive investment.`;
    case 'weak-stayed':
      return `${cac} is above ${weakBar} (${formatNumber(t.weakCacMultiple, 2)}× target) and did not improve through optimization.`;
    case 'weak-improving':
      return `${cac} is above ${weakBar}, but it improved through optimization: keep it while it keeps improving.`;
    case 'weak-untested':
      return `Can't tell yet, because ${cac} is above ${weakBar} and whether it improved through optimization isn't recorded: eliminate only what stayed weak after optimizing.`;
  }
}
