/** Zod schema of the ICP strategy tool's saved and shared inputs (zod/mini: it reaches the browser). */
import * as z from 'zod/mini';
import { decisionRecordSchema, nameSchema, rowIdSchema } from '../shared';

/** Most segments one comparison holds. */
export const MAX_SEGMENTS = 12;
/** Most skill or channel tags per segment. */
export const MAX_TAGS = 30;
/** Largest dollar amount accepted: keeps every product finite. */
export const MAX_USD = 1e12;
/** Largest monthly volume accepted. */
export const MAX_VOLUME = 1e9;

const usd = z.nullable(z.number().check(z.minimum(0), z.maximum(MAX_USD)));
const pct = z.nullable(z.number().check(z.minimum(0), z.maximum(100)));
const volume = z.nullable(z.number().check(z.minimum(0), z.maximum(MAX_VOLUME)));
const tags = z.array(nameSchema).check(z.maxLength(MAX_TAGS));

/** One ICP segment with its unit economics, reach, skills and channels. */
export const icpSegmentSchema = z.lazy(() =>
  z.object({
    id: rowIdSchema,
    name: nameSchema,
    arpaMonthlyUsd: usd,
    grossMarginPct: pct,
    monthlyChurnPct: pct,
    cacUsd: usd,
    /** Where the four economics figures came from: typed here, or copied from the unit economics tool. */
    economicsSource: z.enum(['entered', 'unit-economics', 'example']),
    /** New customers a month the segment can supply (qualified pipeline × win rate, or measured). */
    reachableNewCustomersPerMonth: volume,
    winRatePct: pct,
    salesCycleDays: z.nullable(z.number().check(z.minimum(0), z.maximum(3650))),
    skills: tags,
    channels: tags,
  }),
);

/** Named, editable thresholds of the recommendation rule. */
export const icpThresholdsSchema = z.lazy(() =>
  z.object({
    /** "Significantly outperform": the best segment's LTV:CAC is at least this multiple of the next best. */
    outperformMultiple: z.number().check(z.minimum(1), z.maximum(100)),
    /** "Acceptable economics": LTV:CAC at least this … */
    minLtvToCac: z.number().check(z.minimum(0), z.maximum(100)),
    /** … and CAC payback shorter than this many months. */
    maxPaybackMonths: z.number().check(z.minimum(0.1), z.maximum(120)),
    /** Segments whose skills overlap the primary's less than this percent need a team of their own. */
    minSharedSkillsPct: z.number().check(z.minimum(0), z.maximum(100)),
  }),
);

/** The ICP strategy tool's inputs and the person's recorded decision. */
export const icpInputsSchema = z.lazy(() =>
  z.object({
    segments: z.array(icpSegmentSchema).check(z.maxLength(MAX_SEGMENTS)),
    /** Growth target per month, in `growthTargetUnit`. */
    growthTargetPerMonth: z.nullable(z.number().check(z.minimum(0), z.maximum(MAX_USD))),
    growthTargetUnit: z.enum(['customers', 'arr-usd']),
    /** Whether leadership prioritizes organizational simplicity. */
    prioritizeSimplicity: z.boolean(),
    thresholds: icpThresholdsSchema,
    decision: z.extend(decisionRecordSchema, {
      /** What the person chose (may differ from the recommendation); null until chosen. */
      choice: z.nullable(z.enum(['primary', 'multi'])),
      /** The segment focused on (Primary) or led with (Multi). */
      primarySegmentId: z.nullable(rowIdSchema),
    }),
  }),
);

/** One segment's inputs. */
export type IcpSegmentInput = z.infer<typeof icpSegmentSchema>;
/** The recommendation rule's thresholds. */
export type IcpThresholds = z.infer<typeof icpThresholdsSchema>;
/** The tool's inputs. */
export type IcpInputs = z.infer<typeof icpInputsSchema>;
/** A strategy: Primary ICP focus or Multi-ICP. */
export type IcpStrategy = 'primary' | 'multi';

/** Defaults of the rule, each explained on the page. */
export const DEFAULT_ICP_THRESHOLDS: IcpThresholds = { outperformMultiple: 1.5, minLtvToCac: 3, maxPaybackMonths: 12, minSharedSkillsPct: 50 };

/** A segment with nothing filled in. */
export function emptySegment(id: string, name = ''): IcpSegmentInput {
  return {
    id,
    name,
    arpaMonthlyUsd: null,
    grossMarginPct: null,
    monthlyChurnPct: null,
    cacUsd: null,
    economicsSource: 'entered',
    reachableNewCustomersPerMonth: null,
    winRatePct: null,
    salesCycleDays: null,
    skills: [],
    channels: [],
  };
}
