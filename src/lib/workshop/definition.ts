/**
 * Everything transcribed that the workshop logic runs on, in one object. The figures and text live in
 * `src/data/workshop`; `src/presets/workshop.ts` passes them to the functions here, which take them as
 * an argument instead of importing them.
 */
import type { AgendaPart } from './agenda';
import type { AssessmentDefinition } from './assessment/definitions';
import type { AssessmentId, RecruitingChannel, SuccessMetric, TeamFunction, WorksheetDefinition } from './worksheets/types';

/** The worksheets, assessments, agenda and the lists the sums walk. */
export interface WorkshopDefinition {
  /** Every worksheet, in the order the seed prints them. */
  worksheets: readonly WorksheetDefinition[];
  /** Both scored assessments, by id. */
  assessments: Readonly<Record<AssessmentId, AssessmentDefinition>>;
  /** The agenda parts, in order. */
  agenda: readonly AgendaPart[];
  /** The total the agenda states for itself, in minutes (its parts may add up to more). */
  statedTotalMinutes: number;
  /** The team plan's functions, in seed order. */
  teamFunctions: readonly TeamFunction[];
  /** The recruiting channels, in seed order. */
  recruitingChannels: readonly RecruitingChannel[];
  /** The roadmap's from → to success metrics, in seed order. */
  successMetrics: readonly SuccessMetric[];
}
