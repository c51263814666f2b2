import { useId, useState } from 'react';
import { encodeProgress, type TrackedPlan } from '../../lib/onboarding';
import { progressUrl } from './tracker-view';

/** The panel that shows (and copies) the read-only progress link for a manager. */
export function ManagerLink({ tracker, today, onClose }: { tracker: TrackedPlan; today: string | null; onClose: () => void }) {
  const id = useId();
  const [includeName, setIncludeName] = useState(true);
  const [copied, setCopied] = useState<boolean | null>(null);
  const payload = encodeProgress(tracker, { includeName, ...(today ? { sharedOn: today } : {}) });
  const link = progressUrl(window.location.href, payload);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <div className="onb-share" data-print-hide>
      <label htmlFor={`${id}-link`} className="kit-label">
        Read-only link for your manager
      </label>
      <div className="onb-share-row">
        <input
          id={`${id}-link`}
          type="text"
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
          aria-describedby={`${id}-about`}
        />
        <button type="button" className="kit-button kit-button-primary" onClick={() => void copy()}>
          Copy link
        </button>
        <button type="button" className="kit-button kit-button-quiet" onClick={onClose}>
          Done
        </button>
      </div>
      {tracker.personName && (
        <label className="onb-toggle">
          <input type="checkbox" checked={includeName} onChange={(e) => setIncludeName(e.currentTarget.checked)} /> Put the name (
          {tracker.personName}) in the link
        </label>
      )}
      <p className="kit-hint" id={`${id}-about`}>
        It shows the role, start date, track and which tasks are ticked today, read-only. Your notes stay here. Send a new link later to
        show later progress.
      </p>
      <p role="status" className="onb-status">
        {copied === true
          ? 'Link copied.'
          : copied === false
            ? 'Copying is blocked in this browser: select the link and copy it yourself.'
            : ''}
      </p>
    </div>
  );
}
