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

/**
 * Numbers are written here rather than with `Intl`: the first `Intl.NumberFormat` a page creates loads the
 * browser's locale data, a long task on a phone, and these few fixed styles need none of it. The digits are
 * those `Intl` writes (its rounding works on the shortest decimal form of a number, as `String` gives it,
 * half away from zero); the tests check the two agree on random numbers.
 */

/** A non-negative decimal as its digits before and after the point. */
interface Digits {
  int: string;
  frac: string;
}

/** The shortest decimal form of a finite non-negative number, as digit strings (no exponent). */
function digitsOf(abs: number): Digits {
  const text = String(abs);
  const e = text.indexOf('e');
  if (e === -1) {
    const [int = '0', frac = ''] = text.split('.');
    return { int, frac };
  }
  const mantissa = text.slice(0, e);
  const dot = mantissa.indexOf('.');
  const all = mantissa.replace('.', '');
  const point = (dot === -1 ? mantissa.length : dot) + Number(text.slice(e + 1));
  if (point <= 0) return { int: '0', frac: '0'.repeat(-point) + all };
  if (point >= all.length) return { int: all + '0'.repeat(point - all.length), frac: '' };
  return { int: all.slice(0, point), frac: all.slice(point) };
}

/** Round to at most `maxFrac` decimals (half away from zero) and drop trailing zeros down to `minFrac`. */
function roundDigits({ int, frac }: Digits, maxFrac: number, minFrac = 0): Digits {
  if (frac.length > maxFrac) {
    // The kept digits as one integer, plus one when the first dropped digit is 5 or more.
    const all = (BigInt(int + frac.slice(0, maxFrac)) + (frac[maxFrac]! >= '5' ? 1n : 0n)).toString().padStart(maxFrac + 1, '0');
    int = all.slice(0, all.length - maxFrac);
    frac = all.slice(all.length - maxFrac);
  }
  return { int: int.replace(/^0+(?=\d)/, ''), frac: frac.replace(/0+$/, '').padEnd(minFrac, '0') };
}

const isZero = ({ int, frac }: Digits) => /^0*$/.test(int + frac);

/** Digits with thousands separators: "3,782,126.1"; `minInt` integer digits at least before any separator shows. */
function grouped({ int, frac }: Digits, minInt = 0): string {
  const whole = int.length < minInt ? int : int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${whole}.${frac}` : whole;
}

/** A number as text with `maxFrac` decimals at most and `minFrac` at least; a negative that rounds to zero is "0". */
function decimal(value: number, maxFrac: number, minFrac: number, minus: string, prefix = ''): string {
  const d = roundDigits(digitsOf(Math.abs(value)), maxFrac, minFrac);
  return `${value < 0 && !isZero(d) ? minus : ''}${prefix}${grouped(d)}`;
}

/** Format US dollars: whole dollars, with cents below $100 when there are any. Non-finite values become an en dash. */
export function formatUsd(value: number | null | undefined, opts: { cents?: boolean } = {}): string {
  if (value == null || !Number.isFinite(value)) return '–';
  const useCents = opts.cents ?? (Math.abs(value) < 100 && Math.round(value * 100) % 100 !== 0);
  return useCents ? decimal(value, 2, 2, MINUS, '$') : decimal(value, 0, 0, MINUS, '$');
}

/** Suffixes of compact dollars by thousands: $1.2K, $3.9M, $1.5B, $2T (larger amounts stay in T). */
const COMPACT = ['', 'K', 'M', 'B', 'T'] as const;

/** Compact dollars for chart axes: $1.2K, $3.9M. */
export function formatUsdCompact(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return '–';
  const whole = digitsOf(Math.abs(value));
  const size = (d: Digits) => (isZero(d) ? 0 : Math.min(Math.floor((d.int === '0' ? 0 : d.int.length - 1) / 3), COMPACT.length - 1));
  // Divide by 1000^k by moving the point; round; if rounding reached the next thousand (999.96K), move on once.
  const scaled = (k: number): Digits => {
    const int = whole.int.padStart(3 * k + 1, '0');
    return roundDigits({ int: int.slice(0, int.length - 3 * k), frac: int.slice(int.length - 3 * k) + whole.frac }, 1);
  };
  let k = size(whole);
  let d = scaled(k);
  if (k < COMPACT.length - 1 && d.int.length > 3) d = scaled(++k);
  // Compact notation groups only from five digits on ("$1000T", "$10,000T"), as Intl does.
  return `${value < 0 && !isZero(d) ? MINUS : ''}$${grouped(d, 5)}${isZero(d) ? '' : COMPACT[k]}`;
}

/** Format a plain number with up to `digits` decimals and thousands separators. */
export function formatNumber(value: number | null | undefined, digits = 1): string {
  if (value == null || !Number.isFinite(value)) return '–';
  return decimal(value, digits, 0, MINUS);
}

/** A number as it appears in an input box: every digit kept, thousands grouped ("3,782,126.1"); empty for none. */
export function formatInputNumber(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return '';
  return decimal(value, 20, 0, '-');
}

/** Short month names as en-GB writes them ("Sept" for September). */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'] as const;
/** A number as two digits, "07". */
export const two = (n: number) => String(n).padStart(2, '0');

/** The calendar day and clock time of a date, in the reader's time zone or in UTC. */
function fields(d: Date, utc: boolean) {
  return utc
    ? { day: d.getUTCDate(), month: d.getUTCMonth(), year: d.getUTCFullYear(), hour: d.getUTCHours(), minute: d.getUTCMinutes() }
    : { day: d.getDate(), month: d.getMonth(), year: d.getFullYear(), hour: d.getHours(), minute: d.getMinutes() };
}
const dayText = (f: ReturnType<typeof fields>) => `${f.day} ${MONTHS[f.month]} ${f.year}`;

/** Options of the date formats: the reader's time zone by default, or UTC. */
export interface DateFormatOptions {
  timeZone?: 'UTC';
}

/** A date as "22 Nov 2026" (in the reader's time zone unless UTC is asked for); text that is no date comes back as is. */
export function formatDate(date: Date | string, opts: DateFormatOptions = {}): string {
  const d = typeof date === 'string' ? new Date(date) : date;
  return Number.isNaN(d.getTime()) ? String(date) : dayText(fields(d, opts.timeZone === 'UTC'));
}

/** A date with its time, "22 Nov 2026, 16:57" (reader's time zone unless UTC is asked for). */
export function formatDateTime(date: Date | string, opts: DateFormatOptions = {}): string {
  const d = typeof date === 'string' ? new Date(date) : date;
  if (Number.isNaN(d.getTime())) return String(date);
  const f = fields(d, opts.timeZone === 'UTC');
  return `${dayText(f)}, ${two(f.hour)}:${two(f.minute)}`;
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

/** Format a calendar date held as UTC midnight, e.g. "22 Nov 2026" (UTC so the day never shifts with the reader's zone). */
export function formatDayUtc(date: Date): string {
  return Number.isFinite(date.getTime()) ? dayText(fields(date, true)) : '–';
}

/** The ISO day of a date held as UTC midnight, e.g. "2026-11-22", for `<time datetime>`. */
export function isoDayUtc(date: Date): string {
  return Number.isFinite(date.getTime()) ? date.toISOString().slice(0, 10) : '';
}
