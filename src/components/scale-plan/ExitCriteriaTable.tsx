import type { ExitRow } from '../../lib/scale-plan';
import { EXIT_STATUS_WORDS, exitReasonText } from './words';

/** The Stage 4 exit criteria: met, not yet or contradicted, with why. */
export function ExitCriteriaTable({ rows, checkTitle }: { rows: ExitRow[]; checkTitle: (id: string) => string }) {
  return (
    <div className="kit-table-scroll">
      <table className="spl-exit">
        <caption className="sr-only">Stage 4 exit criteria</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Status</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-criterion={r.id}>
              <th scope="row">{r.label}</th>
              <td>
                <span className="spl-status" data-status={r.status}>
                  {EXIT_STATUS_WORDS[r.status]}
                </span>
              </td>
              <td>{r.reasons.map((x) => exitReasonText(x, checkTitle)).join(' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
