/**
 * The scale plan from every tool's saved inputs: each tool's results worked out once, then the
 * registered sections and checks run over them. Adding a tool is a section (and its checks) in the
 * registries, plus its field in `ScalePlanInputs`.
 */
import { computeUnitEconomics, type UnitEconomicsResult } from '../unit-economics';
import { computeScaleModel, runSensitivity, type ScaleModelResult } from '../scale-model';
import { computeStagePlan, type StagePlanResult } from '../stage-planner/plan';
import { ASSESSMENTS, scoreAssessment, type AssessmentResult } from '../workshop/assessment';
import { computeIcpStrategy, type IcpResult } from '../stage4/icp/compute';
import { computeChannelTiers, type ChannelResult } from '../stage4/channels/compute';
import { computeOrgDesign, type OrgResult } from '../stage4/org-design/compute';
import { STAGE4_RECORDED } from '../stage4/recorded';
import type { CheckOutcome, ScalePlanCheck, ScalePlanInputs, ScalePlanSection, SectionSummary } from './types';
import { exitCriteriaSummary, type ExitCriterion, type ExitRow, type RecordedDeliverable } from './exit-criteria';

/** Saved inputs with each tool's results, worked out once for every section and check. */
export interface ScalePlanContext extends ScalePlanInputs {
  unitEconomicsResult: UnitEconomicsResult | null;
  scaleModelResult: ScaleModelResult | null;
  stagePlanResult: StagePlanResult | null;
  readinessResult: AssessmentResult | null;
  strategyResult: AssessmentResult | null;
  icpResult: IcpResult | null;
  channelResult: ChannelResult | null;
  orgResult: OrgResult | null;
  /** Labels of the three assumptions the plan's 12-month output is most sensitive to (±20%). */
  sensitivityTop: string[];
}

/** A section as rendered: its summary or null when nothing is saved. */
export interface SectionRow {
  id: string;
  title: string;
  toolPath: string;
  toolName: string;
  summary: SectionSummary | null;
}

/** A check as rendered. */
export interface CheckRow {
  id: string;
  title: string;
  fixes: { label: string; path: string }[];
  outcome: CheckOutcome;
}

/** The whole document. */
export interface ScalePlan {
  sections: SectionRow[];
  checks: CheckRow[];
  exitCriteria: ExitRow[];
}

const answered = (a: Record<string, number | null> | null) => a !== null && Object.values(a).some((v) => v !== null && v !== undefined);

/** Work out every tool's results from the saved inputs. */
export function scalePlanContext(inputs: ScalePlanInputs): ScalePlanContext {
  const scaleModelResult = inputs.scaleModel ? computeScaleModel(inputs.scaleModel) : null;
  const sensitivity = inputs.scaleModel ? runSensitivity(inputs.scaleModel, { metric: 'output12', changePct: 20 }) : null;
  return {
    ...inputs,
    unitEconomicsResult: inputs.unitEconomics ? computeUnitEconomics(inputs.unitEconomics) : null,
    scaleModelResult,
    stagePlanResult: inputs.stagePlan ? computeStagePlan(inputs.stagePlan) : null,
    readinessResult: answered(inputs.readiness) ? scoreAssessment(ASSESSMENTS.readiness, inputs.readiness!) : null,
    strategyResult: answered(inputs.strategy) ? scoreAssessment(ASSESSMENTS.strategy, inputs.strategy!) : null,
    icpResult: inputs.icp ? computeIcpStrategy(inputs.icp) : null,
    channelResult: inputs.channels ? computeChannelTiers(inputs.channels) : null,
    orgResult: inputs.org ? computeOrgDesign(inputs.org) : null,
    sensitivityTop: sensitivity ? sensitivity.rows.filter((r) => r.swing !== null && r.swing > 0).slice(0, 3).map((r) => r.label) : [],
  };
}

// Which saved inputs hold each recorded Stage 4 deliverable, by the checklist item it meets.
const RECORDED_INPUTS: Record<string, (i: ScalePlanInputs) => unknown> = {
  'explicit-icp-strategy-selected': (i) => i.icp,
  'channel-tiers-defined': (i) => i.channels,
  'organizational-design-documented': (i) => i.org,
};

/** The exit criteria the decision tools' recorded deliverables meet, by criterion id. */
export function recordedCriteria(inputs: ScalePlanInputs): Record<string, RecordedDeliverable> {
  const out: Record<string, RecordedDeliverable> = {};
  for (const c of STAGE4_RECORDED) {
    const value = RECORDED_INPUTS[c.itemId]?.(inputs);
    const read = value ? c.read(value) : null;
    if (read) out[c.itemId] = { ...read, toolPath: c.href };
  }
  return out;
}

/** Build the plan: sections, checks and the exit-criteria summary. */
export function buildScalePlan(
  inputs: ScalePlanInputs,
  registry: { sections: readonly ScalePlanSection<ScalePlanContext>[]; checks: readonly ScalePlanCheck<ScalePlanContext>[]; criteria: readonly ExitCriterion[] },
): ScalePlan {
  const ctx = scalePlanContext(inputs);
  const checks = registry.checks.map((c) => ({ id: c.id, title: c.title, fixes: c.fixes, outcome: c.run(ctx) }));
  const states = Object.fromEntries(checks.map((c) => [c.id, c.outcome.status === 'missing' ? { status: c.outcome.status, missing: c.outcome.missing } : { status: c.outcome.status }]));
  return {
    sections: registry.sections.map((s) => ({ id: s.id, title: s.title, toolPath: s.toolPath, toolName: s.toolName, summary: s.summarize(ctx) })),
    checks,
    exitCriteria: exitCriteriaSummary(registry.criteria, inputs.exitTicks, states, undefined, recordedCriteria(inputs)),
  };
}
