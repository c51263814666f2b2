import { agendaRows, type AgendaRow } from '../../lib/workshop/agenda-rows';
import type { AgendaSchedule } from '../../lib/workshop/agenda';
import { DataTable, type DataColumn } from '../kit/DataTable';

type Row = AgendaRow | { kind: 'total'; id: 'total'; label: string; minutes: number; start: string; end: string };
type Schedule = Extract<AgendaSchedule, { ok: true }>;

/** Where a row sits on the clock; untimed steps have no slot. */
const slotOf = (r: Row) => (r.kind === 'part' ? r.part : r.kind === 'segment' ? r.segment : r.kind === 'total' ? r : null);

function columns(currentId: string | null | undefined): DataColumn<Row>[] {
  return [
    {
      header: 'Exercise',
      rowHeader: true,
      cell: (r) => (
        <>
          {r.kind === 'segment' && r.id === currentId && <span className="ws-now">▶ Now: </span>}
          {r.label}
        </>
      ),
      cellProps: (r) => (r.kind === 'segment' || r.kind === 'untimed' ? { className: 'ws-agenda-segment' } : undefined),
    },
    {
      header: 'Minutes',
      cell: (r) => {
        if (r.kind === 'untimed') return 'No time given: after the workshop, or as homework';
        if (r.kind !== 'part') return slotOf(r)?.minutes;
        const { minutes, minutesDiffer, statedMinutes } = r.part;
        return (
          <>
            {minutes}
            {minutesDiffer && statedMinutes !== null && <span className="ws-detail"> (heading says {statedMinutes})</span>}
          </>
        );
      },
      cellProps: (r) => (r.kind === 'untimed' ? { colSpan: 3, className: 'ws-detail' } : undefined),
    },
    { header: 'Starts', cell: (r) => slotOf(r)?.start },
    { header: 'Ends', cell: (r) => slotOf(r)?.end },
  ];
}

/** The agenda with clock times, the running segment marked as the current step. */
export function ScheduleTable({ schedule, currentId }: { schedule: Schedule; currentId: string | null | undefined }) {
  return (
    <DataTable
      caption={
        <>
          Agenda from {schedule.start} to {schedule.end}
        </>
      }
      className="ws-table ws-agenda-table"
      columns={columns(currentId)}
      rows={agendaRows(schedule.parts)}
      rowKey={(r) => r.id}
      rowProps={(r) =>
        r.kind === 'part'
          ? { className: 'ws-agenda-part' }
          : r.kind === 'segment' && r.id === currentId
            ? { 'aria-current': 'step', 'data-current': '' }
            : undefined
      }
      footer={[{ kind: 'total', id: 'total', label: 'Total', minutes: schedule.totalMinutes, start: schedule.start, end: schedule.end }]}
    />
  );
}
