import { samplePlan } from './fixtures/sample-plan';
import { buildOverview, payloadFromLine } from './overview';
import { encodeProgress } from './share';
import { createTracker, setTaskDone } from './tracker';

const findPlan = (id: string) => (id === 'sample' ? samplePlan : undefined);
const ana = setTaskDone(
  { ...createTracker({ trackerId: 'a', roleId: 'sample', startDate: '2025-03-03', personName: 'Ana', track: 'alpha' }) },
  'prep',
  '2025-02-20',
);
const ben = createTracker({ trackerId: 'b', roleId: 'sample', startDate: '2025-03-17', personName: 'Ben' });
const link = (payload: string) => `https://handbook.example.com/tools/onboarding-tracker/#progress=${payload}`;

describe('manager overview', () => {
  const anaPayload = encodeProgress(ana, { includeName: true });
  const benPayload = encodeProgress(ben, { includeName: true });

  it('reads links, bare payloads and percent-escaped links', () => {
    expect(payloadFromLine(link(anaPayload))).toBe(anaPayload);
    expect(payloadFromLine(`  ${anaPayload}  `)).toBe(anaPayload);
    expect(payloadFromLine(link(encodeURIComponent(anaPayload)))).toBe(anaPayload);
    expect(payloadFromLine('   ')).toBeNull();
    expect(payloadFromLine('https://example.com/no-hash')).toBe('');
  });

  it('shows progress per hire and phase with overdue counts, and totals', () => {
    const overview = buildOverview([link(anaPayload), '', link(benPayload)].join('\n'), findPlan, '2025-03-10');
    expect(overview.hires.map((h) => h.shared.personName)).toEqual(['Ana', 'Ben']);
    const [a, b] = overview.hires;
    // Ana (alpha) has 8 tasks; on 10 Mar the buddy's hello (28 Feb), day one (3 Mar) and first week are open and past due.
    expect(a!.overall).toMatchObject({ done: 1, total: 8, overdue: 2 });
    expect(a!.phases.find((p) => p.phase === 'pre-start')).toMatchObject({ done: 1, total: 2, overdue: 1 });
    expect(a!.trackLabel).toBe('Alpha');
    expect(b!.overall).toMatchObject({ done: 0, total: 7 });
    expect(overview.totals).toEqual({
      done: a!.overall.done + b!.overall.done,
      total: a!.overall.total + b!.overall.total,
      overdue: a!.overall.overdue + b!.overall.overdue,
    });
  });

  it('counts the same link twice once and names the lines it could not read', () => {
    const text = [link(anaPayload), anaPayload, 'not a link', link(`${anaPayload.slice(0, -3)}xyz`)].join('\n');
    const overview = buildOverview(text, findPlan, '2025-03-10');
    expect(overview.hires).toHaveLength(1);
    expect(overview.duplicates).toBe(1);
    expect(overview.problems.map((p) => p.line)).toEqual([3, 4]);
  });

  it('refuses a role the handbook has no plan for, by name', () => {
    const other = encodeProgress({ ...ben, roleId: 'astronaut' });
    const overview = buildOverview(other, findPlan, '2025-03-10');
    expect(overview.problems[0]!.message).toContain('astronaut');
  });

  it('is empty for empty text', () => {
    expect(buildOverview('', findPlan, '2025-03-10')).toEqual({ hires: [], problems: [], duplicates: 0, totals: { done: 0, total: 0, overdue: 0 } });
  });
});
