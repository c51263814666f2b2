/**
 * The scale plan's sections for the Stage 4 decision tools: the ICP decision, the tiered channel map
 * with its allocation, and the organization design. Each reads only its tool's saved inputs and results.
 */
import { icpDecisionSummary } from '../stage4/icp/report';
import { recommendationText } from '../stage4/icp/describe';
import { TIER_SHORT } from '../stage4/channels/describe';
import type { ScalePlanContext } from './build';
import type { PlanFigure, ScalePlanSection } from './types';

const recordedNote = (decidedOn: string | null) => (decidedOn ? `recorded ${decidedOn}` : 'not recorded yet');

/** ICP strategy, channel tiers and organization design, in document order. */
export const STAGE4_SECTIONS: readonly ScalePlanSection<ScalePlanContext>[] = [
  {
    id: 'icp-decision',
    title: 'ICP decision',
    toolPath: '/tools/icp-strategy/',
    toolName: 'ICP strategy tool',
    summarize: ({ icp, icpResult: r }) => {
      if (!icp || !r) return null;
      const decision = icpDecisionSummary(icp, r);
      const lead = icp.decision.primarySegmentId ?? r.leaderId;
      const segments = [...r.segments].sort((a, b) => Number(b.id === lead) - Number(a.id === lead));
      return {
        figures: [
          { label: 'Recommendation', value: null, unit: 'count', note: recommendationText(r, icp).title },
          { label: 'Recorded decision', value: null, unit: 'count', note: decision ? `${decision} (${recordedNote(icp.decision.decidedOn)})` : 'not recorded yet' },
          { label: 'Segments compared', value: r.segments.length, unit: 'count' },
          ...segments.map((s): PlanFigure => ({ label: `${s.name}, LTV:CAC`, value: s.economics.ltvToCac, unit: 'ratio', note: s.economics.ltvToCac === null ? 'not worked out yet' : undefined })),
        ],
        lists: decision && icp.decision.rationale.trim() ? [{ label: 'Rationale', items: [icp.decision.rationale.trim()] }] : [],
      };
    },
  },
  {
    id: 'channel-tiers',
    title: 'Tiered channel map and allocation',
    toolPath: '/tools/channel-tiers/',
    toolName: 'Channel tiers tool',
    summarize: ({ channels, channelResult: r }) => {
      if (!channels || !r) return null;
      const icpName = (id: string) => r.map.icps.find((i) => i.id === id)?.name ?? 'no ICP';
      const count = (tier: 1 | 2 | 3) => r.rows.filter((x) => x.tier === tier).length;
      const unit = channels.allocation.unit === 'usd' ? 'usd' : 'fte';
      return {
        figures: [
          { label: 'Channels', value: r.rows.length, unit: 'count' },
          { label: 'Tier 1 (scale)', value: count(1), unit: 'count' },
          { label: 'Tier 2 (maintain)', value: count(2), unit: 'count' },
          { label: 'Tier 3 (eliminate)', value: count(3), unit: 'count' },
          { label: 'Without a tier yet', value: r.undecided, unit: 'count' },
          { label: 'Total to allocate', value: channels.allocation.total, unit, note: channels.allocation.total === null ? 'not set' : undefined },
          { label: 'Channel map', value: null, unit: 'count', note: recordedNote(channels.record.decidedOn) },
          ...r.allocation.lines.map((l): PlanFigure => ({ label: `${l.channel || 'Unnamed channel'} (${icpName(l.icpId)}, ${TIER_SHORT[l.tier]})`, value: l.amount, unit })),
        ],
        lists: [
          { label: 'Tiered channel map', items: r.rows.map((x) => `${x.channel || 'Unnamed channel'} for ${icpName(x.icpId)}: ${x.tier === null ? 'no tier yet' : TIER_SHORT[x.tier]}`) },
        ].filter((l) => l.items.length > 0),
      };
    },
  },
  {
    id: 'org-design',
    title: 'Organization design',
    toolPath: '/tools/org-design/',
    toolName: 'Org design tool',
    summarize: ({ org, orgResult: r }) => {
      if (!org || !r) return null;
      return {
        figures: [
          { label: 'Headcount', value: r.totals.headcount, unit: 'fte' },
          { label: 'Account executives', value: r.totals.aes, unit: 'fte' },
          { label: 'SDRs', value: r.totals.sdrs, unit: 'fte' },
          { label: 'Managers', value: r.totals.managers, unit: 'fte' },
          { label: 'Management layers', value: r.span.layers, unit: 'count' },
          { label: 'Span of control', value: org.spanOfControl, unit: 'count' },
          { label: 'Design', value: null, unit: 'count', note: recordedNote(org.record.decidedOn) },
          ...r.profiles.map((p): PlanFigure => ({ label: `Hire: ${p.role}`, value: p.count, unit: 'count', note: `by month ${p.neededByMonth}` })),
        ],
        lists: [
          { label: 'Teams', items: r.teams.map((t) => t.name) },
          { label: 'Hiring profiles', items: r.profiles.map((p) => `${p.role}: serves ${p.serves}${p.skills.length ? `; skills: ${p.skills.join(', ')}` : ''}`) },
        ].filter((l) => l.items.length > 0),
      };
    },
  },
];
