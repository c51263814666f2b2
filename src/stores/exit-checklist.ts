/**
 * The Stage 4 exit-criteria checklist's ticks as a store. The checklist on the guide page saves them
 * itself (no framework JS there); this reads the same key, follows other tabs, and can write ticks
 * copied in from a shared scale plan.
 */
import { atom } from 'nanostores';
import { storageEngine } from './storage';
import { checklistStorageKey, parseChecklistState, serializeChecklistState } from '../lib/content/checklist-state';
import { EXIT_CHECKLIST_ID, stage4ExitCriteria } from '../data/stage-4/exit-criteria';

const key = checklistStorageKey(EXIT_CHECKLIST_ID);
const ids = stage4ExitCriteria.map((c) => c.id);

/** Ticked ids in checklist order, or null when this browser never saved the checklist. */
function read(): string[] | null {
  const raw = storageEngine[key];
  if (raw === undefined) return null;
  const ticked = parseChecklistState(raw, new Set(ids));
  return ids.filter((id) => ticked.has(id));
}

/** Ticked Stage 4 exit criteria (null: never saved here). */
export const $exitTicks = atom<string[] | null>(null);

/** Read the ticks now (on the client, after hydration) and follow changes from other tabs. */
export function followExitTicks(): () => void {
  $exitTicks.set(read());
  const onStorage = (event: StorageEvent) => {
    if (event.key === key || event.key === null) $exitTicks.set(read());
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

/** Save ticks (from a shared plan) where the guide's checklist reads them. */
export function writeExitTicks(ticked: readonly string[]): void {
  storageEngine[key] = serializeChecklistState(new Set(ticked), ids);
  $exitTicks.set(read());
}
