import type { StoredNotice } from './persist/versioned';

/** Every validation message the tools show, in one place so wording stays consistent. */
export const messages = {
  required: 'Enter a number.',
  notANumber: 'This is not a number. Use digits, e.g. 1200 or 3.5.',
  belowMin: (min: number, unit = '') => `Must be at least ${min}${unit}.`,
  aboveMax: (max: number, unit = '') => `Must be at most ${max}${unit}.`,
  lessThan: (max: number, unit = '') => `Must be less than ${max}${unit}.`,
  mustBeWhole: 'Must be a whole number.',
  zeroOrAtLeast: (min: number, unit = '') => `Use 0, or at least ${min}${unit}: anything smaller has no meaning here.`,
  storageCorrupt: 'Your saved inputs for this tool could not be read, so the defaults are shown.',
  storageMigrated: 'Your saved inputs came from an older version of this tool and were updated.',
  storageDiscarded:
    'Your saved inputs came from a version of this tool that can no longer be read, so the defaults are shown.',
  storageUnavailable:
    'This browser is not letting the handbook save (storage is disabled or full). Your inputs work but will be lost when you close the tab.',
  storageFull:
    "Storage is full, so changes can't be saved. Your saved work is shown: export it on the workspace page and clear some.",
  shareInvalid: 'This share link is damaged or was edited, so it was not applied. Nothing of yours changed.',
  importInvalid: 'That file is not a valid export from this handbook. Nothing was changed.',
  fieldsNeedAttention: (count: number) =>
    `${count === 1 ? 'One field needs attention' : `${count} fields need attention`}: results use the last valid value until it is fixed.`,
} as const;

/** What a tool says about the value it read back from storage. */
export const storedNoticeText: Record<StoredNotice, string> = {
  corrupt: messages.storageCorrupt,
  migrated: messages.storageMigrated,
  discarded: messages.storageDiscarded,
};

/** What to say about saving, given the storage status (full storage is not the same as disabled). */
export function storageStatusText(status: { persistent: boolean; problem: 'disabled' | 'quota' | null }, saved: string): string {
  if (status.persistent) return saved;
  return status.problem === 'quota' ? messages.storageFull : messages.storageUnavailable;
}

export type ValidationResult = { ok: true; value: number } | { ok: false; message: string };

/** Rules for a number field: bounds are inclusive unless `maxExclusive`. */
export interface NumberRule {
  min?: number;
  max?: number;
  /** The maximum itself is not allowed (attrition < 100%). */
  maxExclusive?: boolean;
  integer?: boolean;
  required?: boolean;
  unit?: string;
  /** Smallest meaningful non-zero value: 0 is allowed, anything between 0 and this is refused. */
  minNonZero?: number;
}

/** Check a parsed value against a rule; returns the value or the message to show next to the field. */
export function validateNumber(raw: string, parsed: number | null, rule: NumberRule): ValidationResult | null {
  if (raw.trim() === '') return rule.required === false ? null : { ok: false, message: messages.required };
  if (parsed === null) return { ok: false, message: messages.notANumber };
  if (rule.integer && !Number.isInteger(parsed)) return { ok: false, message: messages.mustBeWhole };
  if (rule.min !== undefined && parsed < rule.min) return { ok: false, message: messages.belowMin(rule.min, rule.unit) };
  if (rule.max !== undefined && rule.maxExclusive && parsed >= rule.max) return { ok: false, message: messages.lessThan(rule.max, rule.unit) };
  if (rule.max !== undefined && parsed > rule.max) return { ok: false, message: messages.aboveMax(rule.max, rule.unit) };
  if (rule.minNonZero !== undefined && parsed !== 0 && Math.abs(parsed) < rule.minNonZero)
    return { ok: false, message: messages.zeroOrAtLeast(rule.minNonZero, rule.unit) };
  return { ok: true, value: parsed };
}
