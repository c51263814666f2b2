import { PERSON_NAME_MAX_CHARS } from '../../lib/onboarding';

/** The optional name of the person a plan is for, with an optional hint under it. */
export function PersonNameField({ id, value, onChange, hint }: { id: string; value: string; onChange: (name: string) => void; hint?: string }) {
  return (
    <div className="kit-field">
      <label htmlFor={`${id}-name`}>Name (optional)</label>
      <input
        id={`${id}-name`}
        type="text"
        value={value}
        maxLength={PERSON_NAME_MAX_CHARS}
        autoComplete="off"
        onChange={(e) => onChange(e.currentTarget.value)}
        aria-describedby={hint ? `${id}-name-hint` : undefined}
      />
      {hint && (
        <p className="kit-hint" id={`${id}-name-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
