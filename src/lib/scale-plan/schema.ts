/**
 * The scale plan as one share link: every tool's saved inputs, each validated with its own tool's
 * schema, so a tampered link is refused whole. `zod/mini`, as everything that reaches the browser.
 */
import * as z from 'zod/mini';
import { unitEconomicsInputsSchema } from '../unit-economics/schema';
import { scaleModelInputsSchema } from '../scale-model/schema';
import { stagePlanInputsSchema } from '../stage-planner/schema';
import { readinessAnswersSchema, strategyAnswersSchema } from '../workshop/assessment/schema';
import { icpInputsSchema } from '../stage4/icp/schema';
import { channelInputsSchema } from '../stage4/channels/schema';
import { orgInputsSchema } from '../stage4/org-design/schema';
import type { ScalePlanInputs } from './types';

/** Tool id and version of the scale plan's share links. */
export const SCALE_PLAN_TOOL = 'scale-plan';
/** Version of the shared shape. */
export const SCALE_PLAN_SHARE_VERSION = 1;

/** Validates a shared or imported scale plan. */
export const scalePlanInputsSchema: z.ZodMiniType<ScalePlanInputs> = z.lazy(() =>
  z.object({
    unitEconomics: z.nullable(unitEconomicsInputsSchema),
    scaleModel: z.nullable(scaleModelInputsSchema),
    stagePlan: z.nullable(stagePlanInputsSchema),
    readiness: z.nullable(readinessAnswersSchema),
    strategy: z.nullable(strategyAnswersSchema),
    icp: z.nullable(icpInputsSchema),
    channels: z.nullable(channelInputsSchema),
    org: z.nullable(orgInputsSchema),
    exitTicks: z.nullable(z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(50))),
  }) as unknown as z.ZodMiniType<ScalePlanInputs>,
);

/** Nothing saved anywhere. */
export const EMPTY_SCALE_PLAN_INPUTS: ScalePlanInputs = { unitEconomics: null, scaleModel: null, stagePlan: null, readiness: null, strategy: null, icp: null, channels: null, org: null, exitTicks: null };
