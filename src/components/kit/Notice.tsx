import type { ReactNode } from 'react';

/** An inline notice; `polite` ones are announced without interrupting. */
export function Notice({ tone = 'info', children, onDismiss }: { tone?: 'info' | 'warn' | 'bad'; children: ReactNode; onDismiss?: () => void }) {
  return (
    <div className="kit-notice" data-tone={tone} role={tone === 'bad' ? 'alert' : 'status'}>
      <div>{children}</div>
      {onDismiss && (
        <button type="button" className="kit-button kit-button-quiet" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
