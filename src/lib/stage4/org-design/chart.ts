/** The designed organization as an org-chart tree, in the same shape as the playbook's charts. */
import { headcount } from '../../stage-planner/headcount';
import type { OrgNode } from '../../stage-planner/org-chart';
import type { OrgResult } from './compute';

/** The sales organization as a tree: leader → teams → managers, AEs and SDRs; counts cover what is beneath. */
export function orgChartTree(result: OrgResult, leaderLabel = 'First sales leader'): OrgNode | null {
  if (result.totals.headcount === 0) return null;
  const secondLine = result.span.managersByLevel.slice(result.teams.some((t) => t.managers > 0) ? 1 : 0, -1).reduce((a, b) => a + b, 0);
  const teamNodes: OrgNode[] = result.teams
    .filter((t) => t.aes + t.sdrs > 0)
    .map((t) => {
      const children: OrgNode[] = [];
      if (t.aes > 0) children.push({ label: t.sdrs > 0 ? 'Account Executives' : 'Sales operators (full-cycle)', headcount: headcount(t.aes) });
      if (t.sdrs > 0) children.push({ label: 'SDRs', headcount: headcount(t.sdrs) });
      if (t.managers === 0) return { label: `${t.name} team`, headcount: headcount(t.aes + t.sdrs), children };
      return { label: `${t.name} team`, headcount: headcount(t.aes + t.sdrs + t.managers), children: [{ label: 'Sales managers', headcount: headcount(t.managers) }, ...children] };
    });
  const teams: OrgNode[] = secondLine > 0 ? [{ label: 'Second-line managers', headcount: headcount(secondLine + teamNodes.reduce((a, n) => a + (n.headcount?.min ?? 0), 0)), children: teamNodes }] : teamNodes;
  return { label: leaderLabel, headcount: headcount(result.totals.headcount), children: teams };
}
