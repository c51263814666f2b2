import { useId } from 'react';
import { formatNumber } from '../../lib/format';
import type { RoomAssessment, RoomItem } from '../../lib/workshop/room';
import { DataTable, type DataColumn } from '../kit/DataTable';

const dash = '—';
const num = (v: number | null, digits = 1) => (v === null ? dash : formatNumber(v, digits));

const CATEGORY_COLUMNS: DataColumn<RoomAssessment['categories'][number]>[] = [
  { header: 'Category', cell: 'label', rowHeader: true },
  { header: 'Room average', cell: (c) => num(c.mean) },
  { header: 'Participants', cell: 'participants' },
];

const itemColumns = (people: number): DataColumn<RoomAssessment['items'][number]>[] => [
  {
    header: 'Item',
    rowHeader: true,
    cell: (i) => (
      <>
        {i.label}
        <span className="room-sub">{i.categoryLabel}</span>
      </>
    ),
  },
  { header: 'Min', cell: (i) => num(i.spread.min, 0) },
  { header: 'Median', cell: (i) => num(i.spread.median) },
  { header: 'Max', cell: (i) => num(i.spread.max, 0) },
  {
    header: 'Answered',
    cell: (i) => (
      <>
        {i.spread.answered} of {people}
      </>
    ),
  },
];

function ItemList({ items, count, people, empty }: { items: RoomItem[]; count: (i: RoomItem) => number; people: number; empty: string }) {
  if (items.length === 0) return <p className="kit-hint">{empty}</p>;
  return (
    <ol>
      {items.map((i) => (
        <li key={i.itemId}>
          <strong>{i.label}</strong> ({i.categoryLabel}): {count(i)} of {people}
        </li>
      ))}
    </ol>
  );
}

/** One assessment across the room: overall, category averages, item spread, common gaps and strengths. */
export function RoomAssessmentView({ assessment: a, people }: { assessment: RoomAssessment; people: number }) {
  const id = useId();
  return (
    <section className="room-assessment" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{a.title}</h2>
      <p className="room-overall">
        {a.overallMean === null ? (
          <>Room overall: {dash} (no participant has an overall score yet)</>
        ) : (
          <>
            Room overall: <strong>{num(a.overallMean)}</strong>/{a.overallMax}, the average of {a.overallParticipants} of {people}{' '}
            participants
          </>
        )}
      </p>
      <DataTable
        region
        caption={<>{a.title}: room average per category (out of 10; unanswered items left out)</>}
        columns={CATEGORY_COLUMNS}
        rows={a.categories}
        rowKey={(c) => c.categoryId}
      />
      <div className="room-ranked">
        <div>
          <h3>Most common critical gaps</h3>
          <ItemList items={a.commonGaps} count={(i) => i.criticalCount} people={people} empty="No item scored below 5." />
        </div>
        <div>
          <h3>Most common strengths</h3>
          <ItemList items={a.commonStrengths} count={(i) => i.strongCount} people={people} empty="No item scored 7 or more." />
        </div>
      </div>
      <DataTable region caption={<>{a.title}: spread per item</>} columns={itemColumns(people)} rows={a.items} rowKey={(i) => i.itemId} />
    </section>
  );
}
