/**
 * Saved state of a checklist: which items are ticked, stored per browser as versioned JSON.
 * Reading back is defensive: anything that is not the expected shape is ignored, never thrown.
 */
import { readJson } from '../../lib/persist/json';

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
