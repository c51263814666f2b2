import { storageKey } from '../lib/persist/versioned';
import { checklistEntrySchema, CHECKLIST_ENTRY_KEY, type EntryCheck } from '../lib/workspace/workspace';
import { automationRoi } from './automation-roi';
import { carriedFigures } from './carried-figures';
import { onboarding } from './onboarding';
import { scaleModel, scaleModelCarried, scaleModelScenarios } from './scale-model';
import { stagePlanner } from './stage-planner';
import { channelTiers } from './stage4/channel-tiers';
import { icpStrategy } from './stage4/icp-strategy';
import { orgDesign } from './stage4/org-design';
import { timerSound } from './timer-sound';
import { unitEconomics } from './unit-economics';
import { facilitator, workshop } from './workshop';

const tools = [
  unitEconomics,
  scaleModel,
  scaleModelScenarios,
  scaleModelCarried,
  carriedFigures,
  stagePlanner,
  icpStrategy,
  channelTiers,
  orgDesign,
  workshop,
  facilitator,
  timerSound,
  automationRoi,
  onboarding,
];

/** Each saved key's schema, from the tools' own specs, so an import is checked exactly as a read is. */
export const importCheckFor: EntryCheck = (key) => {
  const tool = tools.find((t) => storageKey(t.spec.tool, t.spec.version) === key);
  if (tool) return tool.spec.schema;
  return CHECKLIST_ENTRY_KEY.test(key) ? checklistEntrySchema : null;
};
