/**
 * Organization design: operators each channel can support, whether ICPs need separate teams, when to
 * split SDR from AE, managers and layers from the span of control, and the hiring profiles that result.
 */
import { normalizeTags, overlapPct, safeDivide, type Judgement } from '../shared';
import type { OrgInputs } from './schema';

const EPS = 1e-9;

/** Operators one channel row can support. */
export interface ChannelOperators {
  id: string;
  channel: string;
  icpId: string;
  /** Volume ÷ capacity of one operator (fractional). */
  operatorsFte: number | null;
  /** Whole operators it keeps fully busy: floor of the above. */
  operators: number | null;
  missing: string[];
}

/** Operators a channel supports: volume ÷ one operator's capacity. */
export function channelOperators(opportunitiesPerMonth: number | null, perOperator: number | null): { fte: number | null; whole: number | null } {
  if (opportunitiesPerMonth === null || perOperator === null) return { fte: null, whole: null };
  const fte = safeDivide(opportunitiesPerMonth, perOperator);
  if (fte === null) return { fte: null, whole: null };
  return { fte, whole: Math.floor(fte + EPS) };
}

/** A team in the design: one per ICP group. */
export interface OrgTeam {
  id: string;
  name: string;
  icpIds: string[];
  channels: string[];
  skills: string[];
  aes: number;
  sdrs: number;
  /** First-line managers of this team. */
  managers: number;
  /** Earliest plan month its operators are needed. */
  neededByMonth: number;
}

/** A role to hire. */
export interface HiringProfile {
  id: string;
  role: string;
  count: number;
  neededByMonth: number;
  skills: string[];
  /** The ICPs and channels it serves, in words. */
  serves: string;
  /** How the count was worked out, for the scale model's source tag. */
  basis: string;
}

/** Managers per level from the bottom, and how many layers sit above the individual contributors. */
export interface SpanPlan {
  individualContributors: number;
  /** Managers at each level above the ICs, bottom first; the last is the sales leader (1). */
  managersByLevel: number[];
  layers: number;
  managersTotal: number;
}

/** Managers and layers for `ics` people at a span: a single leader manages up to `span` directly. */
export function spanPlan(ics: number, span: number, firstLine: number): SpanPlan {
  const levels: number[] = [];
  let m = firstLine;
  if (m > 0) levels.push(m);
  while (m > span) {
    m = Math.ceil(m / span - EPS);
    levels.push(m);
  }
  if (ics > 0 || levels.length) levels.push(1);
  return { individualContributors: ics, managersByLevel: levels, layers: levels.length, managersTotal: levels.reduce((a, b) => a + b, 0) };
}

/** Everything the tool shows. */
export interface OrgResult {
  channels: ChannelOperators[];
  /** Do ICPs need separate teams? */
  separateTeams: { judgement: Judgement; because: 'not-multi' | 'no-strategy' | 'single-icp' | 'skills-differ' | 'skills-overlap' | 'no-skills'; overlaps: { icpId: string; sharedPct: number | null }[] };
  /** Is SDR/AE specialization needed? */
  specialization: { judgement: Judgement; prospectingTriggered: boolean | null; meetingsPerAe: number | null; meetingsTriggered: boolean | null };
  teams: OrgTeam[];
  span: SpanPlan;
  totals: { aes: number; sdrs: number; managers: number; headcount: number };
  profiles: HiringProfile[];
  /** Channels whose operators can't be counted yet. */
  incompleteChannels: string[];
}

const name = (n: string, i: number, prefix: string) => n.trim() || `${prefix} ${i + 1}`;

/** Work out the organization design from its inputs. */
export function computeOrgDesign(inputs: OrgInputs): OrgResult {
  const t = inputs.thresholds;
  const icps = inputs.icps.map((i, n) => ({ ...i, name: name(i.name, n, 'ICP') }));
  const icpIds = new Set(icps.map((i) => i.id));
  const channels: ChannelOperators[] = inputs.channels.map((c, i) => {
    const ops = channelOperators(c.opportunitiesPerMonth, c.opportunitiesPerOperatorPerMonth);
    const missing = [c.opportunitiesPerMonth === null ? 'volume' : null, c.opportunitiesPerOperatorPerMonth === null ? 'capacity of one operator' : null].filter((x): x is string => x !== null);
    if (!missing.length && ops.fte === null) missing.push('a capacity above zero');
    return { id: c.id, channel: name(c.channel, i, 'Channel'), icpId: c.icpId, operatorsFte: ops.fte, operators: ops.whole, missing };
  });

  // Separate teams: Multi-ICP and skills overlapping the first ICP's less than the threshold.
  const first = icps[0];
  const overlaps = icps.slice(1).map((i) => ({ icpId: i.id, sharedPct: first ? overlapPct(first.skills, i.skills) : null }));
  let separateTeams: OrgResult['separateTeams'];
  if (inputs.icpStrategy === null) separateTeams = { judgement: 'unknown', because: 'no-strategy', overlaps };
  else if (inputs.icpStrategy === 'primary') separateTeams = { judgement: 'fails', because: 'not-multi', overlaps };
  else if (icps.length < 2) separateTeams = { judgement: 'fails', because: 'single-icp', overlaps };
  else if (overlaps.some((o) => o.sharedPct === null) || normalizeTags(first!.skills).length === 0) separateTeams = { judgement: 'unknown', because: 'no-skills', overlaps };
  else if (overlaps.some((o) => o.sharedPct! < t.minSharedSkillsPct - EPS)) separateTeams = { judgement: 'holds', because: 'skills-differ', overlaps };
  else separateTeams = { judgement: 'fails', because: 'skills-overlap', overlaps };

  // Group ICPs into teams: under separate teams each ICP below the overlap gets its own; the rest share the first.
  const ownTeam = (icpId: string) => separateTeams.judgement === 'holds' && (overlaps.find((o) => o.icpId === icpId)?.sharedPct ?? 100) < t.minSharedSkillsPct - EPS;
  const groups: { id: string; icpIds: string[] }[] = [];
  const inPlan = inputs.icpStrategy === 'primary' && first ? [first] : icps;
  for (const icp of inPlan) {
    if (groups.length === 0 || ownTeam(icp.id)) groups.push({ id: icp.id, icpIds: [icp.id] });
    else groups[0]!.icpIds.push(icp.id);
  }

  const aesOf = (ids: string[]) => channels.filter((c) => ids.includes(c.icpId)).reduce((a, c) => a + (c.operators ?? 0), 0);
  const totalAes = groups.reduce((a, g) => a + aesOf(g.icpIds), 0);

  // Specialization: AEs prospecting too much, or too many meetings per AE.
  const prospectingTriggered = inputs.aeProspectingPct === null ? null : inputs.aeProspectingPct >= t.aeProspectingPct - EPS;
  const meetingsPerAe = inputs.meetingsNeededPerMonth === null || totalAes === 0 ? null : inputs.meetingsNeededPerMonth / totalAes;
  const meetingsTriggered = meetingsPerAe === null ? null : meetingsPerAe >= t.meetingsPerAePerMonth - EPS;
  const specJ: Judgement = prospectingTriggered || meetingsTriggered ? 'holds' : prospectingTriggered === null || meetingsTriggered === null ? 'unknown' : 'fails';
  const specialized = specJ === 'holds';

  const teamsRaw = groups.map((g) => {
    const teamIcps = icps.filter((i) => g.icpIds.includes(i.id));
    const rows = inputs.channels.filter((c) => g.icpIds.includes(c.icpId));
    const aes = aesOf(g.icpIds);
    return {
      id: g.id,
      name: teamIcps.map((i) => i.name).join(' + '),
      icpIds: g.icpIds,
      channels: [...new Set(channels.filter((c) => g.icpIds.includes(c.icpId)).map((c) => c.channel))],
      skills: normalizeTags(teamIcps.flatMap((i) => i.skills)),
      aes,
      sdrs: specialized ? Math.ceil(aes * inputs.sdrsPerAe - EPS) : 0,
      neededByMonth: rows.length ? Math.min(...rows.map((r) => r.neededByMonth)) : 1,
    };
  });
  const ics = teamsRaw.reduce((a, x) => a + x.aes + x.sdrs, 0);
  const span = inputs.spanOfControl;
  // A leader manages up to a span directly; beyond that each team gets first-line managers.
  const needFirstLine = ics > span || teamsRaw.length > 1;
  const teams: OrgTeam[] = teamsRaw.map((x) => ({ ...x, managers: needFirstLine && x.aes + x.sdrs > 0 ? Math.ceil((x.aes + x.sdrs) / span - EPS) : 0 }));
  const firstLine = teams.reduce((a, x) => a + x.managers, 0);
  const plan = spanPlan(ics, span, firstLine);
  const sdrs = teams.reduce((a, x) => a + x.sdrs, 0);

  const profiles: HiringProfile[] = [];
  const earliest = teams.length ? Math.min(...teams.map((x) => x.neededByMonth)) : 1;
  if (ics > 0)
    profiles.push({
      id: 'sales-leader',
      role: 'First sales leader',
      count: 1,
      neededByMonth: earliest,
      skills: ['scaling a proven motion'],
      serves: icps.filter((i) => inPlan.includes(i)).map((i) => i.name).join(', '),
      basis: 'one leader over the whole team',
    });
  for (const x of teams) {
    const serves = `${x.name}: ${x.channels.join(', ') || 'no channels yet'}`;
    if (x.managers > 0)
      profiles.push({ id: `${x.id}-manager`, role: `Sales manager, ${x.name}`, count: x.managers, neededByMonth: x.neededByMonth, skills: x.skills, serves, basis: `${x.aes + x.sdrs} reports ÷ span of ${span}, rounded up` });
    if (x.aes > 0)
      profiles.push({ id: `${x.id}-ae`, role: specialized ? `Account Executive, ${x.name}` : `Sales operator (full-cycle), ${x.name}`, count: x.aes, neededByMonth: x.neededByMonth, skills: x.skills, serves, basis: 'channel volume ÷ capacity of one operator, per channel, whole operators' });
    if (x.sdrs > 0)
      profiles.push({ id: `${x.id}-sdr`, role: `SDR, ${x.name}`, count: x.sdrs, neededByMonth: x.neededByMonth, skills: ['prospecting', ...x.skills.slice(0, 2)], serves, basis: `${x.aes} AEs × ${inputs.sdrsPerAe} SDRs per AE, rounded up` });
  }
  const extraLevels = plan.managersByLevel.slice(firstLine > 0 ? 1 : 0, -1);
  if (extraLevels.length)
    profiles.push({ id: 'second-line', role: 'Second-line sales manager', count: extraLevels.reduce((a, b) => a + b, 0), neededByMonth: earliest, skills: ['managing managers'], serves: 'the first-line managers', basis: `managers ÷ span of ${span}, per level` });

  return {
    channels,
    separateTeams,
    specialization: { judgement: specJ, prospectingTriggered, meetingsPerAe, meetingsTriggered },
    teams,
    span: plan,
    totals: { aes: totalAes, sdrs, managers: plan.managersTotal, headcount: ics + plan.managersTotal },
    profiles,
    incompleteChannels: channels.filter((c) => c.missing.length > 0 && icpIds.has(c.icpId)).map((c) => c.channel),
  };
}
