import { useId } from 'react';
import { renderInput, UNANSWERED } from '../../lib/workshop/export-markdown';
import type { RoomSummary, RoomWorksheet } from '../../lib/workshop/room';

function WorksheetTable({ sheet, labels }: { sheet: RoomWorksheet; labels: string[] }) {
  const id = useId();
  const answered = sheet.questions.filter((q) => q.answers.some((a) => a !== null));
  const left = sheet.questions.length - answered.length;
  return (
    <section className="room-sheet" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{sheet.heading}</h3>
      {answered.length === 0 ? (
        <p className="kit-hint">Nobody answered this worksheet.</p>
      ) : (
        <div className="kit-table-scroll" role="region" aria-labelledby={`${id}-cap`} tabIndex={0}>
          <table className="room-answers">
            <caption id={`${id}-cap`}>
              Answers to {sheet.heading}
              {left > 0 ? ` (${left} ${left === 1 ? 'question' : 'questions'} nobody answered left out)` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                {labels.map((l, i) => (
                  <th scope="col" key={`${l}-${i}`}>
                    {l}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {answered.map((q) => (
                <tr key={q.key}>
                  <th scope="row">{q.groupLabel && !q.label.startsWith(q.groupLabel) ? `${q.groupLabel}: ${q.label}` : q.label}</th>
                  {q.answers.map((a, i) => (
                    <td key={i} data-unanswered={a === null ? '' : undefined}>
                      {a === null ? UNANSWERED : renderInput(q.field, a, ' ')}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Every worksheet with each question's answers side by side, one column per participant. */
export function RoomWorksheets({ room }: { room: RoomSummary }) {
  const labels = room.participants.map((p) => p.label);
  return (
    <section className="room-sheets" aria-label="Worksheet answers">
      <h2>Worksheet answers</h2>
      {room.worksheets.map((w) => (
        <WorksheetTable key={w.worksheetId} sheet={w} labels={labels} />
      ))}
    </section>
  );
}
