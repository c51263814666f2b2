/**
 * Words of the automation ROI calculator and of the worksheet's ROI calculation: messages, why a figure
 * is missing, and payback in words. Generic number messages come from `src/lib/messages.ts`.
 */
import { formatMonths, formatRatio, formatUsd } from '../format';
import type { Payback, RoiFigures, RoiNote } from './compute';

/** How a payback that never comes is named, wherever it is shown. */
const NEVER_PAYS_BACK = 'Never pays back';

/** Messages of the automation ROI calculator. */
export const automationMessages = {
  savedMoreThanCurrent: (savedHoursPerWeek: number, currentHoursPerWeek: number) =>
    `Hours saved (${savedHoursPerWeek}/week) cannot be more than the current effort (${currentHoursPerWeek}/week).`,
  rateMissing: 'Enter the loaded hourly cost to turn hours saved into dollars.',
  savedMissing: 'Enter the hours saved per week.',
  costMissing: 'Enter the monthly cost (0 if it has none).',
  neverPaysBack: NEVER_PAYS_BACK,
  /** Why the automations never pay back, in a sentence that starts with the name (the worksheet's notes). */
  neverPaysBackBecause: {
    'savings-below-cost': `${NEVER_PAYS_BACK}: the monthly savings are smaller than the monthly cost, so the automation costs more than it saves.`,
    'no-net-benefit': `${NEVER_PAYS_BACK}: the savings only just cover the monthly cost, so the one-time cost is never recovered.`,
    'beyond-range': `${NEVER_PAYS_BACK} in any useful time: the net saving per month is tiny against the one-time cost.`,
  } satisfies Record<Extract<Payback, { neverPaysBack: true }>['reason'], string>,
} as const;

/** The ROI as "n:1", or why there is none. */
export function roiText(figures: Pick<RoiFigures, 'roiRatio' | 'roiNote'>): { value: string; detail: string } {
  if (figures.roiRatio !== null) return { value: formatRatio(figures.roiRatio), detail: 'Monthly savings ÷ monthly cost' };
  return { value: '–', detail: roiNoteText(figures.roiNote) };
}

/** Why there is no ROI ratio. */
export function roiNoteText(note: RoiNote | null): string {
  switch (note) {
    case 'no-running-cost':
      return 'No running cost, so no ratio: every dollar saved is net.';
    case 'missing-hourly-cost':
      return 'Enter the loaded hourly cost to see it.';
    case 'not-counted':
      return 'No process is complete yet.';
    case 'out-of-range':
      return 'The running cost is too small for a meaningful ratio.';
    default:
      return '';
  }
}

/** Payback in months, or "Never pays back" said plainly with the reason. */
export function paybackText(
  payback: Payback | null,
  figures: Pick<RoiFigures, 'monthlySavingsUsd' | 'monthlyCostUsd' | 'oneTimeCostUsd'>,
): {
  value: string;
  detail: string;
  never: boolean;
} {
  if (payback === null) return { value: '–', detail: 'Enter the loaded hourly cost to see it.', never: false };
  if (!payback.neverPaysBack) {
    if (payback.months === 0)
      return { value: 'At once', detail: figures.oneTimeCostUsd > 0 ? 'Set-up cost recovered immediately' : 'No one-time cost to recover', never: false };
    return { value: formatMonths(payback.months), detail: 'One-time cost ÷ net monthly benefit', never: false };
  }
  const savings = formatUsd(figures.monthlySavingsUsd);
  const cost = formatUsd(figures.monthlyCostUsd);
  const never = (detail: string) => ({ value: NEVER_PAYS_BACK, detail, never: true });
  switch (payback.reason) {
    case 'savings-below-cost':
      return never(`It saves ${savings} a month but costs ${cost} a month to run, so it loses money every month.`);
    case 'no-net-benefit':
      return never(`Savings only match the ${cost} monthly cost, so the ${formatUsd(figures.oneTimeCostUsd)} set-up cost is never recovered.`);
    default:
      return never('The net monthly benefit is too small to recover the set-up cost in any useful time.');
  }
}
