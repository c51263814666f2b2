/**
 * The agenda as the rows of a table: each part, then its timed segments, then the steps it lists
 * without minutes. Both the static agenda and facilitator mode draw their tables from these rows.
 */
import type { ScheduledPart, ScheduledSegment } from './agenda';

/** One row of the agenda table. */
export type AgendaRow =
  | { kind: 'part'; id: string; label: string; part: ScheduledPart }
  | { kind: 'segment'; id: string; label: string; segment: ScheduledSegment }
  | { kind: 'untimed'; id: string; label: string };

/** The schedule's parts flattened into table rows, in agenda order. */
export function agendaRows(parts: readonly ScheduledPart[]): AgendaRow[] {
  return parts.flatMap((part): AgendaRow[] => [
    { kind: 'part', id: part.id, label: part.label, part },
    ...part.segments.map((segment) => ({ kind: 'segment' as const, id: segment.id, label: segment.label, segment })),
    ...part.untimed.map((u) => ({ kind: 'untimed' as const, id: u.id, label: u.label })),
  ]);
}

/** Minutes from the start as "0:05", the way a run sheet counts. */
export function runSheetOffset(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
