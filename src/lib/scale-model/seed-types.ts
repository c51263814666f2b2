/** Types of the playbook figures the scale model's presets are built from (the figures live in `src/data`). */

/** The functions the Hiring Timeline uses for Phases 2 and 3. */
export type SeedFunctionId = 'engineering' | 'product' | 'sales' | 'marketing' | 'customer-success' | 'operations';

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

/** A team in an org chart with its stated size; `functions` empty when the Hiring Timeline has no such line. */
export interface SeedOrgGroup {
  label: string;
  functions: readonly SeedFunctionId[];
  size: FteRange;
}

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
