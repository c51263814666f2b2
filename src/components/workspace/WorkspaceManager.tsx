import { useCallback, useEffect, useState } from 'react';
import { storageEngine } from '../../stores/storage';
import {
  buildWorkspaceExport,
  conflictingKeys,
  invalidEntriesMessage,
  listSaved,
  parseWorkspaceImport,
  reviewImport,
  type SavedEntry,
} from '../../lib/workspace/workspace';
import { formatKb, totalBytes } from '../../lib/workspace/size-text';
import { DataTable, srOnly, type DataColumn } from '../kit/DataTable';
import { downloadText } from '../kit/download';
import { Notice } from '../kit/Notice';
import { ToolShell } from '../kit/ToolShell';

const readAll = (): [string, string][] => Object.keys(storageEngine).map((k) => [k, storageEngine[k] ?? '']);

/** Everything this browser has saved for the handbook: list, export, import, clear. */
export default function WorkspaceManager() {
  const [entries, setEntries] = useState<SavedEntry[]>([]);
  const [message, setMessage] = useState<{ tone: 'info' | 'bad'; text: string } | null>(null);

  const refresh = useCallback(() => setEntries(listSaved(readAll())), []);
  useEffect(() => {
    refresh();
    window.addEventListener('storage', refresh);
    return () => window.removeEventListener('storage', refresh);
  }, [refresh]);

  const exportAll = () => {
    const data = buildWorkspaceExport(readAll(), new Date());
    downloadText(`scale-handbook-${data.exportedAt.slice(0, 10)}.json`, JSON.stringify(data, null, 2), 'application/json');
  };

  const importFile = async (file: File) => {
    const result = parseWorkspaceImport(await file.text());
    if (!result.ok) {
      setMessage({ tone: 'bad', text: result.message });
      return;
    }
    // Every tool's schema, loaded only when a file is imported: listing and exporting need none of them.
    const { importCheckFor } = await import('../../stores/workspace');
    const review = reviewImport(result.data, importCheckFor);
    if (review.invalid.length > 0) {
      setMessage({ tone: 'bad', text: invalidEntriesMessage(review.invalid) });
      return;
    }
    const entries = { ...result.data.entries };
    if (review.unknown.length > 0) {
      const names = review.unknown.map((e) => `• ${e.label}`).join('\n');
      const keep = window.confirm(`This version of the handbook doesn't use these entries in the file:\n${names}\n\nImport them anyway? (Cancel imports the rest without them.)`);
      if (!keep) for (const e of review.unknown) delete entries[e.key];
    }
    const data = { ...result.data, entries };
    const current = new Map(readAll());
    const conflicts = conflictingKeys(current, data);
    if (conflicts.length > 0) {
      const names = listSaved(conflicts.map((k) => [k, ''])).map((e) => `• ${e.label}`).join('\n');
      if (!window.confirm(`The file would replace what this browser has saved for:\n${names}\n\nReplace them?`)) {
        setMessage({ tone: 'info', text: 'Import cancelled. Nothing was changed.' });
        return;
      }
    }
    for (const [key, value] of Object.entries(data.entries)) storageEngine[key] = value;
    refresh();
    setMessage({ tone: 'info', text: `Imported ${Object.keys(data.entries).length} saved items. Open a tool to see them.` });
  };

  const clear = (entry: SavedEntry) => {
    if (!window.confirm(`Delete what this browser has saved for “${entry.label}”? This cannot be undone.`)) return;
    delete storageEngine[entry.key];
    refresh();
  };
  const clearAll = () => {
    if (!window.confirm('Delete everything the handbook has saved in this browser? This cannot be undone. Export first if you want a copy.')) return;
    for (const entry of entries) delete storageEngine[entry.key];
    refresh();
  };

  const columns: DataColumn<SavedEntry>[] = [
    { header: 'Saved item', cell: 'label', rowHeader: true },
    { header: 'Version', cell: (e) => e.version ?? '–' },
    { header: 'Size', cell: (e) => formatKb(e.bytes) },
    {
      header: srOnly('Actions'),
      cell: (e) => (
        <button type="button" className="kit-button kit-button-quiet" onClick={() => clear(e)} aria-label={`Clear ${e.label}`}>
          Clear
        </button>
      ),
    },
  ];

  return (
    <ToolShell
      label="Saved in this browser"
      print={false}
      savedText={`${entries.length} saved ${entries.length === 1 ? 'item' : 'items'}, ${formatKb(totalBytes(entries))}`}
      actions={
        <>
          <button type="button" className="kit-button" onClick={exportAll} disabled={entries.length === 0}>
            Export all
          </button>
          <label className="kit-button">
            Import…
            <input
              type="file"
              accept="application/json,.json"
              className="sr-only"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) void importFile(file);
              }}
            />
          </label>
          <button type="button" className="kit-button" onClick={clearAll} disabled={entries.length === 0}>
            Clear all
          </button>
        </>
      }
    >
      {message && (
        <Notice tone={message.tone} onDismiss={() => setMessage(null)}>
          {message.text}
        </Notice>
      )}
      {entries.length === 0 ? (
        <p>Nothing saved yet. Tools save what you type as you go; it will be listed here.</p>
      ) : (
        <DataTable caption="Saved items" captionHidden columns={columns} rows={entries} rowKey={(e) => e.key} />
      )}
    </ToolShell>
  );
}
