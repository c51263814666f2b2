/**
 * Parsing of what people type. Every parser returns `number | null`: `null` means
 * "not a usable number" and the UI shows a message; a parser never returns NaN or Infinity.
 */

/** Parse user text such as "1,200", "$3.5k", " 12 % " or "2.5m" into a finite number, or null. */
export function parseNumber(text: string | null | undefined): number | null {
  if (text == null) return null;
  let s = String(text).trim().toLowerCase();
  if (s === '') return null;
  s = s.replace(/[\s,_]/g, '').replace(/^\$/, '').replace(/%$/, '').replace(/^\+/, '');
  let multiplier = 1;
  const suffix = s.slice(-1);
  if (suffix === 'k') multiplier = 1e3;
  else if (suffix === 'm') multiplier = 1e6;
  else if (suffix === 'b') multiplier = 1e9;
  if (multiplier !== 1) s = s.slice(0, -1);
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s)) return null;
  const value = Number(s) * multiplier;
  return Number.isFinite(value) ? value : null;
}

/** Turn any number-like value into a finite number or null (for values read back from storage). */
export function finiteOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
