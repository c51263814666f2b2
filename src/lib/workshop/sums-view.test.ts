import { workshopMessages } from './messages';
import { computeRecruitingChannels, computeTeamPlan, getWorksheet, RECRUITING_CHANNELS } from '../../presets/workshop';
import { channelBalance, teamPlanWarnings } from './sums-view';
import { emptyWorksheetValues, setFieldValue, type FieldValue, type WorksheetValues } from './worksheets/values';

const withFields = (id: Parameters<typeof getWorksheet>[0], fields: Record<string, FieldValue>): WorksheetValues =>
  Object.entries(fields).reduce((v, [k, val]) => setFieldValue(v, k, val), emptyWorksheetValues(getWorksheet(id)));

describe('team plan warnings', () => {
  it('names the function of each mismatch and ends with the totals one', () => {
    const sums = computeTeamPlan(withFields('team-scaling', { 'current-engineering': 8, 'target-engineering': 20, 'delta-engineering': 10, 'target-product': 5, 'target-total': 20 }));
    const warnings = teamPlanWarnings(sums);
    expect(warnings[0]).toBe(`Engineering: ${workshopMessages.teamDeltaMismatch(10, 12)}`);
    expect(sums.targetTotalMessage).not.toBeNull();
    expect(warnings.at(-1)).toBe(sums.targetTotalMessage);
    expect(warnings).toHaveLength(2);
  });

  it('is empty when everything agrees', () => {
    expect(teamPlanWarnings(computeTeamPlan(emptyWorksheetValues(getWorksheet('team-scaling'))))).toEqual([]);
  });
});

describe('channel balance', () => {
  const [first, second] = RECRUITING_CHANNELS;
  const channels = (a: number | null, b: number | null) => {
    const fields: Record<string, FieldValue> = {};
    if (a !== null) fields[first!.id] = a;
    if (b !== null) fields[second!.id] = b;
    return computeRecruitingChannels(withFields('hiring', fields));
  };

  it('tells empty, balanced, short and over apart', () => {
    expect(channelBalance(channels(null, null))).toEqual({ state: 'empty' });
    expect(channelBalance(channels(60, 40))).toEqual({ state: 'balanced' });
    expect(channelBalance(channels(50, 20))).toEqual({ state: 'short', gapPct: 30 });
    expect(channelBalance(channels(80, 40))).toEqual({ state: 'over', gapPct: 20 });
  });
});
