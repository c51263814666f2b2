import { useEffect, useState, type ReactNode } from 'react';
import type { PersistentTool } from '../../stores/persistent';
import { $storageStatus } from '../../stores/storage';
import { $undo, undo, withUndo } from '../../stores/undo';
import { decodeShare, encodeShare, shareFromHash, shareUrl } from '../../lib/persist/share';
import { messages } from '../../lib/messages';
import { useClientStore } from './useClientStore';
import { Notice } from './Notice';
import './kit.css';

/** Props of the frame every tool sits in. */
export interface ToolFrameProps<T> {
  /** Accessible name of the tool region. */
  label: string;
  tool: PersistentTool<T>;
  children: ReactNode;
  /** Number of fields holding bad input (their last valid value is used meanwhile). */
  invalidCount?: number;
  /** Extra actions placed before the standard ones. */
  actions?: ReactNode;
}

const noticeText = {
  corrupt: messages.storageCorrupt,
  migrated: messages.storageMigrated,
  discarded: messages.storageDiscarded,
} as const;

/** Frame with reset, print and share, the "saved in this browser" status, and share-link handling. */
export function ToolFrame<T>({ label, tool, children, invalidCount = 0, actions }: ToolFrameProps<T>) {
  const status = useClientStore($storageStatus, { persistent: true, problem: null });
  const notice = useClientStore(tool.$notice, null);
  const [incoming, setIncoming] = useState<T | null>(null);
  const [shareError, setShareError] = useState<string | null>(null);
  const [shareLink, setShareLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [hydrated, setHydrated] = useState(false);
  const undoStep = useClientStore($undo, null);

  useEffect(() => {
    setHydrated(true);
    const payload = shareFromHash(window.location.hash);
    if (!payload) return;
    const clearHash = () => history.replaceState(null, '', window.location.pathname + window.location.search);
    const result = decodeShare(payload, tool.spec.tool, tool.spec.version, tool.spec.schema);
    if (!result.ok) {
      setShareError(result.message);
      clearHash();
      return;
    }
    if (JSON.stringify(result.value) === JSON.stringify(tool.$value.get())) clearHash();
    else setIncoming(result.value);
  }, [tool]);

  const acceptShared = () => {
    if (incoming !== null) tool.$value.set(incoming);
    setIncoming(null);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  };
  const keepMine = () => {
    setIncoming(null);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  };

  const share = async () => {
    const link = shareUrl(window.location.href.split('#')[0] ?? window.location.href, encodeShare(tool.spec.tool, tool.spec.version, tool.$value.get()));
    setShareLink(link);
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  const reset = () => {
    if (window.confirm('Reset this tool to its starting values? What you entered will be replaced.')) withUndo(tool, 'Reset', tool.reset);
  };

  return (
    <section className="kit-tool" aria-label={label} data-hydrated={hydrated ? '' : undefined}>
      <div className="kit-toolbar" data-print-hide>
        {actions}
        <button type="button" className="kit-button" onClick={reset}>
          Reset
        </button>
        {undoStep?.tool === tool.spec.tool && (
          <button type="button" className="kit-button" onClick={() => undo(tool.spec.tool)}>
            Undo {undoStep.label.toLowerCase()}
          </button>
        )}
        <button type="button" className="kit-button" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" className="kit-button" onClick={() => void share()}>
          Share link
        </button>
        <span className="kit-save-status" role="status">
          {status.persistent ? 'Saved in this browser' : messages.storageUnavailable}
        </span>
      </div>
      {shareLink && (
        <div className="kit-share" data-print-hide>
          <label>
            {copied ? 'Link copied. Anyone who opens it sees these inputs:' : 'Copy this link to share these inputs:'}
            <input type="text" readOnly value={shareLink} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <button type="button" className="kit-button kit-button-quiet" onClick={() => setShareLink(null)}>
            Done
          </button>
        </div>
      )}
      {incoming !== null && (
        <Notice tone="warn">
          <p>You opened a share link with other inputs for this tool. Use them? Your saved inputs in this browser will be replaced.</p>
          <div className="kit-actions">
            <button type="button" className="kit-button kit-button-primary" onClick={acceptShared}>
              Use the shared inputs
            </button>
            <button type="button" className="kit-button" onClick={keepMine}>
              Keep mine
            </button>
          </div>
        </Notice>
      )}
      {shareError && (
        <Notice tone="bad" onDismiss={() => setShareError(null)}>
          {shareError}
        </Notice>
      )}
      {notice && (
        <Notice tone="warn" onDismiss={tool.dismissNotice}>
          {noticeText[notice]}
        </Notice>
      )}
      {invalidCount > 0 && (
        <Notice tone="warn">
          {invalidCount === 1 ? 'One field needs attention' : `${invalidCount} fields need attention`}: results use the last valid value until it is fixed.
        </Notice>
      )}
      {children}
    </section>
  );
}
