/** What the worksheet sums boxes say, worked out from the sums: warnings to list and how the channels balance. */
import type { RecruitingChannelSums, TeamPlanSums } from './sums';

/** Every team-plan warning, each function's prefixed with its name, then the one on the totals. */
export function teamPlanWarnings(sums: TeamPlanSums): string[] {
  return [...sums.functions.flatMap((f) => (f.message ? [`${f.label}: ${f.message}`] : [])), ...(sums.targetTotalMessage ? [sums.targetTotalMessage] : [])];
}

/** How the recruiting channel shares stand against 100%: nothing entered, balanced, short by or over by `gapPct`. */
export type ChannelBalance = { state: 'empty' } | { state: 'balanced' } | { state: 'short' | 'over'; gapPct: number };

/** Whether the entered channel shares make 100%, and by how much they miss. */
export function channelBalance(sums: RecruitingChannelSums): ChannelBalance {
  if (sums.answered === 0) return { state: 'empty' };
  if (!sums.warning) return { state: 'balanced' };
  return sums.remainingPct > 0 ? { state: 'short', gapPct: sums.remainingPct } : { state: 'over', gapPct: -sums.remainingPct };
}
