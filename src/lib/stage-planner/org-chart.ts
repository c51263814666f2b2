/**
 * Org charts as trees of roles and teams. A count on a node covers everything beneath it,
 * which is how the playbook writes them ("VP Sales (16)" over its sub-teams).
 */
import { addHeadcounts, headcount, isValidHeadcount, type Headcount } from './headcount';

/** A role or team; `headcount` is the people it stands for, including its own lead and sub-teams. */
export interface OrgNode {
  label: string;
  headcount?: Headcount;
  children?: readonly OrgNode[];
}

/** The sum of a chart's counts and the roles that sit outside every count. */
export interface HeadcountSum extends Headcount {
  /** Roles with no count of their own and no counted team above them (e.g. the CEO). */
  uncountedRoles: string[];
  /** Number of counted nodes that were added up. */
  countedNodes: number;
}

/**
 * Add up a chart's headcounts. A counted node is added once and its subtree is not added again;
 * a node without a count is listed in `uncountedRoles` and its children are searched for counts.
 */
export function sumHeadcount(root: OrgNode): HeadcountSum {
  let total = headcount(0);
  let countedNodes = 0;
  const uncountedRoles: string[] = [];
  const visit = (node: OrgNode): void => {
    if (node.headcount) {
      if (!isValidHeadcount(node.headcount)) throw new Error(`Org chart: "${node.label}" has an invalid headcount.`);
      total = addHeadcounts(total, node.headcount);
      countedNodes += 1;
      return;
    }
    uncountedRoles.push(node.label);
    node.children?.forEach(visit);
  };
  visit(root);
  return { ...total, uncountedRoles, countedNodes };
}

/** A range with the uncounted roles added, one person each. */
export function withUncountedRoles(sum: HeadcountSum): Headcount {
  return addHeadcounts(sum, headcount(sum.uncountedRoles.length));
}
