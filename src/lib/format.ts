/**
 * Display formatting. Logic never rounds; rounding happens here, once, at display time.
 * Rates are percent as 0–100 everywhere (`…Pct`).
 */

const usd0 = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const usd2 = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Format US dollars: whole dollars from $100 up, cents below. Non-finite values become an en dash. */
export function formatUsd(value: number | null | undefined, opts: { cents?: boolean } = {}): string {
  if (value == null || !Number.isFinite(value)) return '–';
  const useCents = opts.cents ?? Math.abs(value) < 100;
  return (useCents ? usd2 : usd0).format(value);
}

/** Compact dollars for chart axes: $1.2K, $3.9M. */
export function formatUsdCompact(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** Format a plain number with up to `digits` decimals and thousands separators. */
export function formatNumber(value: number | null | undefined, digits = 1): string {
  if (value == null || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(value);
}

/** Format a percent given as 0–100. */
export function formatPct(valuePct: number | null | undefined, digits = 1): string {
  if (valuePct == null || !Number.isFinite(valuePct)) return '–';
  return `${formatNumber(valuePct, digits)}%`;
}

/** Format a ratio as "n:1" (LTV:CAC, ROI). */
export function formatRatio(value: number | null | undefined, digits = 1): string {
  if (value == null || !Number.isFinite(value)) return '–';
  return `${formatNumber(value, digits)}:1`;
}

/** Format months, e.g. "5 months", "1 month", "20.5 months". */
export function formatMonths(value: number | null | undefined, digits = 1): string {
  if (value == null || !Number.isFinite(value)) return '–';
  const text = formatNumber(value, digits);
  return `${text} ${text === '1' ? 'month' : 'months'}`;
}

/** Format minutes as h:mm or m:ss style clock text for timers (seconds in, "m:ss" out). */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const m = Math.floor(s / 60);
  const r = s % 60;
  return `${m}:${String(r).padStart(2, '0')}`;
}

const dayUtc = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Format a calendar date held as UTC midnight, e.g. "22 Nov 2026" (UTC so the day never shifts with the reader's zone). */
export function formatDayUtc(date: Date): string {
  return Number.isFinite(date.getTime()) ? dayUtc.format(date) : '–';
}

/** The ISO day of a date held as UTC midnight, e.g. "2026-11-22", for `<time datetime>`. */
export function isoDayUtc(date: Date): string {
  return Number.isFinite(date.getTime()) ? date.toISOString().slice(0, 10) : '';
}
