import { formatMonths, formatPct, formatUsd } from '../../lib/format';
/** How a carried figure is shown. */
type CarryUnit = 'usd' | 'pct' | 'months';

/** A carried figure in words. */
export function carriedValueText(unit: CarryUnit, value: number | null): string {
  if (value === null) return 'nothing';
  return unit === 'usd' ? formatUsd(value) : unit === 'pct' ? formatPct(value, 2) : formatMonths(value);
}
