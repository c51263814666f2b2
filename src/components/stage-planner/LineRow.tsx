import { useId, type ReactNode } from 'react';

/** One editable line: a name, a number field and a remove button, laid out to wrap on a phone. */
export function LineRow({ name, nameLabel, onName, children, onRemove }: { name: string; nameLabel: string; onName: (name: string) => void; children: ReactNode; onRemove: () => void }) {
  const id = useId();
  return (
    <li className="sp-line">
      <div className="kit-field">
        <label htmlFor={id}>{nameLabel}</label>
        <input id={id} type="text" value={name} maxLength={80} onChange={(e) => onName(e.target.value)} />
      </div>
      {children}
      <button type="button" className="kit-button kit-button-quiet sp-remove" onClick={onRemove}>
        Remove<span className="sr-only"> {name}</span>
      </button>
    </li>
  );
}
