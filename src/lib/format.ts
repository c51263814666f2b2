/**
 * Display formatting. Logic never rounds; rounding happens here, once, at display time.
 * Rates are percent as 0–100 everywhere (`…Pct`). The house style, decided here only:
 * - negatives carry the minus sign "−" (U+2212), never a hyphen;
 * - money in whole dollars, with cents only for amounts under $100 that have cents ("$12.50", "$0", "$40");
 * - dates as "22 Nov 2026", with a time "22 Nov 2026, 16:57";
 * - numbers in inputs keep every digit and are grouped ("3,782,126.1").
 */

/** The minus sign used in every displayed negative number. */
export const MINUS = '\u2212';

/** Put the house minus sign in place of the hyphen-minus Intl writes. */
const withMinus = (text: string) => text.replace(/-/g, MINUS);

const usd0 = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const usd2 = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Format US dollars: whole dollars, with cents below $100 when there are any. Non-finite values become an en dash. */
export function formatUsd(value: number | null | undefined, opts: { cents?: boolean } = {}): string {
  if (value == null || !Number.isFinite(value)) return '–';
  const useCents = opts.cents ?? (Math.abs(value) < 100 && Math.round(value * 100) % 100 !== 0);
  const text = (useCents ? usd2 : usd0).format(value);
  // Rounding a tiny negative to zero must not leave "−$0".
  return /^-\$0(\.00)?$/.test(text) ? text.slice(1) : withMinus(text);
}

/** Compact dollars for chart axes: $1.2K, $3.9M. */
export function formatUsdCompact(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return '–';
  return withMinus(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 }).format(value));
}

/** Format a plain number with up to `digits` decimals and thousands separators. */
export function formatNumber(value: number | null | undefined, digits = 1): string {
  if (value == null || !Number.isFinite(value)) return '–';
  const text = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(value);
  return text === '-0' ? '0' : withMinus(text);
}

const inputDigits = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20, useGrouping: true });

/** A number as it appears in an input box: every digit kept, thousands grouped ("3,782,126.1"); empty for none. */
export function formatInputNumber(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return '';
  return inputDigits.format(value);
}

const dayFormat = (timeZone?: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone });
const dayTimeFormat = (timeZone?: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone });

/** A date as "22 Nov 2026" (in the reader's time zone unless one is given); text that is no date comes back as is. */
export function formatDate(date: Date | string, opts: { timeZone?: string } = {}): string {
  const d = typeof date === 'string' ? new Date(date) : date;
  return Number.isNaN(d.getTime()) ? String(date) : dayFormat(opts.timeZone).format(d);
}

/** A date with its time, "22 Nov 2026, 16:57" (reader's time zone unless one is given). */
export function formatDateTime(date: Date | string, opts: { timeZone?: string } = {}): string {
  const d = typeof date === 'string' ? new Date(date) : date;
  return Number.isNaN(d.getTime()) ? String(date) : dayTimeFormat(opts.timeZone).format(d);
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
