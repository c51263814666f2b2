import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { WritableAtom } from 'nanostores';
import type { ScaleModelInputs } from '../../lib/scale-model';
import { checkDraft, toDraft, type Draft, type DraftCheck } from '../../lib/scale-model/draft';

/** The form, its check, and the ways to change it. */
export interface ScaleDraft {
  draft: Draft;
  check: DraftCheck;
  /** Change the form; the inputs are saved when the whole form is valid. */
  update: (change: (draft: Draft) => Draft) => void;
  /** Load whole inputs (preset, scenario, reset): saved and shown, whatever was typed. */
  replace: (inputs: ScaleModelInputs) => void;
}

/**
 * The form over the saved inputs: every change is validated with the model's rules and saved only
 * when the whole plan is valid; a change from outside (preset, reset, scenario, share link, another
 * tab) replaces the form. Returns the form, its check and the ways to change it.
 */
export function useScaleDraft(saved: ScaleModelInputs, store: WritableAtom<ScaleModelInputs>): ScaleDraft {
  const [draft, setDraft] = useState<Draft>(() => toDraft(saved));
  const draftRef = useRef(draft);
  // JSON of the inputs this form last saved or loaded: the saved value echoing back must not reset what is typed.
  const known = useRef(JSON.stringify(saved));

  useEffect(() => {
    const key = JSON.stringify(saved);
    if (key === known.current) return;
    known.current = key;
    const next = toDraft(saved);
    draftRef.current = next;
    setDraft(next);
  }, [saved]);

  const update = useCallback(
    (change: (draft: Draft) => Draft) => {
      const next = change(draftRef.current);
      draftRef.current = next;
      setDraft(next);
      const checked = checkDraft(next);
      if (checked.inputs) {
        const key = JSON.stringify(checked.inputs);
        if (key !== known.current) {
          known.current = key;
          store.set(checked.inputs);
        }
      }
    },
    [store],
  );

  // Loading the very inputs already saved must still clear what was typed, so this resets the form itself.
  const replace = useCallback(
    (inputs: ScaleModelInputs) => {
      known.current = JSON.stringify(inputs);
      const next = toDraft(inputs);
      draftRef.current = next;
      setDraft(next);
      store.set(inputs);
    },
    [store],
  );

  const check = useMemo(() => checkDraft(draft), [draft]);
  return { draft, check, update, replace };
}
