/**
 * Worked examples for the Stage 4 decision tools, built on the Scaling Strategy playbook: the SMB and
 * Enterprise sales teams of its Stage 3 org chart, and its Stage 2 unit economics for SMB. Where the
 * playbook gives no figure (all of Enterprise, volumes, channels, capacities) the figure is illustrative,
 * and each note says which is which.
 */
import type { IcpInputs } from '../../lib/stage4/icp/schema';
import type { ChannelInputs } from '../../lib/stage4/channels/schema';
import type { OrgInputs } from '../../lib/stage4/org-design/schema';
import { budgetsByStage } from '../playbook/financial';

const stage2Budget = budgetsByStage.find((b) => b.stage === 2)!;
const stage2MarketingPct = stage2Budget.sharesPct.find((s) => s.category === 'Marketing')!.sharePct;

/** Label of the examples wherever they are offered. */
export const STAGE4_EXAMPLE_LABEL = 'Example: SMB vs Enterprise (from the playbook)';

/** The playbook's Stage 2 unit economics (CAC $200, LTV $1,440, payback 5 months), as the SMB segment's inputs. */
const SMB_FROM_STAGE_2 = {
  // Contribution = CAC ÷ payback = $40/month; at the calculator's assumed 80% margin, ARPA = $50.
  arpaMonthlyUsd: 50,
  grossMarginPct: 80,
  // Churn = contribution ÷ LTV = 40 ÷ 1,440.
  monthlyChurnPct: 2.7778,
  cacUsd: 200,
} as const;

/** ICP strategy example: SMB on the playbook's Stage 2 economics, Enterprise illustrative. */
export const ICP_EXAMPLE: IcpInputs = {
  segments: [
    {
      id: 'smb',
      name: 'SMB',
      ...SMB_FROM_STAGE_2,
      economicsSource: 'example',
      reachableNewCustomersPerMonth: 30,
      winRatePct: 25,
      salesCycleDays: 21,
      skills: ['discovery', 'high-velocity demos', 'self-serve onboarding'],
      channels: ['inbound', 'paid social'],
    },
    {
      id: 'enterprise',
      name: 'Enterprise',
      arpaMonthlyUsd: 2000,
      grossMarginPct: 80,
      monthlyChurnPct: 1,
      cacUsd: 18000,
      economicsSource: 'example',
      reachableNewCustomersPerMonth: 3,
      winRatePct: 20,
      salesCycleDays: 120,
      skills: ['discovery', 'multi-threading', 'procurement', 'security reviews'],
      channels: ['outbound', 'events'],
    },
  ],
  growthTargetPerMonth: 30,
  growthTargetUnit: 'customers',
  prioritizeSimplicity: true,
  thresholds: { outperformMultiple: 1.5, minLtvToCac: 3, maxPaybackMonths: 12, minSharedSkillsPct: 50 },
  decision: { choice: null, primarySegmentId: null, rationale: '', decidedOn: null },
};

/** Where the ICP example's figures come from. */
export const ICP_EXAMPLE_NOTES: readonly string[] = [
  'SMB and Enterprise are the two sales teams under the VP Sales in the playbook’s Stage 3 (Divisional Structure) org chart.',
  'SMB’s economics reproduce the playbook’s Stage 2 figures (CAC $200, LTV $1,440, payback 5 months), with the 80% gross margin the unit economics calculator assumes.',
  'Enterprise’s economics, every volume, win rate, sales cycle, skill and channel, and the growth target are illustrative: the playbook gives none.',
];

/** Channel tiers example: channels for the two ICPs, with the playbook's Stage 2 marketing budget to split. */
export const CHANNEL_EXAMPLE: ChannelInputs = {
  icps: [
    { id: 'smb', name: 'SMB', targetCacUsd: 200, tier1MinCustomersPerMonth: 10 },
    { id: 'enterprise', name: 'Enterprise', targetCacUsd: 20000, tier1MinCustomersPerMonth: 2 },
  ],
  rows: [
    { id: 'row-1', channel: 'Inbound', icpId: 'smb', opportunitiesPerMonth: 200, costPerOpportunityUsd: 30, conversionPct: 15, improvedThroughOptimization: true, overrideTier: null, overrideReason: '' },
    { id: 'row-2', channel: 'Paid social', icpId: 'smb', opportunitiesPerMonth: 150, costPerOpportunityUsd: 45, conversionPct: 10, improvedThroughOptimization: true, overrideTier: null, overrideReason: '' },
    { id: 'row-3', channel: 'Events', icpId: 'smb', opportunitiesPerMonth: 20, costPerOpportunityUsd: 150, conversionPct: 10, improvedThroughOptimization: false, overrideTier: null, overrideReason: '' },
    { id: 'row-4', channel: 'Outbound', icpId: 'enterprise', opportunitiesPerMonth: 40, costPerOpportunityUsd: 1000, conversionPct: 5, improvedThroughOptimization: true, overrideTier: null, overrideReason: '' },
    { id: 'row-5', channel: 'Events', icpId: 'enterprise', opportunitiesPerMonth: 10, costPerOpportunityUsd: 2500, conversionPct: 10, improvedThroughOptimization: null, overrideTier: null, overrideReason: '' },
    { id: 'row-6', channel: 'Partners', icpId: 'enterprise', opportunitiesPerMonth: 5, costPerOpportunityUsd: 3000, conversionPct: 5, improvedThroughOptimization: null, overrideTier: null, overrideReason: '' },
  ],
  weakCacMultiple: 2,
  // The playbook's Stage 2 budget is $3.9M with 23% to marketing.
  allocation: { unit: 'usd', total: (stage2Budget.totalUsd * stage2MarketingPct) / 100, shares: { tier1Pct: 70, tier2Pct: 30, tier3Pct: 0 } },
  record: { rationale: '', decidedOn: null },
};

/** Where the channel example's figures come from. */
export const CHANNEL_EXAMPLE_NOTES: readonly string[] = [
  'The budget to split is the playbook’s Stage 2 marketing share: 23% of the $3.9M Stage 2 budget.',
  'SMB’s $200 target CAC is the playbook’s Stage 2 CAC. Enterprise’s target, both volume bars, and every channel result are illustrative.',
];

/** Organization design example: the two ICPs' channels with illustrative operator capacities. */
export const ORG_EXAMPLE: OrgInputs = {
  icpStrategy: 'multi',
  icps: [
    { id: 'smb', name: 'SMB', skills: ['discovery', 'high-velocity demos', 'self-serve onboarding'] },
    { id: 'enterprise', name: 'Enterprise', skills: ['discovery', 'multi-threading', 'procurement', 'security reviews'] },
  ],
  channels: [
    { id: 'row-1', channel: 'Inbound', icpId: 'smb', opportunitiesPerMonth: 200, opportunitiesPerOperatorPerMonth: 50, neededByMonth: 2 },
    { id: 'row-2', channel: 'Paid social', icpId: 'smb', opportunitiesPerMonth: 150, opportunitiesPerOperatorPerMonth: 75, neededByMonth: 4 },
    { id: 'row-4', channel: 'Outbound', icpId: 'enterprise', opportunitiesPerMonth: 40, opportunitiesPerOperatorPerMonth: 10, neededByMonth: 3 },
    { id: 'row-5', channel: 'Events', icpId: 'enterprise', opportunitiesPerMonth: 10, opportunitiesPerOperatorPerMonth: 10, neededByMonth: 6 },
  ],
  thresholds: { minSharedSkillsPct: 50, aeProspectingPct: 30, meetingsPerAePerMonth: 40 },
  aeProspectingPct: 35,
  meetingsNeededPerMonth: 300,
  sdrsPerAe: 0.25,
  spanOfControl: 8,
  leaderCapabilities: ['scale-proven-motion', 'specialized-roles', 'playbooks-by-segment', 'forecasting'],
  record: { rationale: '', decidedOn: null },
};

/** Where the org design example's figures come from. */
export const ORG_EXAMPLE_NOTES: readonly string[] = [
  'The two teams mirror the SMB Sales and Enterprise Sales teams of the playbook’s Stage 3 org chart (VP Sales, 16, with Sales Operations).',
  'The playbook advises hiring 3–6 months ahead of need; the months needed, capacities, prospecting share, meetings and ratios here are illustrative.',
];
