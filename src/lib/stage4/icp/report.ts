/** The ICP strategy deliverable as Markdown ("Explicit ICP strategy selected"). */
import { formatMonths, formatNumber, formatRatio, formatUsd } from '../../format';
import { recordLines, table } from '../markdown';
import type { IcpResult } from './compute';
import { CONDITION_LABELS, STRATEGY_NAMES, conditionText, recommendationText, sharedSkillsText, volumeText } from './describe';
import type { IcpInputs } from './schema';

const mark = { holds: 'Holds', fails: 'Does not hold', unknown: "Can't tell yet" } as const;

/** The chosen strategy and segment in words, or null when nothing is recorded. */
export function icpDecisionSummary(inputs: IcpInputs, r: IcpResult): string | null {
  const d = inputs.decision;
  if (!d.choice || !d.decidedOn) return null;
  const seg = r.segments.find((s) => s.id === d.primarySegmentId)?.name;
  return `${STRATEGY_NAMES[d.choice]}${seg ? (d.choice === 'primary' ? ` on ${seg}` : `, led by ${seg}`) : ''}`;
}

/** The whole deliverable. */
export function icpMarkdown(inputs: IcpInputs, r: IcpResult): string {
  const rec = recommendationText(r, inputs);
  const decided = icpDecisionSummary(inputs, r);
  const overrode = decided && r.recommendation.strategy && inputs.decision.choice !== r.recommendation.strategy;
  const out = [
    '# ICP strategy',
    '',
    `## Decision: ${decided ?? 'not recorded yet'}`,
    '',
    ...recordLines(inputs.decision.rationale, inputs.decision.decidedOn),
    ...(overrode ? ['', `This overrides the recommendation (${rec.title}).`] : []),
    '',
    `## Recommendation: ${rec.title}`,
    '',
    rec.detail,
    '',
    '## Unit economics by segment',
    '',
    table(
      ['Segment', 'ARPA', 'LTV', 'CAC', 'LTV:CAC', 'Payback', 'Acceptable', 'Volume'],
      r.segments.map((s, i) => [
        s.name,
        formatUsd(inputs.segments[i]!.arpaMonthlyUsd),
        formatUsd(s.economics.ltvUsd),
        formatUsd(inputs.segments[i]!.cacUsd),
        formatRatio(s.economics.ltvToCac),
        formatMonths(s.economics.paybackMonths),
        mark[s.economics.acceptable],
        volumeText(s.volumePerMonth, inputs.growthTargetUnit),
      ]),
    ),
    '',
    '## Skills and channels by segment',
    '',
    table(
      ['Segment', 'Skills', 'Shared with the leader', 'Channels', 'Channels the leader does not use'],
      r.segments.map((s, i) => [s.name, inputs.segments[i]!.skills.join(', ') || '–', s.id === r.leaderId ? 'leader' : sharedSkillsText(s.sharedSkillsPct), inputs.segments[i]!.channels.join(', ') || '–', s.ownChannels.join(', ') || '–']),
    ),
    '',
    `Organizational complexity: Primary ICP focus runs one process and one team; Multi-ICP would run ${r.multiProcesses} processes and ${r.multiTeams ?? '?'} team${r.multiTeams === 1 ? '' : 's'}.`,
    '',
    '## When each strategy is appropriate',
    '',
    table(
      ['Strategy', 'Condition', 'Judgement', 'Figures'],
      r.conditions.map((c) => [STRATEGY_NAMES[c.strategy], CONDITION_LABELS[c.id], mark[c.judgement], conditionText(c, r, inputs)]),
    ),
    '',
    `Thresholds: significantly outperform = ${formatNumber(inputs.thresholds.outperformMultiple, 2)}× the next LTV:CAC; acceptable = LTV:CAC ≥ ${formatRatio(inputs.thresholds.minLtvToCac)} and payback under ${formatMonths(inputs.thresholds.maxPaybackMonths)}; own team below ${formatNumber(inputs.thresholds.minSharedSkillsPct, 0)}% shared skills. Growth target: ${volumeText(inputs.growthTargetPerMonth, inputs.growthTargetUnit)}.`,
    '',
  ];
  return out.join('\n');
}
