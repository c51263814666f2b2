import type { ReactNode } from 'react';

/** One numbered entry of an editable list (a segment, a channel): its fields in a fieldset, with a Remove button. */
export function EntryCard({ index, name, onRemove, children }: { index: number; name: string; onRemove: () => void; children: ReactNode }) {
  return (
    <li>
      <fieldset className="kit-fieldset">
        <legend>
          {index + 1}. {name}
        </legend>
        {children}
        <div className="kit-actions" data-print-hide>
          <button type="button" className="kit-button kit-button-quiet" onClick={onRemove} aria-label={`Remove ${name}`}>
            Remove
          </button>
        </div>
      </fieldset>
    </li>
  );
}
