/** The playbook's three org charts, with headcounts as written ("4-6" stays a range). */
import { headcount, type Headcount } from '../../lib/stage-planner/headcount';
import type { OrgNode } from '../../lib/stage-planner/org-chart';

/** A total the playbook states elsewhere, to check a chart's counts against. */
export interface StatedTotal {
  headcount: Headcount;
  unit: 'people' | 'FTE';
  /** Where the playbook states it, in words. */
  source: string;
}

/** One stage's structure. */
export interface OrgChart {
  id: string;
  stage: 1 | 2 | 3;
  title: string;
  monthsFrom: number;
  monthsTo: number;
  root: OrgNode;
  statedTotal: StatedTotal;
  characteristics: readonly string[];
}

const team = (label: string, min: number, max?: number): OrgNode => ({ label, headcount: headcount(min, max) });
const unit = (label: string): OrgNode => ({ label });

/** Stage 1: Functional Teams (Months 1-6). */
export const stage1Chart: OrgChart = {
  id: 'stage-1',
  stage: 1,
  title: 'Functional Teams',
  monthsFrom: 1,
  monthsTo: 6,
  root: {
    label: 'CEO',
    children: [team('Engineering', 4, 6), team('Product', 2), team('Go-to-Market', 2, 3), team('Operations', 1, 2)],
  },
  statedTotal: { headcount: headcount(8, 12), unit: 'people', source: 'the Stage 1 team size in the scaling stages' },
  characteristics: [
    'Flat structure, minimal hierarchy',
    'Generalists over specialists',
    'Direct CEO involvement in all areas',
    'Informal processes and communication',
    'High collaboration and flexibility',
  ],
};

/** Stage 2: Departmental Structure (Months 7-18). */
export const stage2Chart: OrgChart = {
  id: 'stage-2',
  stage: 2,
  title: 'Departmental Structure',
  monthsFrom: 7,
  monthsTo: 18,
  root: {
    label: 'CEO',
    children: [
      { label: 'CTO', children: [team('Engineering', 12), team('DevOps', 1, 2)] },
      team('Head of Product', 5, 6),
      team('Head of Sales', 5, 6),
      team('Head of Marketing', 3, 4),
      team('Head of Customer Success', 3),
      team('Operations Manager', 2),
    ],
  },
  statedTotal: { headcount: headcount(30, 35), unit: 'FTE', source: 'the Phase 2 hiring total' },
  characteristics: [
    'Functional leadership established',
    'Specialists hired for key roles',
    'Formal processes and documentation',
    'Regular cross-functional meetings',
    'Delegation and empowerment',
  ],
};

/** Stage 3: Divisional Structure (Months 19-36). */
export const stage3Chart: OrgChart = {
  id: 'stage-3',
  stage: 3,
  title: 'Divisional Structure',
  monthsFrom: 19,
  monthsTo: 36,
  root: {
    label: 'CEO',
    children: [
      { label: 'CTO/VP Engineering', headcount: headcount(26), children: ['Platform Engineering', 'AI/ML Team', 'DevOps & Infrastructure', 'QA & Testing'].map(unit) },
      { label: 'VP Product', headcount: headcount(9), children: ['Product Management', 'Design & UX', 'Research'].map(unit) },
      { label: 'VP Sales', headcount: headcount(16), children: ['SMB Sales', 'Enterprise Sales', 'Sales Operations'].map(unit) },
      { label: 'VP Marketing', headcount: headcount(9), children: ['Demand Generation', 'Content & Brand', 'Product Marketing'].map(unit) },
      { label: 'VP Customer Success', headcount: headcount(9), children: ['Onboarding', 'Account Management', 'Support'].map(unit) },
      { label: 'COO', headcount: headcount(6), children: ['Finance', 'HR & People', 'Legal & Compliance'].map(unit) },
    ],
  },
  statedTotal: { headcount: headcount(75), unit: 'FTE', source: 'the Phase 3 hiring total' },
  characteristics: [
    'Executive leadership team',
    'Specialized teams and sub-teams',
    'Formal processes and systems',
    'Data-driven decision making',
    'Scalable operations',
  ],
};

/** All three charts in stage order. */
export const orgCharts = [stage1Chart, stage2Chart, stage3Chart] as const;
