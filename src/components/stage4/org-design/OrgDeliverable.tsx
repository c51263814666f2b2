import { ResultList } from '../../kit/ResultList';
import { DataTable, textColumns } from '../../kit/DataTable';
import { S4_TABLE } from '../shared/table';
import { OrgChartView } from '../shared/OrgChartView';
import { formatNumber, formatPct } from '../../../lib/format';
import type { OrgNode } from '../../../lib/stage-planner/org-chart';
import type { OrgResult } from '../../../lib/stage4/org-design/compute';
import type { OrgInputs } from '../../../lib/stage4/org-design/schema';
import { separateTeamsText, specializationText } from '../../../lib/stage4/org-design/describe';

/** The deliverables (the org chart is the picture; a bar chart would double the page's script): org chart, answers to the four questions, hiring profiles and span-of-control assumptions. */
export function OrgDeliverable({ inputs, result, tree }: { inputs: OrgInputs; result: OrgResult; tree: OrgNode | null }) {
  const icpName = (id: string) => inputs.icps.find((i) => i.id === id)?.name.trim() || '–';
  const counted = result.channels.filter((c) => c.operators !== null);
  const t = result.totals;
  return (
    <section className="s4-deliverable" aria-labelledby="org-deliverable">
      <h3 id="org-deliverable">Organizational structure plan</h3>
      <p className="kit-hint">{inputs.record.decidedOn ? `Recorded as documented on ${inputs.record.decidedOn}.${inputs.record.rationale ? ` ${inputs.record.rationale}` : ''}` : 'Not recorded yet.'}</p>
      {tree ? (
        <OrgChartView root={tree} kicker="Stage 4 · Organization design" title="Sales organization" total={`Total in the chart: ${t.headcount} (${t.aes} operators, ${t.sdrs} SDRs, ${t.managers} managers and leader)`} />
      ) : (
        <p className="kit-hint">No operators yet: enter each channel's volume and what one operator handles.</p>
      )}
      <ResultList
        label="The four questions"
        items={[
          { label: 'How many operators can each channel support?', value: `${t.aes} in all`, detail: result.incompleteChannels.length ? `Not counted yet: ${result.incompleteChannels.join(', ')}.` : 'Volume ÷ one operator’s capacity, whole operators per channel.' },
          { label: 'Do the ICPs need separate teams?', value: { holds: 'Yes', fails: 'No', unknown: "Can't tell yet" }[result.separateTeams.judgement], detail: separateTeamsText(result, inputs) },
          { label: 'Is SDR/AE specialization needed?', value: { holds: 'Yes', fails: 'Not yet', unknown: "Can't tell yet" }[result.specialization.judgement], detail: specializationText(result, inputs) },
          { label: 'Management layers', value: String(result.span.layers), detail: `Span of ${inputs.spanOfControl}: managers by level ${result.span.managersByLevel.join(' → ') || '–'}.` },
        ]}
      />
      {counted.length > 0 && (
        <DataTable {...S4_TABLE}
          caption="Operators each channel can support"
          columns={textColumns(['Channel', 'ICP', 'Operators', 'Volume ÷ capacity'])}
          rows={counted.map((c) => [c.channel, icpName(c.icpId), String(c.operators), formatNumber(c.operatorsFte, 2)])}
        />
      )}
      <h3>Hiring profiles</h3>
      <DataTable {...S4_TABLE}
        caption="Hiring profiles"
        columns={textColumns(['Role', 'Count', 'Needed by month', 'Skills', 'Serves'])}
        rows={result.profiles.map((p) => [p.role, String(p.count), String(p.neededByMonth), p.skills.join(', ') || '–', p.serves])}
      />
      <h3>Span-of-control assumptions</h3>
      <DataTable {...S4_TABLE}
        caption="Span-of-control assumptions"
        columns={textColumns(['Assumption', 'Value'])}
        rows={[
          ['Reports per manager', formatNumber(inputs.spanOfControl, 0)],
          ['Management layers, leader included', String(result.span.layers)],
          ['SDRs per AE once specialized', formatNumber(inputs.sdrsPerAe, 2)],
          ['Specialize at AE prospecting share', formatPct(inputs.thresholds.aeProspectingPct, 0)],
          ['… or meetings per AE a month', formatNumber(inputs.thresholds.meetingsPerAePerMonth, 0)],
          ['Separate team below shared skills', formatPct(inputs.thresholds.minSharedSkillsPct, 0)],
        ]}
      />
    </section>
  );
}
