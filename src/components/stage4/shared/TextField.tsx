import { useId } from 'react';

/** A labelled one-line text input. */
export function TextField({ label, value, onChange, hint, placeholder }: { label: string; value: string; onChange: (v: string) => void; hint?: string; placeholder?: string }) {
  const id = useId();
  return (
    <div className="kit-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" maxLength={120} autoComplete="off" value={value} placeholder={placeholder} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.target.value)} />
      {hint && (
        <p id={`${id}-hint`} className="kit-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
