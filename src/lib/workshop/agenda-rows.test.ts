import { computeAgenda } from '../../presets/workshop-agenda';
import { agendaRows, runSheetOffset } from './agenda-rows';

describe('agenda rows', () => {
  const schedule = computeAgenda('09:00');
  if (!schedule.ok) throw new Error(schedule.message);
  const rows = agendaRows(schedule.parts);

  it('lists each part before its segments and untimed steps', () => {
    const parts = rows.filter((r) => r.kind === 'part');
    expect(parts.map((r) => r.id)).toEqual(schedule.parts.map((p) => p.id));
    expect(rows.filter((r) => r.kind === 'segment')).toHaveLength(schedule.segments.length);
    const untimed = schedule.parts.reduce((n, p) => n + p.untimed.length, 0);
    expect(rows.filter((r) => r.kind === 'untimed')).toHaveLength(untimed);
    expect(rows).toHaveLength(parts.length + schedule.segments.length + untimed);
    const first = schedule.parts[0]!;
    expect(rows.slice(0, 1 + first.segments.length).map((r) => r.id)).toEqual([first.id, ...first.segments.map((s) => s.id)]);
  });

  it('counts offsets as hours and minutes', () => {
    expect(runSheetOffset(0)).toBe('0:00');
    expect(runSheetOffset(5)).toBe('0:05');
    expect(runSheetOffset(65)).toBe('1:05');
  });
});
