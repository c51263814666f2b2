import { useEffect, useId, useState } from 'react';
import { parseTagList } from '../../../lib/stage4/shared';

/** Tags typed as a comma-separated list; the list is saved as it is typed. It follows changes made elsewhere. */
export function TagsField({ label, value, onChange, hint }: { label: string; value: readonly string[]; onChange: (tags: string[]) => void; hint?: string }) {
  const id = useId();
  const [text, setText] = useState(value.join(', '));
  const joined = value.join('\u0000');
  // Follow changes from outside (example, reset, share link) unless the text already means them.
  useEffect(() => {
    if (parseTagList(text).slice(0, 30).join('\u0000') !== joined) setText(value.join(', '));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [joined]);
  return (
    <div className="kit-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        maxLength={1000}
        autoComplete="off"
        value={text}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          onChange(parseTagList(e.target.value).slice(0, 30));
        }}
      />
      <p id={`${id}-hint`} className="kit-hint">
        {hint ?? 'Separate with commas'}
      </p>
    </div>
  );
}
