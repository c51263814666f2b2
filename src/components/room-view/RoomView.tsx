import { useEffect, useId, useState, type DragEvent } from 'react';
import type { RoomFile } from '../../lib/workshop/room';
import { readRoomFiles, summarizeRoom } from '../../presets/workshop-room';
import { exportRoomMarkdown } from '../../lib/workshop/room-markdown';
import { Notice } from '../kit/Notice';
import { downloadText } from '../kit/download';
import { RoomAssessmentView } from './RoomAssessmentView';
import { RoomWorksheets } from './RoomWorksheets';
import '../kit/kit.css';
import './room-view.css';
import { useHydrated } from '../kit/useHydrated';

/** Read the browser's File objects as text; nothing leaves the browser. */
async function readFiles(list: FileList | File[]): Promise<RoomFile[]> {
  return Promise.all([...list].map(async (f) => ({ name: f.name, text: await f.text().catch(() => '') })));
}

/**
 * The facilitator's room view: participants' exported files dropped in (or chosen) are read here and
 * shown together — room averages and spread per assessment, common gaps and strengths, and each
 * worksheet question's answers side by side; exported as Markdown or printed. Nothing is stored.
 */
export default function RoomView() {
  const id = useId();
  const [files, setFiles] = useState<RoomFile[]>([]);
  const hydrated = useHydrated();
  const [dragging, setDragging] = useState(false);

  const read = readRoomFiles(files);
  const room = summarizeRoom(read.participants);
  const add = async (list: FileList | File[] | null) => {
    if (!list || list.length === 0) return;
    const more = await readFiles(list);
    setFiles((current) => [...current, ...more]);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void add(e.dataTransfer.files);
  };
  const people = read.participants.length;

  return (
    <section className="kit-tool room-view not-content" aria-label="Room view" data-hydrated={hydrated ? '' : undefined}>
      <div
        className="room-drop"
        data-dragging={dragging ? '' : undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-print-hide
      >
        <label htmlFor={`${id}-files`}>Participants’ exported files (JSON)</label>
        <input
          id={`${id}-files`}
          type="file"
          accept=".json,application/json"
          multiple
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const input = e.currentTarget;
            void add(input.files).then(() => {
              input.value = '';
            });
          }}
        />
        <p className="kit-hint" id={`${id}-hint`}>
          Choose or drop the files participants made with “Download JSON”. They are read in this browser and not saved or sent.
        </p>
      </div>
      <div className="kit-toolbar" data-print-hide>
        <button
          type="button"
          className="kit-button"
          disabled={people === 0}
          onClick={() => downloadText('day-29-room-view.md', exportRoomMarkdown(room, new Date()), 'text/markdown;charset=utf-8')}
        >
          Download Markdown
        </button>
        <button type="button" className="kit-button" disabled={people === 0} onClick={() => window.print()}>
          Print
        </button>
        <button type="button" className="kit-button" disabled={files.length === 0} onClick={() => setFiles([])}>
          Clear the room
        </button>
      </div>
      <div role="status" className="room-status">
        {read.refused.length > 0 && (
          <Notice tone="bad">
            <p>Not read:</p>
            <ul>
              {read.refused.map((r, i) => (
                <li key={`${r.name}-${i}`}>
                  <strong>{r.name}</strong>: {r.message}
                </li>
              ))}
            </ul>
          </Notice>
        )}
        {read.duplicates.length > 0 && (
          <Notice tone="info">
            <ul>
              {read.duplicates.map((d, i) => (
                <li key={`${d.name}-${i}`}>
                  <strong>{d.name}</strong> is the same export as {d.sameAs}: counted once.
                </li>
              ))}
            </ul>
          </Notice>
        )}
      </div>
      {people === 0 ? (
        <p className="kit-hint">No participants yet.</p>
      ) : (
        <>
          <h2 id={`${id}-people`}>
            {people} {people === 1 ? 'participant' : 'participants'}
          </h2>
          <ol className="room-people" aria-labelledby={`${id}-people`}>
            {read.participants.map((p) => (
              <li key={p.fileName}>{p.label}</li>
            ))}
          </ol>
          {room.assessments.map((a) => (
            <RoomAssessmentView key={a.assessmentId} assessment={a} people={people} />
          ))}
          <RoomWorksheets room={room} />
        </>
      )}
    </section>
  );
}
