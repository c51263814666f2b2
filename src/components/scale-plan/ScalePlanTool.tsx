import { useEffect, useMemo, useState } from 'react';
import { Notice } from '../kit/Notice';
import { useClientStore } from '../kit/useClientStore';
import { downloadText } from '../kit/download';
import { $scalePlan, $scalePlanInputs, copyScalePlanIn, emptyScalePlan, scalePlanRegistry } from '../../stores/scale-plan';
import { followExitTicks } from '../../stores/exit-checklist';
import { $storageStatus } from '../../stores/storage';
import { buildScalePlan, SCALE_PLAN_SHARE_VERSION, SCALE_PLAN_TOOL, scalePlanInputsSchema, type ScalePlanInputs } from '../../lib/scale-plan';
import { loadShare, shareFromHash, shareUrl, warmShare } from '../../lib/persist/share-hash';
import { messages } from '../../lib/messages';
import { PlanDocument } from './PlanDocument';
import { ExportButtons } from '../kit/ExportButtons';
import '../kit/kit.css';
import './scale-plan.css';
import { HydrateInSlices, useBodyHydrated } from '../kit/HydrateInSlices';

/** Longest share link offered; a bigger plan is exported as JSON instead. */
const MAX_LINK_CHARS = 8_000;

const clearHash = () => history.replaceState(null, '', window.location.pathname + window.location.search);
const today = () => new Date().toISOString().slice(0, 10);

/** The scale plan: every tool's saved result, cross-checked, printable, exportable and shareable as one link. */
export default function ScalePlanTool() {
  const mine = useClientStore($scalePlan, emptyScalePlan);
  const status = useClientStore($storageStatus, { persistent: true, problem: null });
  const [shared, setShared] = useState<ScalePlanInputs | null>(null);
  const [shareError, setShareError] = useState<string | null>(null);
  const [link, setLink] = useState<{ url: string; copied: boolean } | null>(null);
  const [linkProblem, setLinkProblem] = useState<string | null>(null);
  const [hydrated, markBodyHydrated] = useBodyHydrated();

  useEffect(() => {
    const stop = followExitTicks();
    const payload = shareFromHash(window.location.hash);
    let current = true;
    if (payload) {
      void loadShare().then(({ decodeShare }) => {
        if (!current) return;
        const result = decodeShare(payload, SCALE_PLAN_TOOL, SCALE_PLAN_SHARE_VERSION, scalePlanInputsSchema);
        if (result.ok) setShared(result.value);
        else {
          setShareError(result.message);
          clearHash();
        }
      });
    }
    return () => {
      current = false;
      stop();
    };
  }, []);

  const sharedPlan = useMemo(() => (shared ? buildScalePlan(shared, scalePlanRegistry) : null), [shared]);
  const plan = sharedPlan ?? mine;
  const isShared = shared !== null;
  // The same element while the plan is unchanged: the toolbar's own updates then stop at the boundary.
  const body = useMemo(
    () => (
      <HydrateInSlices onHydrated={markBodyHydrated}>
        <PlanDocument plan={plan} shared={isShared} />
      </HydrateInSlices>
    ),
    [plan, isShared, markBodyHydrated],
  );
  const inputsNow = () => shared ?? $scalePlanInputs.get();

  const share = async () => {
    const { encodeShare } = await loadShare();
    const url = shareUrl(window.location.href.split('#')[0] ?? window.location.href, encodeShare(SCALE_PLAN_TOOL, SCALE_PLAN_SHARE_VERSION, inputsNow()));
    if (url.length > MAX_LINK_CHARS) {
      setLink(null);
      setLinkProblem('This plan is too large for a link. Export it as JSON and send the file instead.');
      return;
    }
    setLinkProblem(null);
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      copied = false;
    }
    setLink({ url, copied });
  };

  const copyIn = () => {
    if (!shared) return;
    const parts = [shared.icp && 'ICP strategy', shared.channels && 'channel tiers', shared.org && 'org design', shared.unitEconomics && 'unit economics', shared.scaleModel && 'scale model', shared.stagePlan && 'stage plan', (shared.readiness || shared.strategy) && 'assessment answers', shared.exitTicks && 'exit-criteria ticks'].filter(Boolean);
    if (!window.confirm(`Copy this plan into this browser? It replaces your saved ${parts.join(', ')}.`)) return;
    void copyScalePlanIn(shared).then(() => {
      setShared(null);
      clearHash();
    });
  };

  const exportJson = () =>
    downloadText(
      `scale-plan-${today()}.json`,
      JSON.stringify({ tool: SCALE_PLAN_TOOL, version: SCALE_PLAN_SHARE_VERSION, exportedAt: new Date().toISOString(), inputs: inputsNow(), plan }, null, 2),
      'application/json',
    );
  // Loaded on demand: the Markdown writer is only needed by those who ask for the file.
  const exportMarkdown = async () => {
    const { scalePlanMarkdown } = await import('./markdown');
    downloadText(`scale-plan-${today()}.md`, scalePlanMarkdown(plan, { origin: window.location.origin, date: today() }), 'text/markdown');
  };

  return (
    <section className="kit-tool not-content spl-tool" aria-label="Scale plan" data-hydrated={hydrated ? '' : undefined} data-shared={shared ? '' : undefined}>
      <div className="kit-toolbar" data-print-hide>
        <button type="button" className="kit-button" onClick={() => window.print()}>
          Print
        </button>
        <ExportButtons onMarkdown={() => void exportMarkdown()} onJson={exportJson} />
        <button type="button" className="kit-button" onPointerEnter={warmShare} onFocus={warmShare} onClick={() => void share()}>
          Share link
        </button>
        <span className="kit-save-status" role="status">
          {shared ? 'Shared plan, read-only' : status.persistent ? 'Read from what this browser saved' : messages.storageUnavailable}
        </span>
      </div>
      {link && (
        <div className="kit-share" data-print-hide>
          <label>
            {link.copied ? 'Link copied. Anyone who opens it sees this plan, read-only:' : 'Copy this link to share this plan, read-only:'}
            <input type="text" readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <button type="button" className="kit-button kit-button-quiet" onClick={() => setLink(null)}>
            Done
          </button>
        </div>
      )}
      {linkProblem && <Notice tone="warn">{linkProblem}</Notice>}
      {shareError && (
        <Notice tone="bad" onDismiss={() => setShareError(null)}>
          {shareError}
        </Notice>
      )}
      {shared && (
        <div data-print-hide>
          <Notice tone="info">
            <p>You are looking at a scale plan someone shared, read-only. Nothing in this browser has changed.</p>
            <div className="kit-actions">
              <button type="button" className="kit-button kit-button-primary" onClick={copyIn}>
                Copy into this browser
              </button>
              <button
                type="button"
                className="kit-button"
                onClick={() => {
                  setShared(null);
                  clearHash();
                }}
              >
                Show my plan
              </button>
            </div>
          </Notice>
        </div>
      )}
      {body}
    </section>
  );
}
