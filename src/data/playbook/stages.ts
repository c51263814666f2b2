/** The playbook's three scaling stages: users, team size, focus and approach. */
import { headcount, type Headcount } from '../../lib/stage-planner/headcount';

/** A scaling stage as the playbook defines it. */
export interface ScalingStage {
  stage: 1 | 2 | 3;
  name: string;
  usersFrom: number;
  usersTo: number;
  /** The user range as the playbook writes it. */
  usersLabel: string;
  team: Headcount;
  focus: string;
  approach: string;
}

/** Stage 1 Foundation, Stage 2 Systematization, Stage 3 Optimization. */
export const scalingStages: readonly ScalingStage[] = [
  {
    stage: 1,
    name: 'Foundation',
    usersFrom: 0,
    usersTo: 10_000,
    usersLabel: '0–10K',
    team: headcount(8, 12),
    focus: 'Product-market fit and core processes',
    approach: 'Manual, high-touch, learning',
  },
  {
    stage: 2,
    name: 'Systematization',
    usersFrom: 10_000,
    usersTo: 75_000,
    usersLabel: '10K–75K',
    team: headcount(20, 35),
    focus: 'Process documentation and automation',
    approach: 'Repeatable, scalable systems',
  },
  {
    stage: 3,
    name: 'Optimization',
    usersFrom: 75_000,
    usersTo: 250_000,
    usersLabel: '75K–250K',
    team: headcount(50, 75),
    focus: 'Efficiency and profitability',
    approach: 'Optimized, data-driven operations',
  },
];

/** The playbook's five core principles. */
export const corePrinciples = [
  { name: 'Sustainable Growth', text: 'Prioritize unit economics and profitability over growth at all costs.' },
  { name: 'Operational Excellence', text: 'Build scalable processes before scaling headcount.' },
  { name: 'Customer-Centric', text: 'Maintain quality and customer satisfaction during growth.' },
  { name: 'Data-Driven', text: 'Make decisions based on metrics and evidence.' },
  { name: 'Adaptive', text: 'Remain flexible and adjust strategies based on learnings.' },
] as const;
