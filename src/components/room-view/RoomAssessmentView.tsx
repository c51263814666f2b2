import { useId } from 'react';
import { formatNumber } from '../../lib/format';
import type { RoomAssessment, RoomItem } from '../../lib/workshop/room';

const dash = '—';
const num = (v: number | null, digits = 1) => (v === null ? dash : formatNumber(v, digits));

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
      <div className="kit-table-scroll" role="region" aria-labelledby={`${id}-cat`} tabIndex={0}>
        <table>
          <caption id={`${id}-cat`}>{a.title}: room average per category (out of 10; unanswered items left out)</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Room average</th>
              <th scope="col">Participants</th>
            </tr>
          </thead>
          <tbody>
            {a.categories.map((c) => (
              <tr key={c.categoryId}>
                <th scope="row">{c.label}</th>
                <td>{num(c.mean)}</td>
                <td>{c.participants}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
      <div className="kit-table-scroll" role="region" aria-labelledby={`${id}-items`} tabIndex={0}>
        <table>
          <caption id={`${id}-items`}>{a.title}: spread per item</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Min</th>
              <th scope="col">Median</th>
              <th scope="col">Max</th>
              <th scope="col">Answered</th>
            </tr>
          </thead>
          <tbody>
            {a.items.map((i) => (
              <tr key={i.itemId}>
                <th scope="row">
                  {i.label}
                  <span className="room-sub">{i.categoryLabel}</span>
                </th>
                <td>{num(i.spread.min, 0)}</td>
                <td>{num(i.spread.median)}</td>
                <td>{num(i.spread.max, 0)}</td>
                <td>
                  {i.spread.answered} of {people}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
