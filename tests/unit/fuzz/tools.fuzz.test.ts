/**
 * Every tool's compute function fed generated inputs (from its zod schema, leaning on 0, -0,
 * subnormals, bounds and huge values): no throw, no NaN or Infinity anywhere in the result, and
 * each tool's own invariants. Property tests, not timed tests: the timeout only allows for load.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryFrom, FUZZ_RUNS, nonFiniteNumbers } from './zod-arbitrary';
import { computeUnitEconomics, unitEconomicsInputsSchema, type UnitEconomicsInputs } from '../../../src/lib/unit-economics';
import { computeAutomationRoi, automationRoiInputsSchema, type AutomationRoiInputs } from '../../../src/lib/automation-roi';
import { computeScaleModel, scaleModelInputsSchema, type ScaleModelInputs } from '../../../src/lib/scale-model';
import { computeWorkshopSums, readinessAnswersSchema, scoreReadiness, scoreStrategy, strategyAnswersSchema, workshopWorksheetsSchema } from '../../../src/presets/workshop';
import type { WorkshopWorksheets } from '../../../src/lib/workshop/worksheets/values';
import { planSchedule } from '../../../src/lib/onboarding/schedule';
import { progress } from '../../../src/lib/onboarding/progress';
import { onboardingPlans } from '../../../src/data/onboarding';
import { budgetAllocation } from '../../../src/lib/stage-planner/budget';
import { downtimeAllowed, infrastructureFigures } from '../../../src/lib/stage-planner/infrastructure';
import { impliedUnitEconomics } from '../../../src/lib/stage-planner/unit-economics-check';
import type { AssessmentAnswers } from '../../../src/lib/workshop/assessment/score';

const runs = { numRuns: FUZZ_RUNS };
const TIMEOUT = 300_000;
const finiteEverywhere = (result: unknown) => expect(nonFiniteNumbers(result)).toEqual([]);
/** Any double at all, edge values first: for functions that take plain numbers. */
const anyNumber = fc.oneof(
  fc.constantFrom(0, -0, 5e-324, -5e-324, 1e-320, 1, -1, 100, 1e15, -1e15, Number.MAX_VALUE, -Number.MAX_VALUE),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const isoDay = fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('fuzzing every tool', () => {
  it(
    'unit economics: finite or null, each null has a reason, ratios agree with their parts',
    () => {
      fc.assert(
        fc.property(arbitraryFrom<UnitEconomicsInputs>(unitEconomicsInputsSchema), (inputs) => {
          const r = computeUnitEconomics(inputs);
          finiteEverywhere(r);
          if (r.ltvToCac === null) expect(r.reasons.ltvToCac).toBeDefined();
          if (r.paybackMonths === null) expect(r.reasons.payback).toBeDefined();
          if (r.ltvToCac !== null) {
            expect(r.ltvToCac).toBeCloseTo(r.ltvUsd! / r.cacUsd!, 6);
            expect(r.cacUsd!).toBeGreaterThan(0);
          }
          if (r.paybackMonths !== null) expect(r.paybackMonths).toBeGreaterThanOrEqual(0);
          if (r.lifetimeMonths !== null) expect(r.lifetimeMonths).toBeGreaterThan(0);
        }),
        runs,
      );
    },
    TIMEOUT,
  );

  it(
    'automation ROI: finite everywhere',
    () => {
      fc.assert(
        fc.property(arbitraryFrom<AutomationRoiInputs>(automationRoiInputsSchema), (inputs) => {
          finiteEverywhere(computeAutomationRoi(inputs));
        }),
        runs,
      );
    },
    TIMEOUT,
  );

  it(
    'scale model: finite everywhere, headcount never negative',
    () => {
      fc.assert(
        fc.property(arbitraryFrom<ScaleModelInputs>(scaleModelInputsSchema), (inputs) => {
          const r = computeScaleModel(inputs);
          finiteEverywhere(r);
          const months = (r as unknown as { months?: Array<{ headcount?: number }> }).months ?? [];
          for (const m of months) if (typeof m.headcount === 'number') expect(m.headcount).toBeGreaterThanOrEqual(0);
        }),
        { numRuns: FUZZ_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'assessments: finite, no negative score',
    () => {
      const check = (score: (a: Partial<AssessmentAnswers>) => unknown) => (answers: AssessmentAnswers) => {
        const r = score(answers) as Record<string, unknown>;
        finiteEverywhere(r);
        for (const [k, v] of Object.entries(r)) if (typeof v === 'number' && /pct|score/i.test(k)) expect(v).toBeGreaterThanOrEqual(0);
      };
      fc.assert(fc.property(arbitraryFrom<AssessmentAnswers>(readinessAnswersSchema), check(scoreReadiness)), runs);
      fc.assert(fc.property(arbitraryFrom<AssessmentAnswers>(strategyAnswersSchema), check(scoreStrategy)), runs);
    },
    TIMEOUT,
  );

  it(
    'workshop sums: finite or null everywhere',
    () => {
      fc.assert(
        fc.property(arbitraryFrom<WorkshopWorksheets>(workshopWorksheetsSchema), (worksheets) => {
          finiteEverywhere(computeWorkshopSums(worksheets));
        }),
        runs,
      );
    },
    TIMEOUT,
  );

  it(
    'onboarding schedule and progress: finite, done never above total, percent within 0–100',
    () => {
      const plan = fc.constantFrom(...onboardingPlans);
      const subject = fc.record({
        startDate: isoDay,
        track: fc.option(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...onboardingPlans.flatMap((p) => p.tracks.map((t) => t.id)))), { nil: undefined }),
        done: fc.dictionary(fc.string({ maxLength: 10 }), fc.oneof(fc.boolean(), fc.string({ maxLength: 4 }), anyNumber)),
      });
      fc.assert(
        fc.property(plan, subject, isoDay, (p, s, today) => {
          finiteEverywhere(planSchedule(p, s.startDate, s.track));
          const r = progress(p, s, today);
          finiteEverywhere(r);
          if (r) {
            expect(r.overall.done).toBeLessThanOrEqual(r.overall.total);
            if (r.overall.donePct !== null) expect(r.overall.donePct).toBeGreaterThanOrEqual(0);
            if (r.overall.donePct !== null) expect(r.overall.donePct).toBeLessThanOrEqual(100);
          }
        }),
        runs,
      );
    },
    TIMEOUT,
  );

  it(
    'stage planner: budget lines add up to what was allocated; infrastructure and unit economics checks stay finite',
    () => {
      const share = fc.record({ category: fc.string({ maxLength: 10 }), sharePct: anyNumber });
      fc.assert(
        fc.property(anyNumber, fc.array(share, { maxLength: 8 }), (totalUsd, sharesPct) => {
          const r = budgetAllocation({ totalUsd, sharesPct });
          finiteEverywhere(r);
          if (r.ok) {
            const sum = r.lines.reduce((a, l) => a + l.amountUsd, 0);
            expect(Math.abs(sum - r.allocatedUsd)).toBeLessThanOrEqual(Math.abs(r.allocatedUsd) * 1e-9 + 1e-6);
          }
        }),
        runs,
      );
      const stage = fc.record({
        users: anyNumber,
        interactionsPerMonth: anyNumber,
        storageTb: anyNumber,
        uptimePct: anyNumber,
        cloudMonthlyUsd: anyNumber,
        aiMlMonthlyUsd: anyNumber,
      });
      fc.assert(
        fc.property(stage, (s) => {
          finiteEverywhere(infrastructureFigures(s));
          finiteEverywhere(downtimeAllowed({ uptimePct: s.uptimePct, periodMinutes: s.users }));
        }),
        runs,
      );
      const stated = fc.record({ cacUsd: anyNumber, ltvUsd: anyNumber, paybackMonths: anyNumber, statedLtvToCac: anyNumber });
      fc.assert(
        fc.property(stated, (s) => {
          finiteEverywhere(impliedUnitEconomics(s));
        }),
        runs,
      );
    },
    TIMEOUT,
  );
});
