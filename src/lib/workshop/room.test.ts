import { flattenItems, READINESS_ASSESSMENT } from './assessment/index';
import { emptyWorkshopState, exportWorkshopJson, getWorksheet } from '../../presets/workshop';
import { readRoomFiles, summarizeRoom } from '../../presets/workshop-room';
import { exportRoomMarkdown } from './room-markdown';
import { spreadOf } from './room';
import type { WorkshopState } from './state';
import { topLevelInputs } from './worksheets/index';

const readinessItems = flattenItems(READINESS_ASSESSMENT).map((x) => x.item.id);
const [itemA, itemB, itemC] = readinessItems;
const firstCategory = READINESS_ASSESSMENT.categories[0]!;

/** A participant's export with the given readiness answers and first text answer on technical scaling. */
function exportWith(answers: Record<string, number | null>, text?: string, at = '2026-12-02T10:00:00.000Z'): string {
  const state: WorkshopState = emptyWorkshopState();
  Object.assign(state.assessments.readiness.answers, answers);
  if (text !== undefined) {
    const def = getWorksheet('culture');
    const field = topLevelInputs(def).find((f) => f.kind === 'text')!;
    state.worksheets['culture'].fields[field.id] = text;
  }
  return exportWorkshopJson(state, new Date(at));
}

describe('room files', () => {
  it('refuses files that are not workshop exports, by name, and reads the rest', () => {
    const { participants, refused } = readRoomFiles([
      { name: 'ana.json', text: exportWith({ [itemA!]: 4 }) },
      { name: 'notes.txt', text: 'hello' },
      { name: 'plans.json', text: JSON.stringify({ kind: 'scale-handbook/onboarding', version: 1, trackers: [] }) },
    ]);
    expect(participants.map((p) => p.label)).toEqual(['ana']);
    expect(refused.map((r) => r.name)).toEqual(['notes.txt', 'plans.json']);
    expect(refused.every((r) => r.message.length > 0)).toBe(true);
  });

  it('counts one participant’s file twice once, even renamed or re-indented', () => {
    const text = exportWith({ [itemA!]: 4 });
    const { participants, duplicates } = readRoomFiles([
      { name: 'ana.json', text },
      { name: 'ana.json', text },
      { name: 'ana (1).json', text: JSON.stringify(JSON.parse(text)) },
      { name: 'ben.json', text: exportWith({ [itemA!]: 4 }, undefined, '2026-12-02T11:00:00.000Z') },
    ]);
    expect(participants.map((p) => p.label)).toEqual(['ana', 'ben']);
    expect(duplicates).toEqual([
      { name: 'ana.json', sameAs: 'ana.json' },
      { name: 'ana (1).json', sameAs: 'ana.json' },
    ]);
  });
});

describe('room aggregation', () => {
  const files = readRoomFiles([
    { name: 'ana.json', text: exportWith({ [itemA!]: 2, [itemB!]: 8 }, 'Postgres read replicas') },
    { name: 'ben.json', text: exportWith({ [itemA!]: 4, [itemB!]: null, [itemC!]: 9 }) },
    { name: 'cy.json', text: exportWith({ [itemA!]: 9 }, 'Move to a queue') },
  ]);
  const room = summarizeRoom(files.participants);
  const readiness = room.assessments.find((a) => a.assessmentId === 'readiness')!;

  it('averages and spreads skip unanswered items', () => {
    const a = readiness.items.find((i) => i.itemId === itemA)!;
    expect(a.spread).toEqual({ answered: 3, min: 2, median: 4, max: 9, mean: 5 });
    const b = readiness.items.find((i) => i.itemId === itemB)!;
    expect(b.spread).toMatchObject({ answered: 1, min: 8, median: 8, max: 8, mean: 8 });
    // Category mean = mean of each participant's own category mean: Ana (2+8)/2 = 5, Ben (4+9)/2 = 6.5, Cy 9.
    const category = readiness.categories.find((c) => c.categoryId === firstCategory.id)!;
    expect(category.mean).toBeCloseTo((5 + 6.5 + 9) / 3, 10);
    expect(category.participants).toBe(3);
    // Nobody answered another category: no average, not 0.
    expect(readiness.categories.find((c) => c.categoryId !== firstCategory.id)!).toMatchObject({ mean: null, participants: 0 });
    const untouched = readiness.items.find((i) => i.itemId === readinessItems[readinessItems.length - 1])!;
    expect(untouched.spread).toEqual({ answered: 0, min: null, median: null, max: null, mean: null });
  });

  it('has no room overall while no participant has one (readiness needs every category)', () => {
    expect(readiness.overallMean).toBeNull();
    expect(readiness.overallByParticipant).toEqual([null, null, null]);
    const strategy = room.assessments.find((a) => a.assessmentId === 'strategy')!;
    expect(strategy.overallMean).toBeNull();
    expect(strategy.items.every((i) => i.spread.answered === 0)).toBe(true);
  });

  it('averages overall scores of the participants who have one', () => {
    const all = (v: number) => Object.fromEntries(readinessItems.map((id) => [id, v]));
    const r = summarizeRoom(readRoomFiles([
      { name: 'a.json', text: exportWith(all(6)) },
      { name: 'b.json', text: exportWith(all(8)) },
      { name: 'c.json', text: exportWith({ [itemA!]: 1 }) },
    ]).participants).assessments[0]!;
    expect(r.overallByParticipant).toEqual([30, 40, null]);
    expect(r.overallMean).toBe(35);
    expect(r.overallParticipants).toBe(2);
  });

  it('lists the most common critical gaps and strengths with their counts', () => {
    expect(readiness.commonGaps.map((i) => [i.itemId, i.criticalCount])).toEqual([[itemA, 2]]);
    // One strength each: ties go to the higher room average (C 9, B 8, A 5).
    expect(readiness.commonStrengths.map((i) => [i.itemId, i.strongCount])).toEqual([
      [itemC, 1],
      [itemB, 1],
      [itemA, 1],
    ]);
  });

  it('puts each worksheet question’s answers side by side, unanswered as null', () => {
    const sheet = room.worksheets.find((w) => w.worksheetId === 'culture')!;
    const answered = sheet.questions.find((q) => q.answers.some((a) => a !== null))!;
    expect(answered.answers).toEqual(['Postgres read replicas', null, 'Move to a queue']);
    expect(room.worksheets.some((w) => w.worksheetId === 'readiness')).toBe(false);
  });

  it('spreads: median of an even count is the middle pair’s mean; empty has no statistics', () => {
    expect(spreadOf([1, 9, 3, 5])).toEqual({ answered: 4, min: 1, median: 4, max: 9, mean: 4.5 });
    expect(spreadOf([])).toMatchObject({ answered: 0, median: null });
  });

  it('exports Markdown that names every participant and keeps tables intact', () => {
    const pipes = readRoomFiles([{ name: 'a|b.json', text: exportWith({ [itemA!]: 3 }, 'one | two\nthree') }]);
    const md = exportRoomMarkdown(summarizeRoom(pipes.participants), new Date('2026-12-02T12:00:00Z'));
    expect(md).toContain('# Day 29 room view');
    expect(md).toContain('| Question | a\\|b |');
    expect(md).toContain('one \\| two three');
    expect(md).toContain(`| ${READINESS_ASSESSMENT.categories[0]!.items[0]!.label} |`);
    expect(md).not.toMatch(/NaN|Infinity|undefined/);
  });
});
