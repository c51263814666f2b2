/** The Stage 4 exit criteria as the guide's checklist lists them (ids are the checklist's item ids). */
import type { ExitCriterion } from '../../lib/scale-plan/exit-criteria';

/** The checklist id whose ticks the scale plan reads. */
export const EXIT_CHECKLIST_ID = 'stage-4-exit-criteria';

/** Stage 4 is done when every item is true. */
export const stage4ExitCriteria: readonly ExitCriterion[] = [
  { id: 'explicit-icp-strategy-selected', label: 'Explicit ICP strategy selected' },
  { id: 'channel-tiers-defined', label: 'Channel tiers defined' },
  { id: 'organizational-design-documented', label: 'Organizational design documented' },
  { id: 'playbooks-complete', label: 'Playbooks complete' },
  { id: 'infrastructure-in-place', label: 'Infrastructure in place' },
  { id: 'leadership-role-clearly-defined-as-scaling-a-proven-motion', label: 'Leadership role clearly defined as scaling a proven motion' },
];
