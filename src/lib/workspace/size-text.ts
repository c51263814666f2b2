/** How the workspace page reads a saved item's size. */
import { formatNumber } from '../format';

/** Bytes in a kilobyte, as browsers count storage. */
export const BYTES_PER_KB = 1024;

/** A size in bytes as kilobytes with one decimal ("1.5 KB"). */
export function formatKb(bytes: number): string {
  return `${formatNumber(bytes / BYTES_PER_KB, 1)} KB`;
}

/** What a list of saved items takes together, in bytes. */
export function totalBytes(entries: readonly { bytes: number }[]): number {
  return entries.reduce((sum, e) => sum + e.bytes, 0);
}
