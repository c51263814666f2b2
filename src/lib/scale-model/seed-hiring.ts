/**
 * Figures of the Scaling Strategy playbook (Encaptio/Encapsify, v1.0, Draft, January 2025) that the
 * scale model's presets are built from, transcribed as stated: the Hiring Timeline, the team sizes of
 * the Team Structure Evolution org charts, the hiring principle's lead time, the stage budgets and the
 * Stage 2 → 3 ARR gate. Nothing here is adjusted; differences between them are computed in `preset-notes.ts`.
 */

/** Source named on the tool page. */
export const SEED_SOURCE = 'Scaling Strategy playbook (Encaptio/Encapsify, v1.0, Draft, January 2025)';

/** The functions the Hiring Timeline uses for Phases 2 and 3. */
export type SeedFunctionId = 'engineering' | 'product' | 'sales' | 'marketing' | 'customer-success' | 'operations';

/** Functions in the order the seed lists them. */
export const SEED_FUNCTIONS: readonly { id: SeedFunctionId; name: string }[] = [
  { id: 'engineering', name: 'Engineering' },
  { id: 'product', name: 'Product' },
  { id: 'sales', name: 'Sales' },
  { id: 'marketing', name: 'Marketing' },
  { id: 'customer-success', name: 'Customer Success' },
  { id: 'operations', name: 'Operations' },
];

/** An FTE range as the seed states it ("8-10 FTE"); a single figure has min = max. */
export interface FteRange {
  min: number;
  max: number;
}

/** One line of Phase 1's list, with the function it belongs to for comparisons with later phases. */
export interface SeedListedHire {
  label: string;
  fte: number;
  month: number;
  /** Designer → Product: the Stage 3 org chart places Design & UX under the VP Product. */
  functionId: SeedFunctionId;
}

/** One "Function: +N (total T)" line of Phases 2 and 3. */
export interface SeedFunctionLine {
  functionId: SeedFunctionId;
  added: number;
  total: number;
}

/** Hiring Timeline, Phase 1 (Months 1-6): Core Team. */
export const SEED_PHASE_1 = {
  title: 'Core Team',
  firstMonth: 1,
  lastMonth: 6,
  listed: [
    { label: 'Engineers', fte: 2, month: 1, functionId: 'engineering' },
    { label: 'Engineers', fte: 2, month: 2, functionId: 'engineering' },
    { label: 'Product Manager', fte: 1, month: 1, functionId: 'product' },
    { label: 'Designer', fte: 1, month: 1, functionId: 'product' },
    { label: 'Marketing', fte: 0.5, month: 4, functionId: 'marketing' },
    { label: 'Sales', fte: 0.5, month: 5, functionId: 'sales' },
  ] satisfies SeedListedHire[],
  statedTotalFte: { min: 8, max: 10 } satisfies FteRange,
} as const;

/** Hiring Timeline, Phase 2 (Months 7-18): Scaling Team. */
export const SEED_PHASE_2 = {
  title: 'Scaling Team',
  firstMonth: 7,
  lastMonth: 18,
  functions: [
    { functionId: 'engineering', added: 6, total: 12 },
    { functionId: 'product', added: 3, total: 5 },
    { functionId: 'sales', added: 5, total: 6 },
    { functionId: 'marketing', added: 3, total: 4 },
    { functionId: 'customer-success', added: 3, total: 3 },
    { functionId: 'operations', added: 1, total: 2 },
  ] satisfies SeedFunctionLine[],
  statedTotalFte: { min: 30, max: 35 } satisfies FteRange,
} as const;

/** Hiring Timeline, Phase 3 (Months 19-36): Mature Team. */
export const SEED_PHASE_3 = {
  title: 'Mature Team',
  firstMonth: 19,
  lastMonth: 36,
  functions: [
    { functionId: 'engineering', added: 14, total: 26 },
    { functionId: 'product', added: 4, total: 9 },
    { functionId: 'sales', added: 10, total: 16 },
    { functionId: 'marketing', added: 5, total: 9 },
    { functionId: 'customer-success', added: 6, total: 9 },
    { functionId: 'operations', added: 4, total: 6 },
  ] satisfies SeedFunctionLine[],
  statedTotalFte: { min: 75, max: 75 } satisfies FteRange,
} as const;

/** Hiring principle 1, "Hire Ahead of Need: Recruit 3-6 months before critical need". */
export const SEED_HIRE_AHEAD_MONTHS: FteRange = { min: 3, max: 6 };

/** A team in an org chart with its stated size; `functions` empty when the Hiring Timeline has no such line. */
export interface SeedOrgGroup {
  label: string;
  functions: readonly SeedFunctionId[];
  size: FteRange;
}

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

/** Budget Scaling: each stage's budget and allocation; `months` is the stage's span from the org chart headings. */
export interface SeedStageBudget {
  stage: 1 | 2 | 3;
  totalUsd: number;
  personnelPct: number;
  infrastructurePct: number;
  marketingPct: number;
  operationsPct: number;
  months: number;
}

/** Stage budgets as stated ($575K, $3.9M, $16M). */
export const SEED_STAGE_BUDGETS: readonly SeedStageBudget[] = [
  { stage: 1, totalUsd: 575_000, personnelPct: 70, infrastructurePct: 9, marketingPct: 13, operationsPct: 9, months: 6 },
  { stage: 2, totalUsd: 3_900_000, personnelPct: 62, infrastructurePct: 8, marketingPct: 23, operationsPct: 8, months: 12 },
  { stage: 3, totalUsd: 16_000_000, personnelPct: 56, infrastructurePct: 8, marketingPct: 28, operationsPct: 8, months: 18 },
];

/** Stage 2 → Stage 3 Transition checklist: "$4.5M ARR achieved". */
export const SEED_STAGE_3_ARR_GATE_USD = 4_500_000;
