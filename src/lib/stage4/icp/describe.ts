/** The ICP strategy result in words, with its figures: shared by the tool, its print and its exports. */
import { formatNumber, formatPct, formatRatio, formatUsd, formatMonths } from '../../format';
import type { IcpCondition, IcpConditionId, IcpResult, UnknownReason } from './compute';
import type { IcpInputs, IcpStrategy } from './schema';

/** The seed's name of each strategy. */
export const STRATEGY_NAMES: Record<IcpStrategy, string> = { primary: 'Primary ICP focus', multi: 'Multi-ICP strategy' };

/** The seed's "appropriate when" bullet for each condition. */
export const CONDITION_LABELS: Record<IcpConditionId, string> = {
  outperform: 'Primary ICP economics significantly outperform others',
  'growth-by-focus': 'Growth targets can be met through focused scaling',
  simplicity: 'Organizational simplicity is prioritized',
  'secondary-acceptable': 'Secondary segments have acceptable economics',
  'aggregate-needed': 'Aggregate volume is required for growth targets',
  'channels-differ': 'Channel constraints differ by segment',
};

/** A figure in the growth target's unit. */
export function volumeText(value: number | null, unit: IcpInputs['growthTargetUnit']): string {
  if (value === null) return '–';
  return unit === 'customers' ? `${formatNumber(value, 1)} new customers/month` : `${formatUsd(value)} new ARR/month`;
}

/** Why something can't be judged yet, in a sentence (after "Can't tell yet, because"). */
export function unknownText(reason: UnknownReason, r: IcpResult): string {
  switch (reason) {
    case 'no-segments':
      return 'there are no segments yet: add at least one.';
    case 'missing-economics':
      return `${r.incomplete.map((x) => (x.missing.length ? `${x.name} lacks ${x.missing.join(', ')}` : `${x.name}: ${x.problem}`)).join('; ')}.`;
    case 'tie-for-best':
      return `${r.tiedForBest.join(' and ')} tie for the best LTV:CAC (${formatRatio(r.bestLtvToCac)}), so there is no single leading segment.`;
    case 'no-growth-target':
      return 'no growth target is set.';
    case 'no-volume':
      return 'the leading segment has no reachable volume entered (and, for an ARR target, an ARPA).';
    case 'no-channels':
      return 'not every segment lists the channels that reach it.';
    case 'secondary-economics':
      return 'no secondary segment is acceptable yet and some lack figures.';
    case 'conditions-tie':
      return `as many conditions hold for each strategy (${r.recommendation.primaryHolds} and ${r.recommendation.multiHolds}): this one is a judgement call, so record your reasoning.`;
    case 'missing-conditions':
      return `the conditions that can't be judged yet (${r.recommendation.unknown.map((id) => `"${CONDITION_LABELS[id]}"`).join(', ')}) could change the outcome.`;
  }
}

/** The figures behind one condition. */
export function conditionText(c: IcpCondition, r: IcpResult, inputs: IcpInputs): string {
  if (c.judgement === 'unknown' && c.unknownBecause) return `Can't tell yet, because ${unknownText(c.unknownBecause, r)}`;
  const t = inputs.thresholds;
  const leader = r.segments.find((s) => s.id === r.leaderId);
  const others = r.segments.filter((s) => s.id !== r.leaderId);
  const target = volumeText(inputs.growthTargetPerMonth, inputs.growthTargetUnit);
  switch (c.id) {
    case 'outperform':
      if (inputs.segments.length === 1) return 'Only one segment: there is nothing to compare it with.';
      if (r.leadMultiple === null) return `${leader?.name} leads at ${formatRatio(r.bestLtvToCac)}; the next segment's LTV:CAC is ${formatRatio(r.nextLtvToCac)}.`;
      return `${leader?.name} has LTV:CAC ${formatRatio(r.bestLtvToCac)}, ${formatNumber(r.leadMultiple, 2)}× the next best (${formatRatio(r.nextLtvToCac)}); the bar is ${formatNumber(t.outperformMultiple, 2)}×.`;
    case 'growth-by-focus':
    case 'aggregate-needed': {
      const lead = `${leader?.name} supplies ${volumeText(r.leaderVolumePerMonth, inputs.growthTargetUnit)} against a target of ${target}`;
      const all = r.acceptableVolumePerMonth === null ? '' : `; all segments with acceptable economics together supply ${volumeText(r.acceptableVolumePerMonth, inputs.growthTargetUnit)}`;
      return `${lead}${all}.`;
    }
    case 'simplicity':
      return inputs.prioritizeSimplicity ? 'You marked organizational simplicity as a priority.' : 'You did not mark organizational simplicity as a priority.';
    case 'secondary-acceptable': {
      if (others.length === 0) return 'There is no secondary segment.';
      const ok = others.filter((s) => s.economics.acceptable === 'holds').map((s) => s.name);
      const bar = `LTV:CAC ≥ ${formatRatio(t.minLtvToCac)} and payback under ${formatMonths(t.maxPaybackMonths)}`;
      const each = others.map((s) => `${s.name} ${formatRatio(s.economics.ltvToCac)}, ${formatMonths(s.economics.paybackMonths)}`).join('; ');
      return ok.length ? `${ok.join(', ')} meet${ok.length === 1 ? 's' : ''} the bar (${bar}): ${each}.` : `None meets the bar (${bar}): ${each}.`;
    }
    case 'channels-differ': {
      const own = others.filter((s) => s.ownChannels.length > 0).map((s) => `${s.name} needs ${s.ownChannels.join(', ')}`);
      return own.length ? `${own.join('; ')}, which ${leader?.name} does not use.` : `Every segment is reached through ${leader?.name}'s channels.`;
    }
  }
}

/** The recommendation as a heading and a sentence. */
export function recommendationText(r: IcpResult, inputs: IcpInputs): { title: string; detail: string } {
  const rec = r.recommendation;
  const leader = r.segments.find((s) => s.id === r.leaderId);
  if (rec.strategy === null) return { title: "Can't tell yet", detail: `Can't tell yet, because ${unknownText(rec.basis as UnknownReason, r)}` };
  const name = STRATEGY_NAMES[rec.strategy];
  if (rec.basis === 'single-segment') return { title: name, detail: `${leader?.name} is the only segment, so focus is the only option; Multi-ICP needs at least two.` };
  const held = rec.strategy === 'primary' ? rec.primaryHolds : rec.multiHolds;
  const other = rec.strategy === 'primary' ? rec.multiHolds : rec.primaryHolds;
  const lead = rec.strategy === 'primary' ? ` on ${leader?.name}` : `, led by ${leader?.name}`;
  const bar = r.leaderBelowBar ? ` Note: even ${leader?.name} is below the acceptable bar (LTV:CAC ≥ ${formatRatio(inputs.thresholds.minLtvToCac)}, payback under ${formatMonths(inputs.thresholds.maxPaybackMonths)}).` : '';
  return { title: `${name}${lead}`, detail: `${held} of its 3 conditions hold, against ${other} of 3 for the other strategy.${bar}` };
}

/** The shared-skills figure of a segment against the leader. */
export function sharedSkillsText(pct: number | null): string {
  return pct === null ? '–' : formatPct(pct, 0);
}
