/**
 * One step of undo after a change that replaces a whole tool's inputs (Reset, loading a preset or the
 * example): the inputs from just before are kept until undone or until the next edit makes them stale.
 */
import { atom } from 'nanostores';
import type { PersistentTool } from './persistent';

/** What the undo button offers: which tool, what it undoes ("Reset"), and how to put the inputs back. */
export interface UndoStep {
  tool: string;
  label: string;
  restore: () => void;
}

/** The step that can be undone now, if any (one for the page: the latest replacing change). */
export const $undo = atom<UndoStep | null>(null);

let stopWatching: (() => void) | null = null;

/** Forget the step that could be undone. */
export function clearUndo(): void {
  stopWatching?.();
  stopWatching = null;
  $undo.set(null);
}

/**
 * Run `change` (which replaces the tool's inputs) so it can be undone once. Nothing is offered when the
 * change left the inputs as they were; any later change to the inputs withdraws the offer, so undo never
 * throws away an edit made after the reset or preset.
 */
export function withUndo<T>(tool: Pick<PersistentTool<T>, '$value' | 'spec'>, label: string, change: () => void): void {
  const before = tool.$value.get();
  clearUndo();
  change();
  if (JSON.stringify(before) === JSON.stringify(tool.$value.get())) return;
  $undo.set({
    tool: tool.spec.tool,
    label,
    restore: () => {
      clearUndo();
      tool.$value.set(before);
    },
  });
  stopWatching = tool.$value.listen(() => clearUndo());
}

/** Undo the step offered for this tool, if there is one. */
export function undo(toolId: string): void {
  const step = $undo.get();
  if (step && step.tool === toolId) step.restore();
}
