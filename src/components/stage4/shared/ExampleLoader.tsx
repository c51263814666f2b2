import { useId } from 'react';

/** Offer a worked example, marked as one; loading it asks before replacing what is there. */
export function ExampleLoader({ label, notes, isLoaded, onLoad }: { label: string; notes: readonly string[]; isLoaded: boolean; onLoad: () => void }) {
  const hint = useId();
  const load = () => {
    if (window.confirm(`Load "${label}"? What you entered in this tool will be replaced.`)) onLoad();
  };
  return (
    <details className="s4-example" data-print-hide>
      <summary>{isLoaded ? `Showing ${label}` : label}</summary>
      <ul id={hint} className="kit-hint">
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" className="kit-button" onClick={load} aria-describedby={hint} disabled={isLoaded}>
        {isLoaded ? 'Example loaded' : 'Load the example'}
      </button>
    </details>
  );
}
