/**
 * An illustrative set of inputs for the automation ROI calculator. The Day 29 worksheet has blanks and
 * no figures, so these are the handbook's own example, labelled as such wherever they appear.
 */
import type { AutomationRoiInputs } from '../../lib/automation-roi/index';

/** Label of the example set. */
export const EXAMPLE_LABEL = 'Example: three typical processes';

/** Three typical processes at a $45 loaded hourly cost; the third costs more than it saves, to show that case. */
export const EXAMPLE_INPUTS: AutomationRoiInputs = {
  loadedHourlyCostUsd: 45,
  processes: [
    { name: 'Invoice matching', currentHoursPerWeek: 15, hoursSavedPerWeek: 12, monthlyCostUsd: 260, oneTimeCostUsd: 2000 },
    { name: 'Support ticket triage', currentHoursPerWeek: 20, hoursSavedPerWeek: 5, monthlyCostUsd: 400, oneTimeCostUsd: 1500 },
    { name: 'Weekly pipeline report', currentHoursPerWeek: 4, hoursSavedPerWeek: 2, monthlyCostUsd: 450, oneTimeCostUsd: null },
  ],
};
