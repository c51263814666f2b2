/** Zod schema of the organization design tool's saved and shared inputs (zod/mini: it reaches the browser). */
import * as z from 'zod/mini';
import { decisionRecordSchema, nameSchema, rowIdSchema } from '../shared';

/** Most channel rows. */
export const MAX_ORG_CHANNELS = 40;
/** Most ICPs. */
export const MAX_ORG_ICPS = 8;

const num = (max: number) => z.nullable(z.number().check(z.minimum(0), z.maximum(max)));

/** One channel's volume for one ICP and what one operator can handle. */
export const orgChannelSchema = z.lazy(() =>
  z.object({
    id: rowIdSchema,
    channel: nameSchema,
    icpId: rowIdSchema,
    /** Opportunities a month the channel supplies. */
    opportunitiesPerMonth: num(1e9),
    /** Opportunities one fully ramped operator can work a month. */
    opportunitiesPerOperatorPerMonth: num(1e6),
    /** Plan month (1–12) by which its operators are needed. */
    neededByMonth: z.number().check(z.int(), z.minimum(1), z.maximum(12)),
  }),
);

/** Named, editable thresholds. */
export const orgThresholdsSchema = z.lazy(() =>
  z.object({
    /** Under Multi-ICP, an ICP whose skills overlap the first ICP's less than this percent gets its own team. */
    minSharedSkillsPct: z.number().check(z.minimum(0), z.maximum(100)),
    /** Specialize (add SDRs) when AEs spend at least this share of their time prospecting. */
    aeProspectingPct: z.number().check(z.minimum(0), z.maximum(100)),
    /** … or when the meetings needed a month per AE reach this many. */
    meetingsPerAePerMonth: z.number().check(z.minimum(1), z.maximum(10_000)),
  }),
);

/** The organization design tool's inputs. */
export const orgInputsSchema = z.lazy(() =>
  z.object({
    /** The ICP strategy this design follows (copied from the ICP strategy tool or chosen here). */
    icpStrategy: z.nullable(z.enum(['primary', 'multi'])),
    icps: z.array(z.object({ id: rowIdSchema, name: nameSchema, skills: z.array(nameSchema).check(z.maxLength(30)) })).check(z.maxLength(MAX_ORG_ICPS)),
    channels: z.array(orgChannelSchema).check(z.maxLength(MAX_ORG_CHANNELS)),
    thresholds: orgThresholdsSchema,
    /** Share of AE time spent prospecting today, 0–100. */
    aeProspectingPct: num(100),
    /** Meetings (first calls) the plan needs a month, all AEs together. */
    meetingsNeededPerMonth: num(1e9),
    /** SDRs per AE once specialized (0.5 = one SDR for two AEs). */
    sdrsPerAe: z.number().check(z.minimum(0), z.maximum(10)),
    /** Direct reports per manager. */
    spanOfControl: z.number().check(z.minimum(1), z.maximum(50)),
    /** Ids of the first sales leader's capabilities the person has ticked as required. */
    leaderCapabilities: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(40)),
    record: decisionRecordSchema,
  }),
);

/** One channel row. */
export type OrgChannelInput = z.infer<typeof orgChannelSchema>;
/** The thresholds. */
export type OrgThresholds = z.infer<typeof orgThresholdsSchema>;
/** The tool's inputs. */
export type OrgInputs = z.infer<typeof orgInputsSchema>;

/** Defaults, each explained on the page. */
export const DEFAULT_ORG_THRESHOLDS: OrgThresholds = { minSharedSkillsPct: 50, aeProspectingPct: 30, meetingsPerAePerMonth: 40 };
/** One SDR for two AEs. */
export const DEFAULT_SDRS_PER_AE = 0.5;
/** Seven reports per manager. */
export const DEFAULT_SPAN_OF_CONTROL = 7;
