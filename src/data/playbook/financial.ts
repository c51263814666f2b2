/** Unit economics and budgets by stage, figures as the playbook gives them. */
import type { BudgetShare } from '../../lib/stage-planner/budget';
import type { StatedUnitEconomics } from '../../lib/stage-planner/unit-economics-check';

/** One stage's unit economics with its phase name and focus. */
export interface StageUnitEconomics extends StatedUnitEconomics {
  stage: 1 | 2 | 3;
  phase: string;
  /** Note the playbook attaches to a figure, e.g. "(improved retention)" on Stage 3's LTV. */
  ltvNote?: string;
  focus: string;
}

/** Investment, Efficiency and Optimization phases. */
export const unitEconomicsByStage: readonly StageUnitEconomics[] = [
  { stage: 1, phase: 'Investment Phase', cacUsd: 1_000, ltvUsd: 1_440, statedLtvToCac: 1.4, paybackMonths: 20, focus: 'Product-market fit' },
  { stage: 2, phase: 'Efficiency Phase', cacUsd: 200, ltvUsd: 1_440, statedLtvToCac: 7.2, paybackMonths: 5, focus: 'Scalable acquisition' },
  {
    stage: 3,
    phase: 'Optimization Phase',
    cacUsd: 200,
    ltvUsd: 1_800,
    ltvNote: 'improved retention',
    statedLtvToCac: 9,
    paybackMonths: 5,
    focus: 'Profitability and expansion',
  },
];

/** One stage's budget: the total and each category's share. */
export interface StageBudget {
  stage: 1 | 2 | 3;
  /** The total as the playbook writes it. */
  totalLabel: string;
  totalUsd: number;
  sharesPct: readonly BudgetShare[];
}

/** Budgets for Stage 1 ($575K), Stage 2 ($3.9M) and Stage 3 ($16M). */
export const budgetsByStage: readonly StageBudget[] = [
  {
    stage: 1,
    totalLabel: '$575K',
    totalUsd: 575_000,
    sharesPct: [
      { category: 'Personnel', sharePct: 70 },
      { category: 'Infrastructure', sharePct: 9 },
      { category: 'Marketing', sharePct: 13 },
      { category: 'Operations', sharePct: 9 },
    ],
  },
  {
    stage: 2,
    totalLabel: '$3.9M',
    totalUsd: 3_900_000,
    sharesPct: [
      { category: 'Personnel', sharePct: 62 },
      { category: 'Infrastructure', sharePct: 8 },
      { category: 'Marketing', sharePct: 23 },
      { category: 'Operations', sharePct: 8 },
    ],
  },
  {
    stage: 3,
    totalLabel: '$16M',
    totalUsd: 16_000_000,
    sharesPct: [
      { category: 'Personnel', sharePct: 56 },
      { category: 'Infrastructure', sharePct: 8 },
      { category: 'Marketing', sharePct: 28 },
      { category: 'Operations', sharePct: 8 },
    ],
  },
];
