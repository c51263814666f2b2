import { ResultList } from '../../kit/ResultList';
import { DataTable, textColumns } from '../../kit/DataTable';
import { S4_TABLE } from '../shared/table';
import { IcpChart } from './IcpChart';
import { Conditions } from '../shared/Conditions';
import { formatMonths, formatRatio, formatUsd } from '../../../lib/format';
import type { IcpResult } from '../../../lib/stage4/icp/compute';
import { CONDITION_LABELS, STRATEGY_NAMES, conditionText, recommendationText, sharedSkillsText, volumeText } from '../../../lib/stage4/icp/describe';
import type { IcpInputs } from '../../../lib/stage4/icp/schema';
import type { IcpSummary } from '../../../stores/stage4/icp-strategy';

const ACCEPTABLE = { holds: 'Yes', fails: 'No', unknown: "Can't tell yet" } as const;

/** The deliverable: decision, recommendation, the four decision criteria and the six conditions. */
export function IcpDeliverable({ inputs, result, summary }: { inputs: IcpInputs; result: IcpResult; summary: IcpSummary }) {
  const rec = recommendationText(result, inputs);
  const overrode = summary.choice !== null && result.recommendation.strategy !== null && summary.choice !== result.recommendation.strategy;
  const strategies = ['primary', 'multi'] as const;
  return (
    <section className="s4-deliverable" aria-labelledby="icp-deliverable">
      <h3 id="icp-deliverable">ICP strategy decision</h3>
      <ResultList
        label="ICP strategy decision"
        items={[
          { label: 'Decision', value: summary.decision ?? 'Not recorded yet', detail: summary.decidedOn ? `Recorded on ${summary.decidedOn}.${summary.rationale ? ` ${summary.rationale}` : ''}` : 'Record it below.', tone: summary.decision ? 'ok' : undefined },
          { label: 'Recommendation', value: rec.title, detail: overrode ? `${rec.detail} Your decision overrides it.` : rec.detail, tone: result.recommendation.strategy ? undefined : 'warn' },
        ]}
      />
      <h4>Unit economics by segment</h4>
      <DataTable {...S4_TABLE}
        caption="Unit economics by segment"
        columns={textColumns(['Segment', 'LTV', 'LTV:CAC', 'Payback', 'Acceptable', 'Volume'])}
        rows={result.segments.map((s) => [
          `${s.name}${s.id === result.leaderId ? ' (leads)' : ''}`,
          formatUsd(s.economics.ltvUsd),
          formatRatio(s.economics.ltvToCac),
          formatMonths(s.economics.paybackMonths),
          ACCEPTABLE[s.economics.acceptable],
          volumeText(s.volumePerMonth, inputs.growthTargetUnit),
        ])}
      />
      <IcpChart result={result} thresholds={inputs.thresholds} />
      <h4>Skills, channels and complexity</h4>
      <DataTable {...S4_TABLE}
        caption="Skill overlap and channels by segment"
        columns={textColumns(['Segment', 'Shared skills with the leader', 'Own team under Multi-ICP', 'Channels the leader does not use'])}
        rows={result.segments.map((s) => [
          s.name,
          s.id === result.leaderId ? 'leader' : sharedSkillsText(s.sharedSkillsPct),
          s.needsOwnTeam === null ? "Can't tell yet" : s.needsOwnTeam ? 'Yes' : 'No',
          s.ownChannels.join(', ') || '–',
        ])}
      />
      <p className="kit-hint">
        Organizational complexity: Primary ICP focus runs one process and one team. Multi-ICP would run {result.multiProcesses} process
        {result.multiProcesses === 1 ? '' : 'es'} and {result.multiTeams === null ? "an unknown number of teams (skills missing)" : `${result.multiTeams} team${result.multiTeams === 1 ? '' : 's'}`}.
      </p>
      {strategies.map((st) => (
        <div key={st}>
          <h4>{STRATEGY_NAMES[st]} is appropriate when</h4>
          <Conditions
            label={`${STRATEGY_NAMES[st]} conditions`}
            items={result.conditions.filter((c) => c.strategy === st).map((c) => ({ id: c.id, label: CONDITION_LABELS[c.id], judgement: c.judgement, because: conditionText(c, result, inputs) }))}
          />
        </div>
      ))}
    </section>
  );
}
