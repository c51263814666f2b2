/**
 * Figures of the Scaling Strategy playbook (Encaptio/Encapsify, v1.0, Draft, January 2025) that the
 * scale model's presets are built from, transcribed as stated: the Hiring Timeline, the team sizes of
 * the Team Structure Evolution org charts, the hiring principle's lead time, the stage budgets and the
 * Stage 2 → 3 ARR gate. The hiring timeline and budgets come from the playbook's data (`src/data/playbook`),
 * so the figures live in one place (the types are in `src/lib/scale-model/seed-types.ts`). Nothing here is adjusted; differences are computed in `preset-notes.ts`.
 */

import type { FteRange, SeedFunctionId, SeedFunctionLine, SeedListedHire, SeedOrgGroup, SeedStageBudget } from '../../lib/scale-model/seed-types';
import { budgetsByStage } from './financial';
import { hireAheadMonths } from './hire-ahead';
import { phase1, phase2, phase3 } from './hiring';

/** Source named on the tool page. */
export const SEED_SOURCE = 'Scaling Strategy playbook (Encaptio/Encapsify, v1.0, Draft, January 2025)';

/** Functions in the order the seed lists them. */
export const SEED_FUNCTIONS: readonly { id: SeedFunctionId; name: string }[] = [
  { id: 'engineering', name: 'Engineering' },
  { id: 'product', name: 'Product' },
  { id: 'sales', name: 'Sales' },
  { id: 'marketing', name: 'Marketing' },
  { id: 'customer-success', name: 'Customer Success' },
  { id: 'operations', name: 'Operations' },
];

const fteRange = (h: { min: number; max: number }): FteRange => ({ min: h.min, max: h.max });
const functionLines = (growth: typeof phase2.growth): SeedFunctionLine[] =>
  growth.map((g) => ({ functionId: g.function, added: g.added, total: g.total }));

/** Hiring Timeline, Phase 1 (Months 1-6): Core Team — read from the playbook's data. */
export const SEED_PHASE_1 = {
  title: phase1.name,
  firstMonth: phase1.monthsFrom,
  lastMonth: phase1.monthsTo,
  listed: phase1.hires.map((h): SeedListedHire => ({ label: h.role, fte: h.fte, month: h.month, functionId: h.function })),
  statedTotalFte: fteRange(phase1.statedTotal),
} as const;

/** Hiring Timeline, Phase 2 (Months 7-18): Scaling Team — read from the playbook's data. */
export const SEED_PHASE_2 = {
  title: phase2.name,
  firstMonth: phase2.monthsFrom,
  lastMonth: phase2.monthsTo,
  functions: functionLines(phase2.growth),
  statedTotalFte: fteRange(phase2.statedTotal),
} as const;

/** Hiring Timeline, Phase 3 (Months 19-36): Mature Team — read from the playbook's data. */
export const SEED_PHASE_3 = {
  title: phase3.name,
  firstMonth: phase3.monthsFrom,
  lastMonth: phase3.monthsTo,
  functions: functionLines(phase3.growth),
  statedTotalFte: fteRange(phase3.statedTotal),
} as const;

/** Hiring principle 1, "Hire Ahead of Need: Recruit 3-6 months before critical need". */
export const SEED_HIRE_AHEAD_MONTHS: FteRange = hireAheadMonths;

/** Team Structure Evolution: the team sizes in each stage's org chart. */
export const SEED_ORG_STAGES: readonly { stage: 1 | 2 | 3; title: string; groups: readonly SeedOrgGroup[] }[] = [
  {
    stage: 1,
    title: 'Functional Teams (Months 1-6)',
    groups: [
      { label: 'Engineering', functions: ['engineering'], size: { min: 4, max: 6 } },
      { label: 'Product', functions: ['product'], size: { min: 2, max: 2 } },
      { label: 'Go-to-Market', functions: ['sales', 'marketing'], size: { min: 2, max: 3 } },
      { label: 'Operations', functions: ['operations'], size: { min: 1, max: 2 } },
    ],
  },
  {
    stage: 2,
    title: 'Departmental Structure (Months 7-18)',
    groups: [
      { label: 'Engineering', functions: ['engineering'], size: { min: 12, max: 12 } },
      { label: 'DevOps', functions: [], size: { min: 1, max: 2 } },
      { label: 'Product', functions: ['product'], size: { min: 5, max: 6 } },
      { label: 'Sales', functions: ['sales'], size: { min: 5, max: 6 } },
      { label: 'Marketing', functions: ['marketing'], size: { min: 3, max: 4 } },
      { label: 'Customer Success', functions: ['customer-success'], size: { min: 3, max: 3 } },
      { label: 'Operations', functions: ['operations'], size: { min: 2, max: 2 } },
    ],
  },
  {
    stage: 3,
    title: 'Divisional Structure (Months 19-36)',
    groups: [
      { label: 'Engineering', functions: ['engineering'], size: { min: 26, max: 26 } },
      { label: 'Product', functions: ['product'], size: { min: 9, max: 9 } },
      { label: 'Sales', functions: ['sales'], size: { min: 16, max: 16 } },
      { label: 'Marketing', functions: ['marketing'], size: { min: 9, max: 9 } },
      { label: 'Customer Success', functions: ['customer-success'], size: { min: 9, max: 9 } },
      { label: 'Operations', functions: ['operations'], size: { min: 6, max: 6 } },
    ],
  },
];

/** Stage budgets as stated ($575K, $3.9M, $16M), read from the playbook's data; months = the matching hiring phase's span. */
export const SEED_STAGE_BUDGETS: readonly SeedStageBudget[] = budgetsByStage.map((b) => {
  const share = (category: string) => b.sharesPct.find((s) => s.category === category)?.sharePct ?? 0;
  const phase = [phase1, phase2, phase3][b.stage - 1]!;
  return {
    stage: b.stage,
    totalUsd: b.totalUsd,
    personnelPct: share('Personnel'),
    infrastructurePct: share('Infrastructure'),
    marketingPct: share('Marketing'),
    operationsPct: share('Operations'),
    months: phase.monthsTo - phase.monthsFrom + 1,
  };
});

/** Stage 2 → Stage 3 Transition checklist: "$4.5M ARR achieved". */
export const SEED_STAGE_3_ARR_GATE_USD = 4_500_000;
