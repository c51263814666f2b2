/** Display text for assessment scores, changes and snapshot dates (numbers are rounded by `src/lib/format.ts`). */
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';

/** A score out of `max` ("6.5/10", "32/50"); null reads "Not answered". */
export function formatScore(score: number | null, max: number): string {
  return score === null ? 'Not answered' : `${formatNumber(score, 1)}/${max}`;
}

/** An overall score out of `max`; null reads "Not yet" (the overall waits for more answers). */
export function formatOverall(score: number | null, max: number): string {
  return score === null ? 'Not yet' : formatScore(score, max);
}

/** A change with its sign ("+1.5", "−2", "No change"); null reads "–" (nothing to compare). */
export function formatChange(change: number | null): string {
  if (change === null || !Number.isFinite(change)) return '–';
  const text = formatNumber(Math.abs(change), 1);
  if (text === '0') return 'No change';
  return change > 0 ? `+${text}` : `−${text}`;
}

/** A snapshot's date and time for lists ("10 Jan 2025, 09:00"). */
export function formatSnapshotDate(iso: string): string {
  return formatDateTime(iso);
}

/** A snapshot's date alone, for chart axes ("10 Jan 2025"). */
export function formatSnapshotDay(iso: string): string {
  return formatDate(iso);
}

/** "14 of 20 answered". */
export function formatAnswered(answered: number, total: number): string {
  return `${answered} of ${total} answered`;
}
