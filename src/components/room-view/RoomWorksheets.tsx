import { useId } from 'react';
import { renderInput, UNANSWERED } from '../../lib/workshop/export-markdown';
import type { RoomSummary, RoomWorksheet } from '../../lib/workshop/room';
import { DataTable, type DataColumn } from '../kit/DataTable';

type Question = RoomWorksheet['questions'][number];

/** The question, then one column per participant. */
const answerColumns = (labels: string[]): DataColumn<Question>[] => [
  { header: 'Question', rowHeader: true, cell: (q) => (q.groupLabel && !q.label.startsWith(q.groupLabel) ? `${q.groupLabel}: ${q.label}` : q.label) },
  ...labels.map(
    (label, i): DataColumn<Question> => ({
      header: label,
      cell: (q) => (q.answers[i] == null ? UNANSWERED : renderInput(q.field, q.answers[i], ' ')),
      cellProps: (q) => (q.answers[i] == null ? { 'data-unanswered': '' } : undefined),
    }),
  ),
];

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
        <DataTable
          region
          className="room-answers"
          caption={
            <>
              Answers to {sheet.heading}
              {left > 0 ? ` (${left} ${left === 1 ? 'question' : 'questions'} nobody answered left out)` : ''}
            </>
          }
          columns={answerColumns(labels)}
          rows={answered}
          rowKey={(q) => q.key}
        />
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
