/**
 * Types of the scale plan: what each tool has saved (null when nothing is), the figures a section
 * shows, and the result of a cross-check. Figures carry their unit; formatting happens at display.
 */
import type { UnitEconomicsInputs } from '../unit-economics';
import type { ScaleModelInputs } from '../scale-model';
import type { StagePlanInputs } from '../stage-planner/plan';
import type { AssessmentAnswers } from '../workshop/assessment/score';
import type { IcpInputs } from '../stage4/icp/schema';
import type { ChannelInputs } from '../stage4/channels/schema';
import type { OrgInputs } from '../stage4/org-design/schema';

/** Every tool's saved inputs, null where this browser has nothing saved for it. */
export interface ScalePlanInputs {
  unitEconomics: UnitEconomicsInputs | null;
  scaleModel: ScaleModelInputs | null;
  stagePlan: StagePlanInputs | null;
  readiness: AssessmentAnswers | null;
  strategy: AssessmentAnswers | null;
  icp: IcpInputs | null;
  channels: ChannelInputs | null;
  org: OrgInputs | null;
  /** Ids of the ticked Stage 4 exit criteria, or null when the checklist was never saved. */
  exitTicks: string[] | null;
}

/** How a figure is shown. */
export type FigureUnit = 'usd' | 'pct' | 'months' | 'ratio' | 'multiple' | 'fte' | 'count' | 'score' | 'month';

/** One figure of a section or a check; value null means "none" and `note` says why. */
export interface PlanFigure {
  label: string;
  value: number | null;
  unit: FigureUnit;
  /** Out of what, for scores. */
  max?: number;
  /** Short words shown instead of or after the value, e.g. "Unbounded" or a band. */
  note?: string;
}

/** What a section shows when something is saved. */
export interface SectionSummary {
  figures: PlanFigure[];
  /** Short lists under the figures, e.g. the three assumptions the plan is most sensitive to. */
  lists?: { label: string; items: string[] }[];
}

/** One part of the scale plan: a tool's saved result. */
export interface ScalePlanSection<I = ScalePlanInputs> {
  id: string;
  title: string;
  /** The tool's page, where the figures are changed. */
  toolPath: string;
  toolName: string;
  /** The section's figures, or null when the tool has nothing saved. */
  summarize: (inputs: I) => SectionSummary | null;
}

/** How a cross-check came out. */
export type CheckStatus = 'consistent' | 'attention' | 'contradiction' | 'missing';

/** The outcome of one cross-check. */
export type CheckOutcome =
  | { status: 'missing'; missing: string[] }
  | { status: Exclude<CheckStatus, 'missing'>; figures: PlanFigure[]; /** Signed gap the words describe (e.g. cost − share). */ difference: number; differencePct: number | null };

/** One cross-check between tools, with where to change its inputs. */
export interface ScalePlanCheck<I = ScalePlanInputs> {
  id: string;
  title: string;
  /** Where to change the figures it compares. */
  fixes: { label: string; path: string }[];
  run: (inputs: I) => CheckOutcome;
}
