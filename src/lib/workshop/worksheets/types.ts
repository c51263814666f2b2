/**
 * The Day 29 worksheets as data. A worksheet is the seed's code block: a title line, then
 * sections (the seed's headings), then fields. Every `___` blank in the seed is one field, so
 * the form, the Markdown export and the print view are all generated from the same list.
 */

/** The two scored assessments of the workshop. */
export type AssessmentId = 'readiness' | 'strategy';

/** The workshop parts, in agenda order. */
export type ExerciseId = 'pre-exercise' | '29a' | '29b' | '29c' | 'assessment';

/** The thirteen worksheets, in the seed's order. */
export const WORKSHEET_IDS = [
  'readiness',
  'technical-scaling',
  'infrastructure-roadmap',
  'data-infrastructure',
  'security',
  'team-scaling',
  'culture',
  'hiring',
  'retention',
  'process-design',
  'automation',
  'strategy-assessment',
  'roadmap',
] as const;

/** One worksheet's id. */
export type WorksheetId = (typeof WORKSHEET_IDS)[number];

/**
 * Units of number fields. Money is whole US dollars as plain numbers (`usd…`), percentages are 0–100
 * (`pct`), `multiplier` is "x current", `score10` a 0–10 score, `percentile` a market percentile,
 * `count` a number of people, users, calls or units of the bottleneck's own measure.
 */
export type NumberUnit =
  | 'usd'
  | 'usd-per-month'
  | 'usd-per-person-year'
  | 'pct'
  | 'gb'
  | 'gb-per-month'
  | 'months'
  | 'weeks'
  | 'hours-per-week'
  | 'multiplier'
  | 'score10'
  | 'count'
  | 'percentile';

/** What every field carries: a stable id, the seed's label and the seed's text around the blank. */
interface FieldBase {
  /** Stable id, unique within its worksheet (or within its group). Never change it: saved answers use it. */
  id: string;
  /**
   * The seed's label: the line's text before its first colon (without the "- "), or the list number
   * ("1") on numbered lines. Inside a group, `{n}` stands for the instance number.
   */
  label: string;
  /** For lines with two blanks ("$___-$___", "___ → ___", "___ (+___)"): which of the two this is. */
  partLabel?: string;
  /** Seed text printed just before the blank, e.g. "$", "Month", "Timeline:". */
  prefix?: string;
  /** Seed text printed just after the blank, e.g. "/month", "GB", "x current", "% of company". */
  suffix?: string;
}

/** A free-text answer; empty or whitespace-only text counts as unanswered. */
export interface TextField extends FieldBase {
  type: 'input';
  kind: 'text';
}

/** A number with a unit and inclusive bounds (null = unbounded on that side). */
export interface NumberField extends FieldBase {
  type: 'input';
  kind: 'number';
  unit: NumberUnit;
  min: number | null;
  max: number | null;
  integer: boolean;
}

/** A plan month number ("Month ___"): a whole number from 1. */
export interface MonthField extends FieldBase {
  type: 'input';
  kind: 'month';
  min: number;
  max: number;
}

/**
 * One of a fixed list of options. `fromBlank: false` marks a seed line that offers the options
 * instead of a blank ("Priority level: Critical/High/Medium"), so it adds no blank to the count.
 */
export interface ChoiceField extends FieldBase {
  type: 'input';
  kind: 'choice';
  options: readonly string[];
  fromBlank: boolean;
}

/** A field the participant fills in and that is stored with the worksheet's values. */
export type InputField = TextField | NumberField | MonthField | ChoiceField;

/** A `___/10` blank of an assessment block: the participant scores it, but the score is stored with the assessment's answers. */
export interface AssessmentScoreField extends FieldBase {
  type: 'assessment-score';
  assessment: AssessmentId;
  /** The item's id in the assessment definition. */
  itemId: string;
}

/** Ranks 1–3 of the gaps and strengths lists. */
export type Rank = 1 | 2 | 3;

/** Automation figures the seed's ROI Calculation block asks for. */
export type AutomationOutputMetric =
  | 'totalHoursSavedPerWeek'
  | 'monthlyCostUsd'
  | 'monthlySavingsUsd'
  | 'roiRatio'
  | 'paybackMonths';

/** Where a computed blank's value comes from. */
export type OutputSource =
  | { kind: 'assessment-overall'; assessment: AssessmentId }
  | { kind: 'assessment-gap'; assessment: AssessmentId; rank: Rank }
  | { kind: 'assessment-strength'; assessment: AssessmentId; rank: Rank }
  | { kind: 'automation'; metric: AutomationOutputMetric };

/** A blank whose value is computed (overall scores, gaps and strengths, the ROI block): shown, never typed. */
export interface ComputedField extends FieldBase {
  type: 'computed';
  output: OutputSource;
}

/** Any field of a worksheet. */
export type WorksheetField = InputField | AssessmentScoreField | ComputedField;

/** A repeatable block ("Bottleneck 1–3", "Position 1–3", "High Impact Automation 1–3"). */
export interface FieldGroup {
  type: 'group';
  id: string;
  /** The instance's name with `{n}` for its number, e.g. "Bottleneck {n}". */
  instanceLabel: string;
  /** True when the seed prints the instance name as its own heading line ("High Impact Automation 1:"). */
  headingLine: boolean;
  minCount: number;
  maxCount: number;
  /** How many instances the seed prints, and how many a fresh worksheet starts with. */
  defaultCount: number;
  fields: InputField[];
}

/** What a section lists: fields and repeatable groups, in seed order. */
export type SectionEntry = WorksheetField | FieldGroup;

/** A heading of the seed's block and what follows it. */
export interface WorksheetSection {
  id: string;
  /** The seed's heading without its trailing colon; null for lines that stand alone (the OVERALL lines). */
  heading: string | null;
  /** 2 for headings nested under the previous level-1 heading ("Customer Acquisition" under "Core Business Processes"). */
  level: 1 | 2;
  entries: SectionEntry[];
}

/** One worksheet: one code block of the seed. */
export interface WorksheetDefinition {
  id: WorksheetId;
  /** The block's first line, e.g. "TECHNICAL SCALING STRATEGY". */
  title: string;
  /** The seed's bold label (or heading) just above the block, e.g. "Scalability Architecture Planning". */
  heading: string;
  exercise: ExerciseId;
  /** The agenda segment the worksheet is done in; null when the seed gives it no time. */
  segmentId: string | null;
  /** The site page that hosts the worksheet. */
  path: string;
  sections: WorksheetSection[];
}

/** One function of the 12-month team plan; `hasCurrent` is false where the current team lists none. */
export interface TeamFunction {
  id: string;
  label: string;
  hasCurrent: boolean;
}

/** A leadership hire the team worksheet plans. */
export interface LeadershipRole {
  id: string;
  heading: string;
}

/** A recruiting channel whose share of hires is entered as a percentage. */
export interface RecruitingChannel {
  id: string;
  label: string;
}

/** A success metric with a start and an end figure (fields `<id>-from` and `<id>-to`). */
export interface SuccessMetric {
  id: string;
  label: string;
  unit: NumberUnit;
}
