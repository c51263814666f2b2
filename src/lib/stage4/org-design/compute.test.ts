import fc from 'fast-check';
import { channelOperators, computeOrgDesign, spanPlan } from './compute';
import { orgChartTree } from './chart';
import { carriedBasisOf, mergeProfilesIntoScaleModel } from './to-scale-model';
import { DEFAULT_ORG_THRESHOLDS, type OrgChannelInput, type OrgInputs } from './schema';
import { defaultScaleModelInputs, newScaleRole } from '../../../presets/scale-model';
import { scaleModelInputsSchema } from '../../scale-model/schema';

const ch = (id: string, icpId: string, volume: number | null, perOperator: number | null, neededByMonth = 3): OrgChannelInput => ({
  id,
  channel: id,
  icpId,
  opportunitiesPerMonth: volume,
  opportunitiesPerOperatorPerMonth: perOperator,
  neededByMonth,
});
const org = (patch: Partial<OrgInputs> = {}): OrgInputs => ({
  icpStrategy: 'multi',
  icps: [
    { id: 'smb', name: 'SMB', skills: ['velocity', 'demo'] },
    { id: 'ent', name: 'Enterprise', skills: ['procurement', 'multi-threading', 'demo'] },
  ],
  channels: [ch('inbound', 'smb', 120, 30), ch('outbound', 'ent', 40, 10, 5)],
  thresholds: { ...DEFAULT_ORG_THRESHOLDS },
  aeProspectingPct: 20,
  meetingsNeededPerMonth: 100,
  sdrsPerAe: 0.5,
  spanOfControl: 7,
  leaderCapabilities: [],
  record: { rationale: '', decidedOn: null },
  ...patch,
});

describe('operators per channel', () => {
  it('volume ÷ capacity, whole operators at, below and above a boundary', () => {
    expect(channelOperators(120, 30)).toEqual({ fte: 4, whole: 4 });
    expect(channelOperators(119.9, 30).whole).toBe(3);
    expect(channelOperators(120.1, 30).whole).toBe(4);
  });
  it('missing or zero capacity gives nothing, never Infinity', () => {
    expect(channelOperators(null, 30)).toEqual({ fte: null, whole: null });
    expect(channelOperators(100, 0)).toEqual({ fte: null, whole: null });
    const r = computeOrgDesign(org({ channels: [ch('a', 'smb', 100, 0)] }));
    expect(r.channels[0]!.missing).toEqual(['a capacity above zero']);
  });
  it('more volume never needs fewer operators', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e5, noNaN: true }), fc.double({ min: 0.1, max: 1e4, noNaN: true }), (v, more, cap) => {
        expect(channelOperators(v + more, cap).whole!).toBeGreaterThanOrEqual(channelOperators(v, cap).whole!);
      }),
    );
  });
});

describe('separate teams per ICP', () => {
  it('Multi-ICP with skills overlapping below 50%: separate teams', () => {
    const r = computeOrgDesign(org());
    expect(r.separateTeams.judgement).toBe('holds');
    expect(r.teams.map((t) => t.name)).toEqual(['SMB', 'Enterprise']);
  });
  it('overlap exactly at the threshold shares a team; just below splits', () => {
    const at = org({ icps: [{ id: 'smb', name: 'SMB', skills: ['a', 'b'] }, { id: 'ent', name: 'Ent', skills: ['a', 'b', 'c', 'd'] }] });
    expect(computeOrgDesign(at).separateTeams.judgement).toBe('fails');
    expect(computeOrgDesign(at).teams).toHaveLength(1);
    expect(computeOrgDesign({ ...at, thresholds: { ...at.thresholds, minSharedSkillsPct: 50.01 } }).separateTeams.judgement).toBe('holds');
    expect(computeOrgDesign({ ...at, thresholds: { ...at.thresholds, minSharedSkillsPct: 49.99 } }).separateTeams.judgement).toBe('fails');
  });
  it('Primary ICP: one team, the first ICP only', () => {
    const r = computeOrgDesign(org({ icpStrategy: 'primary' }));
    expect(r.separateTeams.because).toBe('not-multi');
    expect(r.totals.aes).toBe(4);
  });
  it('no strategy or no skills: can\'t tell', () => {
    expect(computeOrgDesign(org({ icpStrategy: null })).separateTeams.judgement).toBe('unknown');
    expect(computeOrgDesign(org({ icps: [{ id: 'smb', name: 'SMB', skills: [] }, { id: 'ent', name: 'E', skills: [] }] })).separateTeams.judgement).toBe('unknown');
  });
});

describe('SDR vs AE specialization', () => {
  // 4 + 4 = 8 AEs; meetings per AE = 100 ÷ 8 = 12.5.
  it('prospecting share at, below and above 30%', () => {
    expect(computeOrgDesign(org({ aeProspectingPct: 30 })).specialization.judgement).toBe('holds');
    expect(computeOrgDesign(org({ aeProspectingPct: 29.9 })).specialization.judgement).toBe('fails');
    expect(computeOrgDesign(org({ aeProspectingPct: 30.1 })).specialization.judgement).toBe('holds');
  });
  it('meetings per AE at, below and above 40', () => {
    expect(computeOrgDesign(org({ meetingsNeededPerMonth: 320 })).specialization.meetingsTriggered).toBe(true);
    expect(computeOrgDesign(org({ meetingsNeededPerMonth: 319 })).specialization.judgement).toBe('fails');
    expect(computeOrgDesign(org({ meetingsNeededPerMonth: 321 })).specialization.judgement).toBe('holds');
  });
  it('SDRs = AEs × ratio, rounded up, per team', () => {
    const r = computeOrgDesign(org({ aeProspectingPct: 50 }));
    expect(r.teams.map((t) => t.sdrs)).toEqual([2, 2]);
    expect(computeOrgDesign(org({ aeProspectingPct: 50, sdrsPerAe: 0.3 })).teams.map((t) => t.sdrs)).toEqual([2, 2]);
  });
  it('missing inputs: can\'t tell, unless one of them already triggers', () => {
    expect(computeOrgDesign(org({ aeProspectingPct: null })).specialization.judgement).toBe('unknown');
    expect(computeOrgDesign(org({ aeProspectingPct: 40, meetingsNeededPerMonth: null })).specialization.judgement).toBe('holds');
  });
});

describe('span of control', () => {
  it('a leader manages up to the span directly', () => {
    expect(spanPlan(7, 7, 0)).toMatchObject({ layers: 1, managersTotal: 1 });
    expect(spanPlan(0, 7, 0)).toMatchObject({ layers: 0, managersTotal: 0 });
  });
  it('eight reports at span 7 need two managers and a leader', () => {
    const r = computeOrgDesign(org({ icpStrategy: 'primary', channels: [ch('a', 'smb', 8, 1)] }));
    expect(r.teams[0]!.managers).toBe(2);
    expect(r.span).toMatchObject({ layers: 2, managersByLevel: [2, 1] });
    expect(r.totals.headcount).toBe(11);
  });
  it('many managers add a second line', () => {
    expect(spanPlan(100, 7, 15)).toMatchObject({ managersByLevel: [15, 3, 1], layers: 3 });
  });
});

describe('hiring profiles, the chart and the scale model', () => {
  const r = computeOrgDesign(org({ aeProspectingPct: 50 }));
  it('lists every role with count, month, skills and what it serves', () => {
    expect(r.profiles.map((p) => [p.role, p.count, p.neededByMonth])).toEqual([
      ['First sales leader', 1, 3],
      ['Sales manager, SMB', 1, 3],
      ['Account Executive, SMB', 4, 3],
      ['SDR, SMB', 2, 3],
      ['Sales manager, Enterprise', 1, 5],
      ['Account Executive, Enterprise', 4, 5],
      ['SDR, Enterprise', 2, 5],
    ]);
    expect(r.profiles[2]!.serves).toBe('SMB: inbound');
  });
  it('the chart counts add up to the headcount', () => {
    const tree = orgChartTree(r)!;
    expect(tree.headcount?.min).toBe(r.totals.headcount);
    expect(tree.children!.reduce((a, n) => a + n.headcount!.min, 0) + 1).toBe(r.totals.headcount);
    expect(orgChartTree(computeOrgDesign(org({ channels: [] })))).toBeNull();
  });
  it('sends profiles to the scale model as valid roles, tagged, updating on a second send', () => {
    const plan = defaultScaleModelInputs();
    const first = mergeProfilesIntoScaleModel(plan, r.profiles, newScaleRole);
    expect(first.added).toHaveLength(7);
    expect(scaleModelInputsSchema.safeParse(first.inputs).success).toBe(true);
    const ae = first.inputs.roles.find((x) => x.id === 'org-smb-ae')!;
    expect(ae.hiresPerMonth[2]).toBe(4);
    const basis = carriedBasisOf(first.sources, first.inputs);
    expect(basis('roles.org-smb-ae.hiresPerMonth')?.basis).toBe('derived');
    expect(basis('roles.org-smb-ae.loadedMonthlyCostUsd')?.basis).toBe('assumption');
    const edited = { ...first.inputs, roles: first.inputs.roles.map((x) => (x.id === 'org-smb-ae' ? { ...x, loadedMonthlyCostUsd: 9000 } : x)) };
    expect(carriedBasisOf(first.sources, edited)('roles.org-smb-ae.loadedMonthlyCostUsd')).toBeNull();
    const second = mergeProfilesIntoScaleModel(edited, r.profiles, newScaleRole);
    expect(second.added).toEqual([]);
    expect(second.updated).toHaveLength(7);
    expect(second.inputs.roles.find((x) => x.id === 'org-smb-ae')!.loadedMonthlyCostUsd).toBe(9000);
  });
  it('never NaN', () => {
    expect(JSON.stringify(computeOrgDesign(org({ channels: [ch('x', 'smb', null, null)], meetingsNeededPerMonth: 0 })))).not.toMatch(/NaN|Infinity/);
  });
});
