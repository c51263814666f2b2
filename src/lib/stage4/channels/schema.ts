/** Zod schema of the channel tiers tool's saved and shared inputs (zod/mini: it reaches the browser). */
import * as z from 'zod/mini';
import { decisionRecordSchema, nameSchema, rowIdSchema } from '../shared';

/** Most channel × ICP rows. */
export const MAX_CHANNEL_ROWS = 40;
/** Most target ICPs. */
export const MAX_ICPS = 8;
/** Largest amount accepted (dollars or headcount). */
export const MAX_AMOUNT = 1e12;

/** A tier: 1 scale aggressively, 2 maintain opportunistically, 3 eliminate. */
export const tierSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
/** A channel tier. */
export type Tier = z.infer<typeof tierSchema>;

const num = (max: number) => z.nullable(z.number().check(z.minimum(0), z.maximum(max)));

/** One channel's results for one target ICP, and any manual tier. */
export const channelRowSchema = z.lazy(() =>
  z.object({
    id: rowIdSchema,
    channel: nameSchema,
    icpId: rowIdSchema,
    /** Opportunities (qualified pipeline) the channel produces a month for this ICP. */
    opportunitiesPerMonth: num(1e9),
    /** What one opportunity costs through this channel, USD. */
    costPerOpportunityUsd: num(1e9),
    /** Share of opportunities that become customers, 0–100. */
    conversionPct: num(100),
    /** Whether its results improved through optimization: true, false, or not recorded (null). */
    improvedThroughOptimization: z.nullable(z.boolean()),
    /** The person's own tier, kept over the suggestion; null follows the suggestion. */
    overrideTier: z.nullable(tierSchema),
    overrideReason: z.string().check(z.maxLength(1000)),
  }),
);

const targetCac = z.number().check(z.minimum(1), z.maximum(1e9));
const minCustomers = z.number().check(z.minimum(0), z.maximum(1e9));

/** A target ICP with its own bars: what good looks like differs between, say, SMB and Enterprise. */
export const channelIcpSchema = z.lazy(() =>
  z.object({
    id: rowIdSchema,
    name: nameSchema,
    /** CAC at or below which a channel performs well for this ICP (e.g. its LTV ÷ 3). */
    targetCacUsd: targetCac,
    /** New customers a month a channel must bring this ICP to be worth scaling aggressively. */
    tier1MinCustomersPerMonth: minCustomers,
  }),
);

/** Thresholds of the tier rule for one ICP (its two bars and the shared weak multiple). */
export interface ChannelThresholds {
  targetCacUsd: number;
  tier1MinCustomersPerMonth: number;
  /** A channel whose CAC is more than this multiple of the target is weak. */
  weakCacMultiple: number;
}

/** Shares of the total by tier, percent. */
export const tierSharesSchema = z.lazy(() =>
  z.object({ tier1Pct: num(100), tier2Pct: num(100), tier3Pct: num(100) }),
);

/** The channel tiers tool's inputs. */
export const channelInputsSchema = z.lazy(() =>
  z.object({
    icps: z.array(channelIcpSchema).check(z.maxLength(MAX_ICPS)),
    rows: z.array(channelRowSchema).check(z.maxLength(MAX_CHANNEL_ROWS)),
    /** A channel whose CAC is more than this multiple of its ICP's target is weak. */
    weakCacMultiple: z.number().check(z.minimum(1), z.maximum(100)),
    allocation: z.object({
      /** Budget for the year (USD) or headcount to split; the scale plan sets a yearly budget against the marketing share. */
      unit: z.enum(['usd', 'headcount']),
      total: num(MAX_AMOUNT),
      shares: tierSharesSchema,
    }),
    record: decisionRecordSchema,
  }),
);

/** One row's inputs. */
export type ChannelRowInput = z.infer<typeof channelRowSchema>;
/** A target ICP with its bars. */
export type ChannelIcp = z.infer<typeof channelIcpSchema>;
/** Tier shares. */
export type TierShares = z.infer<typeof tierSharesSchema>;
/** The tool's inputs. */
export type ChannelInputs = z.infer<typeof channelInputsSchema>;

/** Defaults of the rule, each explained on the page: the playbook's Stage 2 CAC of $200 as the target. */
export const DEFAULT_CHANNEL_THRESHOLDS: ChannelThresholds = { targetCacUsd: 200, tier1MinCustomersPerMonth: 10, weakCacMultiple: 2 };

/** A new target ICP with the default bars. */
export function newChannelIcp(id: string, name = ''): ChannelIcp {
  return { id, name, targetCacUsd: DEFAULT_CHANNEL_THRESHOLDS.targetCacUsd, tier1MinCustomersPerMonth: DEFAULT_CHANNEL_THRESHOLDS.tier1MinCustomersPerMonth };
}

/** Default split: most to Tier 1, the rest to Tier 2, nothing to channels being eliminated. */
export const DEFAULT_TIER_SHARES: TierShares = { tier1Pct: 70, tier2Pct: 30, tier3Pct: 0 };

/** A row with nothing filled in. */
export function emptyChannelRow(id: string, icpId: string, channel = ''): ChannelRowInput {
  return {
    id,
    channel,
    icpId,
    opportunitiesPerMonth: null,
    costPerOpportunityUsd: null,
    conversionPct: null,
    improvedThroughOptimization: null,
    overrideTier: null,
    overrideReason: '',
  };
}
