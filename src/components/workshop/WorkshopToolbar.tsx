import { formatDateTime } from '../../lib/format';
import { useEffect, useRef, useState } from 'react';
import {
  computeWorkshopResults,
  exportFileStem,
  exportWorkshopJson,
  exportWorkshopMarkdown,
  parseWorkshopImport,
  stateFromImport,
  type WorkshopExport,
} from '../../presets/workshop';
import { $workshopResults, workshop, workshopDefaults } from '../../stores/workshop';
import { downloadText } from '../kit/download';
import { useClientStore } from '../kit/useClientStore';
import { ConfirmNotice } from '../kit/ConfirmNotice';
import { ExportButtons } from '../kit/ExportButtons';
import { Notice } from '../kit/Notice';
import { ToolShell } from '../kit/ToolShell';
import { WorkshopPrintout } from './WorkshopPrintout';
import './workshop.css';

const serverResults = computeWorkshopResults(workshopDefaults);
const isEmpty = () => JSON.stringify(workshop.$value.get()) === JSON.stringify(workshopDefaults);
const when = (iso: string) => formatDateTime(iso);

type Pending = { kind: 'import'; data: WorkshopExport; fileName: string } | { kind: 'clear' } | null;

/**
 * The workshop's own toolbar: export the answers as Markdown (to read) or JSON (to move to another
 * browser), import a JSON export after checking it, print, and clear everything. Replacing or clearing
 * answers always asks first. With `printAll`, printing includes every worksheet's answers.
 */
export default function WorkshopToolbar({ printAll = false }: { printAll?: boolean }) {
  const state = useClientStore(workshop.$value, workshopDefaults);
  const results = useClientStore($workshopResults, serverResults);
  const [pending, setPending] = useState<Pending>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<HTMLButtonElement | null>(null);

  useEffect(() => {
    if (pending) confirmRef.current?.focus();
  }, [pending]);

  const exportMarkdown = () => {
    const now = new Date();
    downloadText(`${exportFileStem(now)}.md`, exportWorkshopMarkdown(workshop.$value.get(), now), 'text/markdown;charset=utf-8');
    setStatus('Markdown file downloaded.');
  };
  const exportJson = () => {
    const now = new Date();
    downloadText(`${exportFileStem(now)}.json`, exportWorkshopJson(workshop.$value.get(), now), 'application/json');
    setStatus('JSON file downloaded. Import it on another browser to carry on there.');
  };

  const apply = (data: WorkshopExport) => {
    workshop.$value.set(stateFromImport(data));
    setStatus(`Imported the answers exported on ${when(data.exportedAt)}.`);
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setStatus('');
    const result = parseWorkshopImport(await file.text());
    if (fileRef.current) fileRef.current.value = '';
    if (!result.ok) {
      setError(result.message);
      return;
    }
    if (isEmpty()) apply(result.data);
    else setPending({ kind: 'import', data: result.data, fileName: file.name });
  };

  const close = (message: string) => {
    setPending(null);
    setStatus(message);
    returnFocus.current?.focus();
  };
  const confirm = () => {
    if (!pending) return;
    if (pending.kind === 'import') {
      apply(pending.data);
      setPending(null);
      returnFocus.current?.focus();
    } else {
      workshop.reset();
      close('All Day 29 answers were cleared from this browser.');
    }
  };

  return (
    <ToolShell
      label="Your Day 29 answers"
      tool={workshop}
      className="ws-toolbar-frame"
      share={false}
      print={printAll ? 'Print all answers' : 'Print'}
      reset={{
        label: 'Clear all',
        onClick: (e) => {
          returnFocus.current = e.currentTarget;
          setError(null);
          setPending({ kind: 'clear' });
        },
      }}
      actions={
        <>
          <ExportButtons onMarkdown={exportMarkdown} onJson={exportJson} />
          <button
            type="button"
            className="kit-button"
            onClick={(e) => {
              returnFocus.current = e.currentTarget;
              fileRef.current?.click();
            }}
          >
            Import JSON
          </button>
          <input
            ref={fileRef}
            type="file"
            accept=".json,application/json"
            className="sr-only"
            tabIndex={-1}
            aria-label="JSON export to import"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </>
      }
    >
      <div data-print-hide className="ws-toolbar">
        {error && (
          <Notice tone="bad" onDismiss={() => setError(null)}>
            {error}
          </Notice>
        )}
        {pending?.kind === 'import' && (
          <ConfirmNotice confirmLabel="Replace my answers" cancelLabel="Keep mine" confirmRef={confirmRef} onConfirm={confirm} onCancel={() => close('Import cancelled. Nothing was changed.')}>
            “{pending.fileName}” holds answers exported on {when(pending.data.exportedAt)}. Replace the answers saved in this browser with them? What you
            have here now will be lost unless you export it first.
          </ConfirmNotice>
        )}
        {pending?.kind === 'clear' && (
          <ConfirmNotice confirmLabel="Clear all answers" cancelLabel="Cancel" confirmRef={confirmRef} onConfirm={confirm} onCancel={() => close('Nothing was cleared.')}>
            Clear every answer on the Day 29 pages, including both assessments and their saved snapshots? This cannot be undone: export first if you
            want a copy.
          </ConfirmNotice>
        )}
        <p className="kit-hint ws-toolbar-status" role="status">
          {status}
        </p>
      </div>
      {printAll && <WorkshopPrintout state={state} results={results} />}
    </ToolShell>
  );
}
