import { messages } from '../../messages';
import { READINESS_ASSESSMENT, STRATEGY_ASSESSMENT } from './definitions';
import { parseScoreInput, readinessAnswersSchema, readinessSnapshotSchema, strategyAnswersSchema } from './schema';
import { compareSnapshots, createSnapshot, sortSnapshots } from './snapshots';

describe('snapshots', () => {
  const jan = new Date('2025-01-10T09:00:00Z');
  const mar = new Date('2025-03-10T09:00:00Z');

  it('stores every item (null where unanswered) with an ISO date and a deterministic id', () => {
    const s = createSnapshot(READINESS_ASSESSMENT, { 'feature-completeness': 6 }, jan);
    expect(s.takenAt).toBe('2025-01-10T09:00:00.000Z');
    expect(s.id).toBe(`snapshot-${jan.getTime()}`);
    expect(Object.keys(s.answers)).toHaveLength(20);
    expect(s.answers['feature-completeness']).toBe(6);
    expect(s.answers['unit-economics']).toBeNull();
    expect(readinessSnapshotSchema.safeParse(s).success).toBe(true);
  });

  it('compares per category and overall as later − earlier', () => {
    const everyCategory = (score: number) => Object.fromEntries(READINESS_ASSESSMENT.categories.map((c) => [c.items[0]?.id, score]));
    const a = createSnapshot(READINESS_ASSESSMENT, { ...everyCategory(4), 'technical-stability': 6 }, jan, 'a');
    const b = createSnapshot(READINESS_ASSESSMENT, { ...everyCategory(6), 'technical-stability': 8 }, mar, 'b');
    const c = compareSnapshots(READINESS_ASSESSMENT, a, b);
    expect(c.from).toEqual({ id: 'a', takenAt: a.takenAt });
    expect(c.categories[0]).toEqual({ categoryId: 'product-maturity', label: 'Product Maturity', before: 5, after: 7, change: 2 });
    expect(c.categories[1]?.change).toBe(2);
    // Overall: 5 + 4×4 = 21 before, 7 + 4×6 = 31 after.
    expect(c.overall).toEqual({ before: 21, after: 31, change: 10, max: 50 });
    expect(c.answeredItems).toEqual({ before: 6, after: 6 });
  });

  it('reports no change where either side is unanswered', () => {
    const a = createSnapshot(STRATEGY_ASSESSMENT, {}, jan, 'a');
    const b = createSnapshot(STRATEGY_ASSESSMENT, { 'growth-planning': 7, 'data-architecture': 7, 'hiring-strategy': 7, 'quality-systems': 7 }, mar, 'b');
    const c = compareSnapshots(STRATEGY_ASSESSMENT, a, b);
    expect(c.overall).toEqual({ before: null, after: 70, change: null, max: 100 });
    expect(c.categories.find((x) => x.categoryId === 'strategic-readiness')).toMatchObject({ before: null, after: 7, change: null });
  });

  it('sorts oldest first, stable for equal times', () => {
    const x = { id: 'x', takenAt: mar.toISOString() };
    const y = { id: 'y', takenAt: jan.toISOString() };
    const z = { id: 'z', takenAt: jan.toISOString() };
    expect(sortSnapshots([x, y, z]).map((s) => s.id)).toEqual(['y', 'z', 'x']);
  });
});

describe('schemas', () => {
  it('fill missing items with null and keep given scores', () => {
    const parsed = strategyAnswersSchema.parse({ 'growth-planning': 4 });
    expect(parsed['growth-planning']).toBe(4);
    expect(parsed['risk-management']).toBeNull();
    expect(Object.keys(parsed)).toHaveLength(16);
  });
  it.each([
    ['above 10', { 'feature-completeness': 11 }],
    ['a half point', { 'feature-completeness': 5.5 }],
    ['negative', { 'feature-completeness': -1 }],
    ['text', { 'feature-completeness': '7' }],
    ['an unknown item', { 'not-an-item': 5 }],
  ])('reject %s', (_name, answers) => {
    expect(readinessAnswersSchema.safeParse(answers).success).toBe(false);
  });
  it('rejects a snapshot with a date that is not ISO 8601', () => {
    expect(readinessSnapshotSchema.safeParse({ id: 'a', takenAt: '10/01/2025', answers: {} }).success).toBe(false);
  });
});

describe('parseScoreInput', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['7', { ok: true, value: 7 }],
    ['0', { ok: true, value: 0 }],
    ['10', { ok: true, value: 10 }],
    ['7.5', { ok: false, message: messages.mustBeWhole }],
    ['11', { ok: false, message: messages.aboveMax(10) }],
    ['-1', { ok: false, message: messages.belowMin(0) }],
    ['seven', { ok: false, message: messages.notANumber }],
  ])('%j → %j', (raw, expected) => {
    expect(parseScoreInput(raw)).toEqual(expected);
  });
});
