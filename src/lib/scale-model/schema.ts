/**
 * Zod schemas for what is stored, shared in a link or imported: the inputs (versioned) and named
 * scenarios. Bounds come from `rules.ts`, so a stored or shared value is always one the form accepts.
 * `zod/mini`, as for every schema the tools load in the browser, to keep the island's bundle small.
 */
import * as z from 'zod/mini';
import { GLOBAL_RULES, PLAN_MONTHS, ROLE_RULES } from './rules';
import type { ScaleFieldRule } from './rules';
import type { ScaleModelInputs } from './types';

/** Version of the stored inputs shape; bump it and add a migration when the shape changes. */
export const SCALE_MODEL_VERSION = 1 as const;

/** Most roles a plan may hold (keeps share links and the sensitivity analysis small). */
export const MAX_ROLES = 50;

/** Most named scenarios kept per browser. */
export const MAX_SCENARIOS = 50;

function ruleNumber(rule: ScaleFieldRule) {
  return z.number().check(z.minimum(rule.min), rule.maxExclusive ? z.lt(rule.max) : z.maximum(rule.max));
}

const text = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

/** One role of the plan. */
export const scaleRoleSchema = z.lazy(() =>
  z.object({
    id: text(1, 64),
    name: text(1, 120),
    startingHeadcount: ruleNumber(ROLE_RULES.startingHeadcount),
    hiresPerMonth: z.array(ruleNumber(ROLE_RULES.hiresPerMonth)).check(z.length(PLAN_MONTHS)),
    rampMonths: ruleNumber(ROLE_RULES.rampMonths),
    rampCurve: z.enum(['linear', 'step']),
    fullOutputPerMonth: ruleNumber(ROLE_RULES.fullOutputPerMonth),
    outputUnit: z.string().check(z.maxLength(60)),
    attainmentPct: ruleNumber(ROLE_RULES.attainmentPct),
    annualAttritionPct: ruleNumber(ROLE_RULES.annualAttritionPct),
    loadedMonthlyCostUsd: ruleNumber(ROLE_RULES.loadedMonthlyCostUsd),
    recruitingLeadMonths: ruleNumber(ROLE_RULES.recruitingLeadMonths),
    countsTowardTarget: z.boolean(),
    outputIsNetNewArr: z.boolean(),
  }),
);

/** The whole inputs object, versioned; role ids must be unique. */
export const scaleModelInputsSchema = z.lazy(() =>
  z
    .object({
      version: z.literal(SCALE_MODEL_VERSION),
      roles: z.array(scaleRoleSchema).check(z.maxLength(MAX_ROLES)),
      spanOfControl: ruleNumber(GLOBAL_RULES.spanOfControl),
      monthlyOutputTarget: ruleNumber(GLOBAL_RULES.monthlyOutputTarget),
      // Its rule is the one nullable rule: no win rate means "use the coverage multiple".
      winRatePct: z.nullable(ruleNumber(GLOBAL_RULES.winRatePct)),
      coverageMultiple: ruleNumber(GLOBAL_RULES.coverageMultiple),
      startingCashUsd: ruleNumber(GLOBAL_RULES.startingCashUsd),
      otherMonthlyCostUsd: ruleNumber(GLOBAL_RULES.otherMonthlyCostUsd),
      startingArrUsd: ruleNumber(GLOBAL_RULES.startingArrUsd),
      grossMarginPct: ruleNumber(GLOBAL_RULES.grossMarginPct),
      salesMarketingCostPct: ruleNumber(GLOBAL_RULES.salesMarketingCostPct),
    })
    .check(
      z.superRefine((inputs, ctx) => {
        const seen = new Set<string>();
        inputs.roles.forEach((role, index) => {
          if (seen.has(role.id)) ctx.addIssue({ code: 'custom', message: 'Role ids must be unique.', path: ['roles', index, 'id'] });
          seen.add(role.id);
        });
      }),
    ),
);

/** Inputs as parsed by `scaleModelInputsSchema` (the same shape as `ScaleModelInputs`). */
export type ScaleModelInputsParsed = z.infer<typeof scaleModelInputsSchema>;

/** A named, dated copy of the inputs. */
export const scaleModelScenarioSchema = z.lazy(() =>
  z.object({
    name: text(1, 120),
    /** ISO 8601 date-time, e.g. "2025-01-31T09:00:00.000Z". */
    savedAt: z.iso.datetime({ offset: true }),
    inputs: scaleModelInputsSchema,
  }),
);

/** A saved scenario. */
export type ScaleModelScenario = z.infer<typeof scaleModelScenarioSchema>;

/** The list of saved scenarios. */
export const scaleModelScenariosSchema = z.lazy(() =>
  z.array(scaleModelScenarioSchema).check(z.maxLength(MAX_SCENARIOS)),
);

/** A list of saved scenarios. */
export type ScaleModelScenarios = z.infer<typeof scaleModelScenariosSchema>;

// Compile-time guard: the schema and the documented interface describe exactly the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesInterface: Same<ScaleModelInputsParsed, ScaleModelInputs> = true;
void schemaMatchesInterface;
