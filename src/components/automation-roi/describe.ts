/** Words for the automation ROI results: ratios, payback and why a figure is missing. */
import type { Payback, RoiFigures, RoiNote } from '../../lib/automation-roi/index';
import { formatMonths, formatRatio, formatUsd } from '../../lib/format';

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
  switch (payback.reason) {
    case 'savings-below-cost':
      return { value: 'Never pays back', detail: `It saves ${savings} a month but costs ${cost} a month to run, so it loses money every month.`, never: true };
    case 'no-net-benefit':
      return {
        value: 'Never pays back',
        detail: `Savings only match the ${cost} monthly cost, so the ${formatUsd(figures.oneTimeCostUsd)} set-up cost is never recovered.`,
        never: true,
      };
    default:
      return { value: 'Never pays back', detail: 'The net monthly benefit is too small to recover the set-up cost in any useful time.', never: true };
  }
}
