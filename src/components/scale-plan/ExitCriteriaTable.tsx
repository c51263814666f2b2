import type { ExitRow } from '../../lib/scale-plan';
import { DataTable, type DataColumn } from '../kit/DataTable';
import { EXIT_STATUS_WORDS, exitReasonText } from './words';

/** The Stage 4 exit criteria: met, not yet or contradicted, with why. */
export function ExitCriteriaTable({ rows, checkTitle }: { rows: ExitRow[]; checkTitle: (id: string) => string }) {
  const columns: DataColumn<ExitRow>[] = [
    { header: 'Criterion', cell: 'label', rowHeader: true },
    {
      header: 'Status',
      cell: (r) => (
        <span className="spl-status" data-status={r.status}>
          {EXIT_STATUS_WORDS[r.status]}
        </span>
      ),
    },
    { header: 'Why', cell: (r) => r.reasons.map((x) => exitReasonText(x, checkTitle)).join(' ') },
  ];
  return (
    <DataTable
      caption="Stage 4 exit criteria"
      captionHidden
      className="spl-exit"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      rowProps={(r) => ({ 'data-criterion': r.id })}
    />
  );
}
