import { useEffect, useMemo, useRef, useState } from 'react';
import { Notice } from '../kit/Notice';
import { useClientStore } from '../kit/useClientStore';
import { downloadText } from '../kit/download';
import { $storageStatus, storageEngine } from '../../stores/storage';
import type { ScalePlan, ScalePlanInputs } from '../../lib/scale-plan';
import type { LivePlan } from '../../stores/scale-plan-live';
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

/** Every tool's store and the plan logic: loaded once there is something to build a plan from. */
const loadLive = () => import('../../stores/scale-plan-live');

/** Whether this browser holds anything of the handbook's, the only case where the plan differs from the server's. */
const HANDBOOK_KEY = 'scale-handbook:';
const savedAnything = () => Object.keys(storageEngine).some((key) => key.startsWith(HANDBOOK_KEY));

/**
 * The scale plan: every tool's saved result, cross-checked, printable, exportable and shareable as one link.
 * `serverPlan` is the plan of a browser with nothing saved, built with the page.
 */
export default function ScalePlanTool({ serverPlan }: { serverPlan: ScalePlan }) {
  const [live, setLive] = useState<LivePlan | null>(null);
  const status = useClientStore($storageStatus, { persistent: true, problem: null });
  const [shared, setShared] = useState<{ inputs: ScalePlanInputs; plan: ScalePlan } | null>(null);
  const [shareError, setShareError] = useState<string | null>(null);
  const [link, setLink] = useState<{ url: string; copied: boolean } | null>(null);
  const [linkProblem, setLinkProblem] = useState<string | null>(null);
  const [hydrated, markBodyHydrated] = useBodyHydrated();
  /** Start following this browser's plan (once). */
  const followSaved = useRef(() => {});

  useEffect(() => {
    let current = true;
    let stopLive: (() => void) | null = null;
    let following = false;
    const follow = () => {
      if (following) return;
      following = true;
      window.removeEventListener('storage', onStorage);
      void loadLive().then(({ followLivePlan }) => {
        if (current) stopLive = followLivePlan(setLive);
      });
    };
    // Something saved in another tab while this one shows the empty plan.
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key.startsWith(HANDBOOK_KEY)) follow();
    };
    followSaved.current = follow;
    if (savedAnything()) follow();
    else window.addEventListener('storage', onStorage);

    const payload = shareFromHash(window.location.hash);
    if (payload) {
      void Promise.all([loadShare(), loadLive()]).then(([{ decodeShare }, plan]) => {
        if (!current) return;
        const result = decodeShare(payload, plan.SCALE_PLAN_TOOL, plan.SCALE_PLAN_SHARE_VERSION, plan.scalePlanInputsSchema);
        if (result.ok) setShared({ inputs: result.value, plan: plan.sharedScalePlan(result.value) });
        else {
          setShareError(result.message);
          clearHash();
        }
      });
    }
    return () => {
      current = false;
      window.removeEventListener('storage', onStorage);
      stopLive?.();
    };
  }, []);

  const mine = live?.plan ?? serverPlan;
  const plan = shared?.plan ?? mine;
  const inputsNow = async () => shared?.inputs ?? (await loadLive()).savedInputs();

  const isShared = shared !== null;
  const carried = live?.carried;
  // The same element while the plan is unchanged: the toolbar's own updates then stop at the boundary.
  const body = useMemo(
    () => (
      <HydrateInSlices onHydrated={markBodyHydrated}>
        <PlanDocument plan={plan} shared={isShared} carried={carried} />
      </HydrateInSlices>
    ),
    [plan, isShared, carried, markBodyHydrated],
  );

  const share = async () => {
    const [{ encodeShare }, { SCALE_PLAN_TOOL, SCALE_PLAN_SHARE_VERSION }, inputs] = await Promise.all([loadShare(), loadLive(), inputsNow()]);
    const url = shareUrl(window.location.href.split('#')[0] ?? window.location.href, encodeShare(SCALE_PLAN_TOOL, SCALE_PLAN_SHARE_VERSION, inputs));
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
    const { inputs } = shared;
    const parts = [inputs.icp && 'ICP strategy', inputs.channels && 'channel tiers', inputs.org && 'org design', inputs.unitEconomics && 'unit economics', inputs.scaleModel && 'scale model', inputs.stagePlan && 'stage plan', (inputs.readiness || inputs.strategy) && 'assessment answers', inputs.exitTicks && 'exit-criteria ticks'].filter(Boolean);
    if (!window.confirm(`Copy this plan into this browser? It replaces your saved ${parts.join(', ')}.`)) return;
    void loadLive().then(async ({ copyScalePlanIn }) => {
      await copyScalePlanIn(inputs);
      followSaved.current();
      setShared(null);
      clearHash();
    });
  };

  const exportJson = async () => {
    const [{ SCALE_PLAN_TOOL, SCALE_PLAN_SHARE_VERSION }, inputs] = await Promise.all([loadLive(), inputsNow()]);
    downloadText(
      `scale-plan-${today()}.json`,
      JSON.stringify({ tool: SCALE_PLAN_TOOL, version: SCALE_PLAN_SHARE_VERSION, exportedAt: new Date().toISOString(), inputs, plan }, null, 2),
      'application/json',
    );
  };
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
        <ExportButtons onMarkdown={() => void exportMarkdown()} onJson={() => void exportJson()} />
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
