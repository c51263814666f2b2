import { MAX_USD, automationMessages, type AutomationRoiResult } from '../../lib/automation-roi';
import { formatNumber } from '../../lib/format';
import type { ComputedField, NumberField, WorkshopResults, WorkshopState, WorksheetSection } from '../../presets/workshop';
import { ComputedFields } from './ComputedFields';
import { WorksheetField } from './WorksheetField';

/** The loaded hourly cost: not a blank of the seed, but the ROI Calculation needs it to turn hours into dollars. */
export const HOURLY_COST_FIELD: NumberField = {
  type: 'input',
  kind: 'number',
  id: 'loaded-hourly-cost-usd',
  label: 'Loaded hourly cost',
  unit: 'usd',
  min: 0,
  max: MAX_USD,
  integer: false,
  prefix: '$',
  suffix: '/hour',
};

/** An automation's one-time cost: optional, used only for the payback period. */
export const ONE_TIME_COST_FIELD: NumberField = {
  type: 'input',
  kind: 'number',
  id: 'one-time-cost-usd',
  label: 'One-time cost (optional)',
  unit: 'usd',
  min: 0,
  max: MAX_USD,
  integer: false,
  prefix: '$',
};

const PAYBACK_TEXT = automationMessages.neverPaysBackBecause;

function Notes({ roi }: { roi: AutomationRoiResult }) {
  const t = roi.totals;
  const notes: string[] = [];
  if (t.uncountedProcesses > 0) {
    notes.push(
      `${t.uncountedProcesses === 1 ? 'One automation is' : `${t.uncountedProcesses} automations are`} not counted yet: each needs its time saved and its cost (0 if it costs nothing), within range.`,
    );
  }
  if (t.payback?.neverPaysBack) notes.push(PAYBACK_TEXT[t.payback.reason]);
  else if (t.payback && t.payback.months === 0 && t.countedProcesses > 0) {
    notes.push(t.oneTimeCostUsd === 0 ? 'Payback is immediate: no one-time cost was entered, and the savings cover the monthly cost.' : 'Payback is immediate.');
  }
  if (t.roiNote === 'no-running-cost') notes.push('There is no ROI ratio: the automations have no monthly cost to divide the savings by.');
  return (
    <div role="status" className="ws-roi-notes">
      {notes.map((n) => (
        <p key={n} className={n.startsWith('Never') ? 'ws-warning' : 'ws-detail'}>
          {n.startsWith('Never') && <span aria-hidden="true">⚠ </span>}
          {n}
        </p>
      ))}
    </div>
  );
}

/**
 * The seed's ROI Calculation block, computed from the automation rows (`computeWorkshopAutomation`),
 * with the loaded hourly cost it needs asked for right here.
 */
export function AutomationRoi({
  worksheetId,
  section,
  fields,
  state,
  results,
  onHourlyCost,
}: {
  worksheetId: string;
  section: WorksheetSection;
  fields: ComputedField[];
  state: WorkshopState;
  results: WorkshopResults;
  onHourlyCost: (value: number | null) => void;
}) {
  const rateIssue = results.automation.issues.find((i) => i.processIndex === null)?.message ?? null;
  const rate = state.automation.loadedHourlyCostUsd;
  return (
    <>
      <p className="ws-detail">
        Computed from the automations above: monthly savings = hours saved per week × 52 ÷ 12 × the loaded hourly cost
        (salary, taxes and benefits per hour of the people whose time is saved).
      </p>
      <div className="ws-fields">
        <WorksheetField
          field={HOURLY_COST_FIELD}
          id={`ws-${worksheetId}-${HOURLY_COST_FIELD.id}`}
          name={HOURLY_COST_FIELD.label}
          value={rate}
          onValue={(v) => onHourlyCost(typeof v === 'number' ? v : null)}
          extra
        />
      </div>
      {rateIssue && rate === null && <p className="ws-detail">{rateIssue}</p>}
      <ComputedFields fields={fields} section={section} results={results} />
      {results.automation.totals.countedProcesses > 0 && results.automation.totals.currentHoursPerWeek > 0 && (
        <p className="ws-detail">
          Saves {formatNumber(results.automation.totals.hoursSavedPerWeek, 1)} of {formatNumber(results.automation.totals.currentHoursPerWeek, 1)} hours a week of current effort.
        </p>
      )}
      <Notes roi={results.automation} />
    </>
  );
}
