import { useMemo, useRef, type MouseEvent, type ReactNode } from 'react';
import { atom } from 'nanostores';
import type { PersistentTool } from '../../stores/persistent';
import type { StoredNotice } from '../../lib/persist/versioned';
import { $storageStatus } from '../../stores/storage';
import { $undo, undo, withUndo } from '../../stores/undo';
import { messages, storageStatusText, storedNoticeText } from '../../lib/messages';
import { formatDate } from '../../lib/format';
import { useClientStore } from './useClientStore';
import { HydrateInSlices, useBodyHydrated } from './HydrateInSlices';
import { useShareLink } from './useShareLink';
import { Notice } from './Notice';
import './kit.css';

/** A toolbar button the shell places in its standard spot, with the tool's own wording and handler. */
export interface ShellAction {
  label: string;
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
}

/** Props of the shell every tool sits in (a superset of the former `ToolFrame` props). */
export interface ToolShellProps<T> {
  /** Accessible name of the tool region. */
  label: string;
  /** The tool's saved state: share links, the stored-value notice and Reset act on it. */
  tool?: PersistentTool<T>;
  children: ReactNode;
  /** Number of fields holding bad input (their last valid value is used meanwhile). */
  invalidCount?: number;
  /** Extra actions placed before the standard ones. */
  actions?: ReactNode;
  /** Extra classes on the region. */
  className?: string;
  /** `data-*` attributes on the region (without the `data-` prefix). */
  dataset?: Record<string, string>;
  /** Show the toolbar (reset, print, share, saved status); off for parts of a page whose toolbar is elsewhere. */
  toolbar?: boolean;
  /** Reset: true asks and resets `tool`; an action replaces it; false leaves it out. Default: with a tool. */
  reset?: boolean | ShellAction;
  /** Print: true or a button label; false leaves it out. */
  print?: boolean | string;
  /** Offer a share link and accept incoming ones. Default: with a tool. */
  share?: boolean;
  /** What the saved status says when storage works (default "Saved in this browser"). */
  savedText?: string;
  /** Show the stored-value notice of `tool` (default true). */
  storedNotice?: boolean;
  /** Placed right after the toolbar, before the notices (e.g. a panel a toolbar button opens). */
  afterToolbar?: ReactNode;
}

/**
 * The frame of every tool: hydration flag (`data-hydrated`, set once the body has hydrated too; browser tests
 * wait on it), the toolbar with
 * reset, print, share link and "Saved in this browser" status, the stored-value notice, share-link
 * handling and the bad-input count.
 */
export function ToolShell<T>({
  label,
  tool,
  children,
  invalidCount = 0,
  actions,
  className,
  dataset,
  toolbar = true,
  reset = tool !== undefined,
  print = true,
  share: offerShare = tool !== undefined,
  savedText = 'Saved in this browser',
  storedNotice: showStoredNotice = true,
  afterToolbar,
}: ToolShellProps<T>) {
  const status = useClientStore($storageStatus, { persistent: true, problem: null });
  const notice = useClientStore(tool?.$notice ?? noNotice, null);
  const share = useShareLink(tool, offerShare);
  const [hydrated, markBodyHydrated] = useBodyHydrated();
  // The same element while the tool's own content is unchanged, so the shell's updates stop at the boundary
  // rather than reaching it before it has hydrated (which would make React drop or delay its hydration).
  const body = useMemo(() => <HydrateInSlices onHydrated={markBodyHydrated}>{children}</HydrateInSlices>, [children, markBodyHydrated]);
  const undoStep = useClientStore($undo, null);
  const sectionRef = useRef<HTMLElement>(null);

  const data = Object.fromEntries(Object.entries(dataset ?? {}).map(([k, v]) => [`data-${k}`, v]));
  const resetAction: ShellAction | null =
    reset === false ? null : reset === true ? (tool ? { label: 'Reset', onClick: () => confirmReset(tool) } : null) : reset;

  return (
    <section
      ref={sectionRef}
      className={className ? `kit-tool ${className}` : 'kit-tool'}
      aria-label={label}
      data-hydrated={hydrated ? '' : undefined}
      data-toolbar-elsewhere={toolbar ? undefined : ''}
      {...data}
    >
      {toolbar && (
        // The buttons work only with JavaScript: hidden until the tool runs, keeping their place so nothing shifts.
        <div className="kit-toolbar" data-print-hide style={hydrated ? undefined : { visibility: 'hidden' }}>
          {actions}
          {resetAction && (
            <button type="button" className="kit-button" onClick={resetAction.onClick}>
              {resetAction.label}
            </button>
          )}
          {tool && undoStep?.tool === tool.spec.tool && (
            <button type="button" className="kit-button" onClick={() => undo(tool.spec.tool)}>
              Undo {undoStep.label.toLowerCase()}
            </button>
          )}
          {print !== false && (
            <button type="button" className="kit-button" onClick={() => printReport(sectionRef.current, label)}>
              {typeof print === 'string' ? print : 'Print'}
            </button>
          )}
          {offerShare && tool && (
            <button type="button" className="kit-button" onPointerEnter={share.warm} onFocus={share.warm} onClick={() => void share.share()}>
              Share link
            </button>
          )}
          <span className="kit-save-status" role="status">
            {storageStatusText(status, savedText)}
          </span>
        </div>
      )}
      {afterToolbar}
      {share.link && (
        <div className="kit-share" data-print-hide>
          <label>
            {share.copied ? 'Link copied. Anyone who opens it sees these inputs:' : 'Copy this link to share these inputs:'}
            <input type="text" readOnly value={share.link} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <button type="button" className="kit-button kit-button-quiet" onClick={share.closeLink}>
            Done
          </button>
        </div>
      )}
      {share.incoming !== null && (
        <Notice tone="warn">
          <p>You opened a share link with other inputs for this tool. Use them? Your saved inputs in this browser will be replaced.</p>
          <div className="kit-actions">
            <button type="button" className="kit-button kit-button-primary" onClick={share.accept}>
              Use the shared inputs
            </button>
            <button type="button" className="kit-button" onClick={share.refuse}>
              Keep mine
            </button>
          </div>
        </Notice>
      )}
      {share.applied && (
        <Notice onDismiss={share.dismissApplied}>
          <p>You opened a share link: the tool shows the shared inputs, now saved in this browser.</p>
        </Notice>
      )}
      {share.error && (
        <Notice tone="bad" onDismiss={share.dismissError}>
          {share.error}
        </Notice>
      )}
      {showStoredNotice && notice && tool && (
        <Notice tone="warn" onDismiss={tool.dismissNotice}>
          {storedNoticeText[notice]}
        </Notice>
      )}
      {invalidCount > 0 && <Notice tone="warn">{messages.fieldsNeedAttention(invalidCount)}</Notice>}
      {/* The body hydrates after the shell, in slices, so a large tool does not block the page while it does. */}
      {body}
    </section>
  );
}

/** Removes the marks of the report being printed (set again by the next print button). */
let endReport: (() => void) | null = null;

/**
 * Print the tool as a report rather than the whole page: `data-print-report` on <html> switches on the report
 * rules of print.css, which show only the marked shells under a heading with the tool's name, the page title,
 * the date and the page's address. The marks go on `afterprint`, so Ctrl+P still prints the whole page. The
 * shell's parts that have no toolbar of their own (worksheets whose toolbar is elsewhere) print with it.
 */
function printReport(shell: HTMLElement | null, toolName: string) {
  endReport?.();
  if (!shell) return window.print();
  const root = document.documentElement;
  const parts = [...new Set([shell, ...document.querySelectorAll<HTMLElement>('.kit-tool[data-toolbar-elsewhere]')])];
  const first = parts.reduce((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING ? b : a));
  // Beside the island, not inside it: React owns what is inside.
  const anchor = first.closest('astro-island') ?? first;
  const head = reportHead(toolName);
  anchor.before(head);
  for (const part of parts) part.setAttribute('data-print-report-target', '');
  root.setAttribute('data-print-report', '');
  const end = () => {
    root.removeAttribute('data-print-report');
    for (const part of parts) part.removeAttribute('data-print-report-target');
    head.remove();
    window.removeEventListener('afterprint', end);
    endReport = null;
  };
  endReport = end;
  window.addEventListener('afterprint', end);
  window.print();
}

/** The heading of a printed report: the tool, the page it is on, when and where it was printed. */
function reportHead(toolName: string): HTMLElement {
  const head = document.createElement('div');
  head.className = 'kit-report-head';
  head.setAttribute('role', 'group');
  head.setAttribute('aria-label', 'Printed report');
  const line = (className: string, text: string) => {
    const p = document.createElement('p');
    p.className = className;
    p.textContent = text;
    head.append(p);
  };
  const pageTitle = document.querySelector('main h1')?.textContent?.trim() ?? document.title;
  line('kit-report-tool', toolName);
  line('kit-report-page', pageTitle);
  line('kit-report-meta', `Printed ${formatDate(new Date())} from ${location.origin}${location.pathname}`);
  return head;
}

/** A store that never holds a notice, for shells without a tool (a hook cannot be called conditionally). */
const noNotice = atom<StoredNotice | null>(null);

function confirmReset<T>(tool: PersistentTool<T>) {
  if (window.confirm('Reset this tool to its starting values? What you entered will be replaced.')) withUndo(tool, 'Reset', tool.reset);
}
