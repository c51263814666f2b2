/**
 * Saved state of a checklist: which items are ticked, stored per browser as versioned JSON.
 * Reading back is defensive: anything that is not the expected shape is ignored, never thrown.
 */
import { readJson } from '../persist/json';

/** Storage key prefix; the checklist id and the schema version complete the key. */
export const CHECKLIST_KEY_PREFIX = 'scale-handbook:checklist:';
/** Version of the stored shape; bump it and old values are ignored. */
export const CHECKLIST_STATE_VERSION = 1;

/** The storage key for one checklist, e.g. "scale-handbook:checklist:stage-4-exit-criteria:v1". */
export function checklistStorageKey(checklistId: string): string {
  return `${CHECKLIST_KEY_PREFIX}${checklistId}:v${CHECKLIST_STATE_VERSION}`;
}

/** What is stored: the ids of the ticked items. */
export interface ChecklistState {
  checked: string[];
}

/**
 * Parse a stored value into the set of ticked item ids, keeping only ids the checklist still has.
 * Broken JSON, a wrong shape or unknown ids give an empty or smaller set, never an error.
 */
export function parseChecklistState(raw: string | null, knownIds: ReadonlySet<string>): Set<string> {
  if (raw === null) return new Set();
  const json = readJson(raw);
  if (!json.ok) return new Set();
  const value = json.value;
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { checked?: unknown }).checked)) return new Set();
  const checked = (value as { checked: unknown[] }).checked;
  return new Set(checked.filter((id): id is string => typeof id === 'string' && knownIds.has(id)));
}

/** Serialize ticked ids in the checklist's own order, so the stored value is stable. */
export function serializeChecklistState(checked: ReadonlySet<string>, orderedIds: readonly string[]): string {
  const state: ChecklistState = { checked: orderedIds.filter((id) => checked.has(id)) };
  return JSON.stringify(state);
}

/** A URL-safe id from an item's text: "$4.5M ARR achieved" → "4-5m-arr-achieved". */
export function itemIdFromLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "3 of 8 done" */
export function progressText(done: number, total: number): string {
  return `${done} of ${total} done`;
}

/** Why saved ticks were not restored: damaged, or saved by an older version that can't be read. */
export type ChecklistNotice = 'corrupt' | 'discarded';

/** Whether a stored value has the saved shape (`{"checked": string[]}`). */
function isChecklistState(raw: string): boolean {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && Array.isArray((value as { checked?: unknown }).checked);
  } catch {
    return false;
  }
}

/** Keys older versions of the handbook used for the checklist stored under `key` (`…:v0` up to the one before). */
export function olderChecklistKeys(key: string): string[] {
  const base = key.replace(/:v\d+$/, '');
  return Array.from({ length: CHECKLIST_STATE_VERSION }, (_, v) => `${base}:v${v}`);
}

/**
 * Read a checklist's ticks with a notice when something saved could not be used: a damaged value,
 * or a value under an older key (removed, since no older shape can be carried over).
 */
export function readChecklistState(
  storage: Pick<Storage, 'getItem' | 'removeItem'>,
  key: string,
  knownIds: ReadonlySet<string>,
): { checked: Set<string>; notice: ChecklistNotice | null } {
  const raw = storage.getItem(key);
  let notice: ChecklistNotice | null = raw !== null && !isChecklistState(raw) ? 'corrupt' : null;
  for (const old of olderChecklistKeys(key)) {
    if (storage.getItem(old) === null) continue;
    storage.removeItem(old);
    if (raw === null) notice = 'discarded';
  }
  return { checked: parseChecklistState(raw, knownIds), notice };
}

/** What the checklist says when saved ticks could not be restored. */
export const checklistNoticeText: Record<ChecklistNotice, string> = {
  corrupt: "Your saved ticks for this list were damaged and couldn't be read, so the list starts empty.",
  discarded: "Ticks saved by an older version of the handbook couldn't be carried over, so the list starts empty.",
};
