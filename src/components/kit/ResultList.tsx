import type { ReactNode } from 'react';

/** One figure in a results panel. */
export interface ResultItem {
  label: string;
  value: string;
  detail?: ReactNode;
  tone?: 'ok' | 'warn' | 'bad';
}

/** A panel of computed figures, as a description list. */
export function ResultList({ items, label = 'Results' }: { items: ResultItem[]; label?: string }) {
  return (
    <dl className="kit-results" aria-label={label}>
      {items.map((item) => (
        <div key={item.label} className="kit-result" data-tone={item.tone}>
          <dt>{item.label}</dt>
          <dd>
            <span className="kit-result-value">{item.value}</span>
            {item.detail && <span className="kit-result-detail">{item.detail}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
