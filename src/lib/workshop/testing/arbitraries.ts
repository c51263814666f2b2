/**
 * fast-check arbitraries of workshop data, for property tests only (never imported by site code).
 * They produce valid values, as the UI stores them, generated from the worksheet definitions.
 */
import fc from 'fast-check';
import { createSnapshot, flattenItems, READINESS_ASSESSMENT, STRATEGY_ASSESSMENT, type AssessmentDefinition } from '../assessment/index';
import { MAX_USD } from '../../automation-roi/index';
import type { WorkshopState } from '../state';
import { MAX_AUTOMATION_ROWS, WORKSHEETS } from '../../../presets/workshop';
import { topLevelInputs, worksheetGroups } from '../worksheets/index';
import type { FieldValue, WorksheetValues } from '../worksheets/values';
import type { InputField, WorksheetDefinition } from '../worksheets/types';

// JSON writes -0 as 0; a stored -0 is never intended, so generate 0 instead.
const noNegativeZero = (v: number) => (Object.is(v, -0) ? 0 : v);

/** A valid value (or null) for one field. */
export function fieldValueArb(f: InputField): fc.Arbitrary<FieldValue> {
  const inner = ((): fc.Arbitrary<FieldValue> => {
    switch (f.kind) {
      case 'text':
        return fc.string({ maxLength: 40 });
      case 'choice':
        return fc.constantFrom(...f.options);
      case 'month':
        return fc.integer({ min: f.min, max: f.max });
      case 'number': {
        const min = f.min ?? -1e9;
        const max = f.max ?? 1e9;
        return f.integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map(noNegativeZero);
      }
    }
  })();
  return fc.option(inner, { nil: null });
}

function rowArb(fields: InputField[]): fc.Arbitrary<Record<string, FieldValue>> {
  return fc.record(Object.fromEntries(fields.map((f) => [f.id, fieldValueArb(f)])));
}

/** Valid answers for one worksheet, with up to three rows beyond each group's minimum. */
export function worksheetValuesArb(def: WorksheetDefinition): fc.Arbitrary<WorksheetValues> {
  return fc.record({
    fields: rowArb(topLevelInputs(def)),
    groups: fc.record(
      Object.fromEntries(
        worksheetGroups(def).map((g) => [g.id, fc.array(rowArb(g.fields), { minLength: g.minCount, maxLength: Math.min(g.maxCount, g.minCount + 3) })]),
      ),
    ),
  });
}

/** Answers of an assessment, any item possibly unanswered. */
export function answersArb(def: AssessmentDefinition) {
  return fc.record(Object.fromEntries(flattenItems(def).map(({ item }) => [item.id, fc.option(fc.integer({ min: 0, max: 10 }), { nil: null })])));
}

function assessmentStateArb(def: AssessmentDefinition) {
  const snapshot = fc
    .tuple(answersArb(def), fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), fc.string({ minLength: 1, maxLength: 20 }))
    .map(([answers, date, id]) => createSnapshot(def, answers, date, id));
  return fc.record({ answers: answersArb(def), snapshots: fc.array(snapshot, { maxLength: 3 }) });
}

/** Every worksheet's answers. */
export const worksheetsArb = fc.record(Object.fromEntries(WORKSHEETS.map((w) => [w.id, worksheetValuesArb(w)]))) as unknown as fc.Arbitrary<
  WorkshopState['worksheets']
>;

/** A whole participant's workshop. */
export const workshopStateArb: fc.Arbitrary<WorkshopState> = fc.record({
  worksheets: worksheetsArb,
  assessments: fc.record({ readiness: assessmentStateArb(READINESS_ASSESSMENT), strategy: assessmentStateArb(STRATEGY_ASSESSMENT) }),
  automation: fc.record({
    loadedHourlyCostUsd: fc.option(fc.double({ min: 0, max: MAX_USD, noNaN: true }).map(noNegativeZero), { nil: null }),
    oneTimeCostsUsd: fc.array(fc.option(fc.integer({ min: 0, max: 1e6 }), { nil: null }), { maxLength: MAX_AUTOMATION_ROWS }),
  }),
});

/** Non-finite numbers anywhere in a value (JSON would hide NaN as null, so look at the raw numbers). */
export function nonFiniteNumbers(value: unknown): number[] {
  const bad: number[] = [];
  JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) bad.push(v);
    return v;
  });
  return bad;
}
