/** Validation of the carried figures kept in this browser (`zod/mini`, for the client bundle). */
import * as z from 'zod/mini';
import type { CarriedFigure } from './carried-source';

/** Version of the stored carried-figures list. */
export const CARRIED_VERSION = 1;

/** Validates the stored list of carried figures (at most 20). */
export const carriedFiguresSchema: z.ZodMiniType<CarriedFigure[]> = z.lazy(() =>
  z
    .array(
      z.strictObject({
        field: z.enum(['grossMarginPct', 'startingCashUsd', 'otherMonthlyCostUsd', 'cacUsd', 'paybackMonths']),
        value: z.number().check(z.minimum(-1e15), z.maximum(1e15)),
        source: z.enum(['unit-economics', 'stage-planner']),
        sourceLabel: z.string().check(z.maxLength(120)),
        carriedAt: z.iso.datetime({ offset: true }),
      }),
    )
    .check(z.maxLength(20)),
);
