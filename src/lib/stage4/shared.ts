/**
 * Pieces the three Stage 4 decision tools share: the recorded decision (who chose what, why, when),
 * a "can't tell yet" result, and the tri-state a criterion can be in.
 */
import * as z from 'zod/mini';

/** Longest rationale kept (a few paragraphs). */
export const MAX_RATIONALE_CHARS = 4000;
/** Longest name of a segment, channel or skill. */
export const MAX_NAME_CHARS = 120;

/** A plan date, "YYYY-MM-DD". */
export const isoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** A name typed by a person. */
export const nameSchema = z.string().check(z.maxLength(MAX_NAME_CHARS));

/** A stable row id (letters, digits, hyphens). */
export const rowIdSchema = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));

/** A person's recorded rationale and the date they recorded it (null until recorded). */
export const decisionRecordSchema = z.object({
  rationale: z.string().check(z.maxLength(MAX_RATIONALE_CHARS)),
  decidedOn: z.nullable(isoDateSchema),
});

/** A recorded rationale with its date. */
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;

/** Whether a criterion holds, fails, or cannot be judged from what has been entered. */
export type Judgement = 'holds' | 'fails' | 'unknown';

/** A criterion with its judgement and the figures behind it, in words. */
export interface Criterion {
  id: string;
  label: string;
  judgement: Judgement;
  /** The figures behind the judgement, or why it can't be judged yet. */
  because: string;
}

/** A positive finite number, or null (never NaN or Infinity). */
export function positiveOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}

/** A finite number ≥ 0, or null. */
export function nonNegativeOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

/** A division that gives null rather than NaN or Infinity. */
export function safeDivide(numerator: number, denominator: number): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0) return null;
  const q = numerator / denominator;
  return Number.isFinite(q) ? q : null;
}

/** Lower-cased, trimmed, de-duplicated tags (skills, channels), in first-seen order. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of tags) {
    const k = t.trim().toLowerCase();
    if (k && !seen.has(k)) {
      seen.add(k);
      out.push(k);
    }
  }
  return out;
}

/** Split "a, b; c" typed in one field into tags. */
export function parseTagList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** Overlap of two tag sets as a percent of their union (Jaccard × 100); null when both are empty. */
export function overlapPct(a: readonly string[], b: readonly string[]): number | null {
  const A = new Set(normalizeTags(a));
  const B = new Set(normalizeTags(b));
  const union = new Set([...A, ...B]);
  if (union.size === 0) return null;
  let shared = 0;
  for (const t of A) if (B.has(t)) shared++;
  return (shared / union.size) * 100;
}

/** A new id not in `taken`, from a prefix: "seg-1", "seg-2", … */
export function nextRowId(prefix: string, taken: readonly string[]): string {
  const set = new Set(taken);
  let n = taken.length + 1;
  while (set.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** Today's local date as "YYYY-MM-DD". */
export function isoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
