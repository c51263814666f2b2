import { useState } from 'react';
import { Notice } from '../../kit/Notice';
import { previewScaleModelMerge, sendToScaleModel } from '../../../stores/stage4/org-design';

/** "Use in the scale model": says what will change, asks, then creates or updates the roles. */
export function ScaleModelSend({ profiles }: { profiles: number }) {
  const [done, setDone] = useState<string | null>(null);
  const send = async () => {
    const preview = await previewScaleModelMerge();
    const parts = [preview.added.length ? `add ${preview.added.length} role${preview.added.length === 1 ? '' : 's'} (${preview.added.join(', ')})` : '', preview.updated.length ? `update the hires of ${preview.updated.length} (${preview.updated.join(', ')})` : ''].filter(Boolean);
    if (parts.length === 0) return setDone('There are no hiring profiles to send yet.');
    if (!window.confirm(`This will ${parts.join(' and ')} in the scale model saved in this browser. Other roles are kept. Continue?`)) return;
    const merge = await sendToScaleModel();
    const skipped = merge.skipped.length ? ` The plan is full, so ${merge.skipped.join(', ')} ${merge.skipped.length === 1 ? 'was' : 'were'} left out.` : '';
    setDone(`Sent: ${merge.added.length} added, ${merge.updated.length} updated. Hires carry their source; a new role's ramp, output and cost are marked as assumptions to replace.${skipped}`);
  };
  return (
    <div className="kit-fieldset" data-print-hide>
      <div className="kit-actions">
        <button type="button" className="kit-button kit-button-primary" onClick={() => void send()} disabled={profiles === 0}>
          Use in the scale model
        </button>
        <span className="kit-hint">Creates or updates the scale model's roles from the hiring profiles, after asking.</span>
      </div>
      {done && (
        <Notice tone="info" onDismiss={() => setDone(null)}>
          {done} <a href="/tools/scale-model/">Open the scale model</a>
        </Notice>
      )}
    </div>
  );
}
