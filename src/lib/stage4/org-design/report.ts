/** The organization design deliverables as Markdown: structure plan, hiring profiles and span-of-control assumptions. */
import { formatNumber, formatPct } from '../../format';
import { recordLines, table } from '../markdown';
import type { OrgNode } from '../../stage-planner/org-chart';
import type { OrgResult } from './compute';
import type { OrgInputs } from './schema';

const judged = { holds: 'Yes', fails: 'No', unknown: "Can't tell yet" } as const;

/** An org tree as an indented Markdown list. */
export function treeMarkdown(node: OrgNode, depth = 0): string[] {
  const count = node.headcount ? ` (${node.headcount.min})` : '';
  return [`${'  '.repeat(depth)}- ${node.label}${count}`, ...(node.children ?? []).flatMap((c) => treeMarkdown(c, depth + 1))];
}

/** The whole deliverable; `capabilityLabels` are the labels of the ticked capabilities. */
export function orgMarkdown(inputs: OrgInputs, r: OrgResult, tree: OrgNode | null, capabilityLabels: readonly string[]): string {
  const icpName = (id: string) => inputs.icps.find((i) => i.id === id)?.name || '–';
  return [
    '# Organization design',
    '',
    ...recordLines(inputs.record.rationale, inputs.record.decidedOn),
    '',
    '## Organizational structure plan',
    '',
    ...(tree ? treeMarkdown(tree) : ['_No operators yet._']),
    '',
    `Headcount: ${r.totals.headcount} (${r.totals.aes} operators, ${r.totals.sdrs} SDRs, ${r.totals.managers} managers including the leader).`,
    '',
    `Separate teams per ICP: ${judged[r.separateTeams.judgement]}. SDR/AE specialization: ${judged[r.specialization.judgement]}.`,
    '',
    '## Operators per channel',
    '',
    table(
      ['Channel', 'ICP', 'Volume/month', 'Per operator/month', 'Operators'],
      r.channels.map((c, i) => [c.channel, icpName(c.icpId), formatNumber(inputs.channels[i]!.opportunitiesPerMonth, 1), formatNumber(inputs.channels[i]!.opportunitiesPerOperatorPerMonth, 1), c.operators === null ? `missing ${c.missing.join(', ')}` : `${c.operators} (${formatNumber(c.operatorsFte, 2)})`]),
    ),
    '',
    '## Hiring profiles',
    '',
    table(
      ['Role', 'Count', 'Needed by month', 'Skills', 'Serves'],
      r.profiles.map((p) => [p.role, String(p.count), String(p.neededByMonth), p.skills.join(', ') || '–', p.serves]),
    ),
    '',
    '## Span-of-control assumptions',
    '',
    table(
      ['Assumption', 'Value'],
      [
        ['Reports per manager (span of control)', formatNumber(inputs.spanOfControl, 0)],
        ['Management layers, leader included', String(r.span.layers)],
        ['Managers by level, bottom first', r.span.managersByLevel.join(' → ') || '–'],
        ['SDRs per AE once specialized', formatNumber(inputs.sdrsPerAe, 2)],
        ['Specialize when AE prospecting reaches', formatPct(inputs.thresholds.aeProspectingPct, 0)],
        ['… or meetings per AE a month reach', formatNumber(inputs.thresholds.meetingsPerAePerMonth, 0)],
        ['Separate team when shared skills are below', formatPct(inputs.thresholds.minSharedSkillsPct, 0)],
      ],
    ),
    '',
    '## What the first sales leader should bring',
    '',
    ...(capabilityLabels.length ? capabilityLabels.map((c) => `- [x] ${c}`) : ['_None ticked yet._']),
    '',
  ].join('\n');
}
