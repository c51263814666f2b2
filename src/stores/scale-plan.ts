/**
 * The scale plan over every tool's store: what this browser has saved (null where a tool has nothing),
 * the plan built from it, and copying a shared plan into this browser's tools.
 */
import { computed } from 'nanostores';
import { storageEngine } from './storage';
import { unitEconomics } from './unit-economics';
import { scaleModel } from './scale-model';
import { stagePlanner } from './stage-planner';
import { $workshopAnswers, rereadWorkshopAnswers } from './workshop-answers';
import { $exitTicks, writeExitTicks } from './exit-checklist';
import { icpStrategy } from './stage4/icp-strategy';
import { channelTiers } from './stage4/channel-tiers';
import { orgDesign } from './stage4/org-design';
import type { PersistentTool } from './persistent';
import { storageKey } from '../lib/persist/versioned';
import { buildScalePlan, SCALE_PLAN_CHECKS, SCALE_PLAN_SECTIONS, type ScalePlanInputs } from '../lib/scale-plan';
import { stage4ExitCriteria } from '../data/stage-4/exit-criteria';

/** Sections, checks and criteria the plan is built from. */
export const scalePlanRegistry = { sections: SCALE_PLAN_SECTIONS, checks: SCALE_PLAN_CHECKS, criteria: stage4ExitCriteria };

const isSaved = (tool: PersistentTool<unknown>) => storageKey(tool.spec.tool, tool.spec.version) in storageEngine;
const anyAnswer = (answers: Record<string, number | null>) => Object.values(answers).some((v) => v !== null && v !== undefined);

/** What this browser has saved, tool by tool. */
export const $scalePlanInputs = computed(
  [unitEconomics.$value, scaleModel.$value, stagePlanner.$value, $workshopAnswers, icpStrategy.$value, channelTiers.$value, orgDesign.$value, $exitTicks],
  (ue, sm, sp, answers, icp, ch, org, ticks): ScalePlanInputs => ({
    unitEconomics: isSaved(unitEconomics as PersistentTool<unknown>) ? ue : null,
    scaleModel: isSaved(scaleModel as PersistentTool<unknown>) ? sm : null,
    stagePlan: isSaved(stagePlanner as PersistentTool<unknown>) ? sp : null,
    readiness: anyAnswer(answers.readiness) ? answers.readiness : null,
    strategy: anyAnswer(answers.strategy) ? answers.strategy : null,
    icp: isSaved(icpStrategy as PersistentTool<unknown>) ? icp : null,
    channels: isSaved(channelTiers as PersistentTool<unknown>) ? ch : null,
    org: isSaved(orgDesign as PersistentTool<unknown>) ? org : null,
    exitTicks: ticks,
  }),
);

/** The plan built from this browser's saved inputs. */
export const $scalePlan = computed($scalePlanInputs, (inputs) => buildScalePlan(inputs, scalePlanRegistry));

/**
 * Copy a shared plan's inputs into this browser's tools; parts the plan does not have are left alone.
 * Assessment answers go through the workshop store, loaded only then (the plan reads them on their own).
 */
export async function copyScalePlanIn(inputs: ScalePlanInputs): Promise<void> {
  if (inputs.unitEconomics) unitEconomics.$value.set(inputs.unitEconomics);
  if (inputs.scaleModel) scaleModel.$value.set(inputs.scaleModel);
  if (inputs.stagePlan) stagePlanner.$value.set(inputs.stagePlan);
  if (inputs.icp) icpStrategy.$value.set(inputs.icp);
  if (inputs.channels) channelTiers.$value.set(inputs.channels);
  if (inputs.org) orgDesign.$value.set(inputs.org);
  if (inputs.exitTicks) writeExitTicks(inputs.exitTicks);
  const { readiness, strategy } = inputs;
  if (readiness || strategy) {
    const { updateWorkshop } = await import('./workshop');
    updateWorkshop((s) => ({
      ...s,
      assessments: {
        readiness: readiness ? { ...s.assessments.readiness, answers: readiness } : s.assessments.readiness,
        strategy: strategy ? { ...s.assessments.strategy, answers: strategy } : s.assessments.strategy,
      },
    }));
    rereadWorkshopAnswers();
  }
}
