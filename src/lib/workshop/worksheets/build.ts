/**
 * Small constructors for worksheet definitions, so each worksheet file reads like the seed.
 * Unit defaults (bounds, whole numbers, "$" and "/month" adornments) live here, once.
 */
import type {
  AssessmentId,
  AssessmentScoreField,
  ChoiceField,
  ComputedField,
  FieldGroup,
  InputField,
  MonthField,
  NumberField,
  NumberUnit,
  OutputSource,
  SectionEntry,
  TextField,
  WorksheetSection,
} from './types';

type Adornments = Pick<NumberField, 'prefix' | 'suffix' | 'partLabel'>;
type NumberOptions = Adornments & Partial<Pick<NumberField, 'min' | 'max' | 'integer'>>;

/**
 * Largest plain number accepted where the seed sets no limit (a trillion dollars, users or GB): far above
 * any real answer, and low enough that every sum and product of answers stays a finite number.
 */
export const MAX_PLAIN_NUMBER = 1e12;

/** Bounds and seed adornments per unit; a field may override any of them. */
export const UNIT_DEFAULTS: Record<NumberUnit, Required<Pick<NumberField, 'min' | 'max' | 'integer'>> & Adornments> = {
  usd: { min: 0, max: MAX_PLAIN_NUMBER, integer: false, prefix: '$' },
  'usd-per-month': { min: 0, max: MAX_PLAIN_NUMBER, integer: false, prefix: '$', suffix: '/month' },
  'usd-per-person-year': { min: 0, max: MAX_PLAIN_NUMBER, integer: false, prefix: '$', suffix: '/person/year' },
  pct: { min: 0, max: 100, integer: false, suffix: '%' },
  gb: { min: 0, max: MAX_PLAIN_NUMBER, integer: false, suffix: 'GB' },
  'gb-per-month': { min: 0, max: MAX_PLAIN_NUMBER, integer: false, suffix: 'GB/month' },
  // A century of months or weeks is a typo, not a timeline.
  months: { min: 0, max: 1200, integer: false, suffix: 'months' },
  weeks: { min: 0, max: 5200, integer: false, suffix: 'weeks' },
  // A week has 168 hours: more than that is a typo, not a process.
  'hours-per-week': { min: 0, max: 168, integer: false, suffix: 'hours/week' },
  multiplier: { min: 0, max: 1e6, integer: false, suffix: 'x current' },
  score10: { min: 0, max: 10, integer: true, suffix: '/10' },
  count: { min: 0, max: MAX_PLAIN_NUMBER, integer: true },
  percentile: { min: 0, max: 100, integer: false, suffix: 'th percentile' },
};

/** A free-text field. */
export function text(id: string, label: string, extra: Adornments = {}): TextField {
  return { type: 'input', kind: 'text', id, label, ...extra };
}

/** A number field with its unit's defaults. */
export function num(id: string, label: string, unit: NumberUnit, extra: NumberOptions = {}): NumberField {
  const { min, max, integer, ...adornments } = UNIT_DEFAULTS[unit];
  return {
    type: 'input',
    kind: 'number',
    id,
    label,
    unit,
    min: extra.min === undefined ? min : extra.min,
    max: extra.max === undefined ? max : extra.max,
    integer: extra.integer ?? integer,
    ...adornments,
    ...stripUndefined({ prefix: extra.prefix, suffix: extra.suffix, partLabel: extra.partLabel }),
  };
}

/** Plans run up to ten years out; a larger month number is a typo. */
const MAX_PLAN_MONTH = 120;

/** A "Month ___" field. */
export function month(id: string, label: string): MonthField {
  return { type: 'input', kind: 'month', id, label, prefix: 'Month', min: 1, max: MAX_PLAN_MONTH };
}

/** A choice offered by the seed as "A/B/C" in place of a blank. */
export function choice(id: string, label: string, options: readonly string[]): ChoiceField {
  return { type: 'input', kind: 'choice', id, label, options, fromBlank: false };
}

/** A `___/10` blank scored into an assessment. */
export function score(assessment: AssessmentId, itemId: string, label: string): AssessmentScoreField {
  return { type: 'assessment-score', assessment, itemId, id: itemId, label, suffix: '/10' };
}

/** A blank whose value is computed. */
export function computed(id: string, label: string, output: OutputSource, extra: Adornments = {}): ComputedField {
  return { type: 'computed', id, label, output, ...extra };
}

/** A repeatable group; the seed prints three of each, so three is the default. */
export function group(
  id: string,
  instanceLabel: string,
  fields: InputField[],
  opts: { headingLine: boolean; minCount?: number; maxCount?: number; defaultCount?: number },
): FieldGroup {
  return {
    type: 'group',
    id,
    instanceLabel,
    headingLine: opts.headingLine,
    minCount: opts.minCount ?? 0,
    maxCount: opts.maxCount ?? 10,
    defaultCount: opts.defaultCount ?? 3,
    fields,
  };
}

/** A section under one of the seed's headings. */
export function section(id: string, heading: string | null, entries: SectionEntry[], level: 1 | 2 = 1): WorksheetSection {
  return { id, heading, level, entries };
}

/** Five text fields under one heading: the seed's most common shape. */
export function textSection(id: string, heading: string, fields: Array<[id: string, label: string]>, level: 1 | 2 = 1): WorksheetSection {
  return section(id, heading, fields.map(([fid, label]) => text(fid, label)), level);
}

/** A numbered list "1. ___" … "n. ___" as text fields with ids `${prefix}-1` …. */
export function numberedTexts(idPrefix: string, count: number): TextField[] {
  return Array.from({ length: count }, (_, i) => text(`${idPrefix}-${i + 1}`, String(i + 1)));
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
