import { messages } from '../../messages';
import { ASSESSMENTS, flattenItems, LEVEL_BANDS, OVERALL_BANDS } from '../assessment/index';
import { AGENDA, getWorksheet, WORKSHEETS } from '../../../presets/workshop';
import { LINKS } from '../links';
import { workshopMessages } from '../messages';
import { fieldDisplayLabel, fieldSlots, topLevelFields, WORKSHEET_IDS, worksheetGroups } from './index';
import type { InputField, WorksheetId } from './types';
import {
  addGroupRow,
  crossFieldIssues,
  emptyWorksheetValues,
  MAX_TEXT_LENGTH,
  parseFieldInput,
  removeGroupRow,
  setFieldValue,
  setGroupValue,
  worksheetProgress,
  worksheetValuesSchema,
} from './values';

/** The site's planned URLs (the only pages the workshop may link to). */
const PLANNED = new Set([
  '/playbooks/scaling-strategy/',
  '/playbooks/scaling-strategy/organization/',
  '/playbooks/scaling-strategy/processes/',
  '/playbooks/scaling-strategy/technical-scaling/',
  '/playbooks/scaling-strategy/financial-scaling/',
  '/playbooks/scaling-strategy/operating-rhythm/',
  '/playbooks/scaling-strategy/risks/',
  '/playbooks/scaling-strategy/stage-transitions/',
  '/workshops/day-29/pre-exercise-assessment/',
  '/workshops/day-29/infrastructure-and-technology/',
  '/workshops/day-29/team-and-organization/',
  '/workshops/day-29/operational-systems/',
  '/workshops/day-29/assessment-and-roadmap/',
  '/tools/unit-economics/',
  '/tools/scale-model/',
  '/tools/automation-roi/',
]);
const STAGE4_ANCHORS = new Set([
  'phase-1-strategic-decisions',
  'icp-strategy',
  'channel-strategy',
  'phase-2-organizational-design',
  'phase-3-infrastructure--playbooks',
  'phase-4-scale-modeling',
  'common-pitfalls',
  'stage-4-exit-criteria',
]);
const isPlanned = (href: string) => {
  const [path, anchor] = href.split('#');
  if (path === '/guides/stage-4-scale-readiness/') return anchor === undefined || STAGE4_ANCHORS.has(anchor);
  return anchor === undefined && PLANNED.has(path ?? '');
};

const byId = (id: WorksheetId) => getWorksheet(id);
const field = (id: WorksheetId, fieldId: string): InputField => {
  const slot = fieldSlots(byId(id)).find((s) => s.field.id === fieldId && s.field.type === 'input');
  if (!slot) throw new Error(`no field ${fieldId}`);
  return slot.field as InputField;
};

describe('definitions', () => {
  it('are listed in the order of their ids', () => {
    expect(WORKSHEETS.map((w) => w.id)).toEqual([...WORKSHEET_IDS]);
  });

  it.each(WORKSHEETS.map((w) => [w.id, w] as const))('%s: ids are unique (fields and groups in the worksheet, fields in a group)', (_id, def) => {
    const top = [...topLevelFields(def).map((f) => f.id), ...worksheetGroups(def).map((g) => g.id)];
    expect(new Set(top).size).toBe(top.length);
    for (const g of worksheetGroups(def)) expect(new Set(g.fields.map((f) => f.id)).size).toBe(g.fields.length);
    const sections = def.sections.map((s) => s.id);
    expect(new Set(sections).size).toBe(sections.length);
  });

  it('give every assessment item exactly one score field', () => {
    for (const [wid, aid] of [['readiness', 'readiness'], ['strategy-assessment', 'strategy']] as const) {
      const scored = fieldSlots(byId(wid)).flatMap((s) => (s.field.type === 'assessment-score' ? [`${s.field.assessment}/${s.field.itemId}`] : []));
      expect(scored).toEqual(flattenItems(ASSESSMENTS[aid]).map((x) => `${aid}/${x.item.id}`));
    }
  });

  it('keep bounds consistent', () => {
    for (const w of WORKSHEETS) {
      for (const s of fieldSlots(w)) {
        const f = s.field;
        if (f.type === 'input' && (f.kind === 'number' || f.kind === 'month') && f.min !== null && f.max !== null) {
          expect(f.min, `${w.id}/${f.id}`).toBeLessThan(f.max);
        }
      }
    }
  });

  it('only link to planned pages', () => {
    const hrefs = [
      ...WORKSHEETS.map((w) => w.path),
      ...AGENDA.map((p) => p.path),
      ...Object.values(LINKS).map((l) => l.href),
      ...Object.values(ASSESSMENTS).flatMap((a) => a.categories.flatMap((c) => [c.link.href, ...c.items.flatMap((i) => (i.link ? [i.link.href] : []))])),
      ...OVERALL_BANDS.map((b) => b.link.href),
    ];
    expect(hrefs.filter((h) => !isPlanned(h))).toEqual([]);
    expect(LEVEL_BANDS.length).toBeGreaterThan(0);
  });

  it('throw for an unknown worksheet id (a definition bug)', () => {
    expect(() => getWorksheet('nope' as WorksheetId)).toThrow('Unknown worksheet');
  });

  it('name fields readably', () => {
    const culture = fieldSlots(byId('culture'))[0];
    expect(culture && fieldDisplayLabel(culture)).toBe('Core Values 1');
    const salary = fieldSlots(byId('hiring')).find((s) => s.field.id === 'salary-min-usd');
    expect(salary && fieldDisplayLabel(salary)).toBe('Salary range (minimum)');
    expect(salary?.group?.instanceLabel).toBe('Position 1');
  });
});

describe('fresh values', () => {
  it('have every input unanswered and groups at their default count', () => {
    const v = emptyWorksheetValues(byId('technical-scaling'));
    expect(Object.values(v.fields).every((x) => x === null)).toBe(true);
    expect(v.groups['bottlenecks']).toHaveLength(3);
    expect(v.groups['bottlenecks']?.[0]).toEqual({
      name: null,
      'current-limit': null,
      'breaking-point': null,
      solution: null,
      'monthly-cost-usd': null,
      'timeline-weeks': null,
    });
    // Assessment scores and computed blanks are not stored with the worksheet.
    expect(Object.keys(emptyWorksheetValues(byId('readiness')).fields)).toEqual([]);
  });
});

describe('parseFieldInput', () => {
  it.each([
    ['technical-scaling', 'database-size-gb', '12.5', { ok: true, value: 12.5 }],
    ['technical-scaling', 'database-size-gb', '', { ok: true, value: null }],
    ['technical-scaling', 'database-size-gb', 'lots', { ok: false, message: messages.notANumber }],
    ['technical-scaling', 'database-size-gb', '-1', { ok: false, message: messages.belowMin(0) }],
    ['technical-scaling', 'concurrent-users', '2.5', { ok: false, message: messages.mustBeWhole }],
    ['technical-scaling', 'concurrent-users', '1,200', { ok: true, value: 1200 }],
    ['hiring', 'network-referrals-pct', '120', { ok: false, message: messages.aboveMax(100) }],
    ['hiring', 'network-referrals-pct', '35%', { ok: true, value: 35 }],
    ['retention', 'bonus-pct', '150', { ok: true, value: 150 }],
    ['team-scaling', 'delta-sales', '-2', { ok: true, value: -2 }],
    ['team-scaling', 'cto-hire-month', '0', { ok: false, message: messages.belowMin(1) }],
    ['team-scaling', 'cto-hire-month', '3', { ok: true, value: 3 }],
    ['team-scaling', 'cto-hire-month', '2.5', { ok: false, message: messages.mustBeWhole }],
    ['security', 'gdpr-status', '  ', { ok: true, value: null }],
    ['security', 'gdpr-status', 'In progress', { ok: true, value: 'In progress' }],
    ['security', 'soc2-timeline-months', '9', { ok: true, value: 9 }],
  ] as const)('%s/%s %j → %j', (wid, fid, raw, expected) => {
    expect(parseFieldInput(field(wid, fid), raw)).toEqual(expected);
  });

  it('reads choices case-insensitively and refuses others', () => {
    const priority = byId('hiring').sections[0]?.entries[0];
    if (priority?.type !== 'group') throw new Error('positions group expected');
    const choice = priority.fields.find((f) => f.id === 'priority') as InputField;
    expect(parseFieldInput(choice, 'high')).toEqual({ ok: true, value: 'High' });
    expect(parseFieldInput(choice, 'Low')).toEqual({ ok: false, message: workshopMessages.chooseOption(['Critical', 'High', 'Medium']) });
  });

  it('refuses text longer than the limit', () => {
    expect(parseFieldInput(field('culture', 'core-value-1'), 'x'.repeat(MAX_TEXT_LENGTH + 1))).toEqual({ ok: false, message: workshopMessages.textTooLong(MAX_TEXT_LENGTH) });
  });
});

describe('worksheetValuesSchema', () => {
  const schema = worksheetValuesSchema(byId('hiring'));

  it('fills in what is missing', () => {
    const parsed = schema.parse({ fields: { 'job-boards-pct': 20 } });
    expect(parsed.fields['job-boards-pct']).toBe(20);
    expect(parsed.fields['social-media-pct']).toBeNull();
    expect(parsed.groups['positions']).toHaveLength(3);
  });

  it.each([
    ['a share above 100%', { fields: { 'job-boards-pct': 101 } }],
    ['text in a number field', { fields: { 'job-boards-pct': 'twenty' } }],
    ['an unknown field', { fields: { 'no-such-field': 1 } }],
    ['an option the seed does not offer', { groups: { positions: [{ priority: 'Low' }] } }],
    ['too many rows', { groups: { positions: Array.from({ length: 11 }, () => ({})) } }],
    ['no rows where one is required', { groups: { positions: [] } }],
    ['a fractional month', { groups: { positions: [{ 'start-month': 1.5 }] } }],
  ])('rejects %s', (_name, value) => {
    expect(schema.safeParse(value).success).toBe(false);
  });
});

describe('rows, cross-field checks and progress', () => {
  const def = byId('hiring');
  it('adds rows up to the maximum and removes down to the minimum', () => {
    let v = emptyWorksheetValues(def);
    for (let i = 3; i < 10; i++) {
      const r = addGroupRow(def, v, 'positions');
      if (!r.ok) throw new Error(r.message);
      v = r.values;
    }
    expect(addGroupRow(def, v, 'positions')).toEqual({ ok: false, message: workshopMessages.groupFull(10) });
    let one = emptyWorksheetValues(def);
    for (const i of [2, 1]) {
      const r = removeGroupRow(def, one, 'positions', i);
      if (!r.ok) throw new Error(r.message);
      one = r.values;
    }
    expect(removeGroupRow(def, one, 'positions', 0)).toEqual({ ok: false, message: workshopMessages.groupAtMinimum(1) });
    expect(addGroupRow(def, v, 'nope').ok).toBe(false);
    expect(removeGroupRow(def, v, 'positions', 99).ok).toBe(false);
  });

  it('removing a row moves the later rows up', () => {
    let v = emptyWorksheetValues(def);
    v = setGroupValue(v, 'positions', 2, 'name', 'Third');
    const r = removeGroupRow(def, v, 'positions', 0);
    expect(r.ok && r.values.groups['positions']?.[1]?.['name']).toBe('Third');
  });

  it('flags a salary range whose minimum is above its maximum', () => {
    let v = emptyWorksheetValues(def);
    v = setGroupValue(v, 'positions', 1, 'salary-min-usd', 150_000);
    v = setGroupValue(v, 'positions', 1, 'salary-max-usd', 120_000);
    expect(crossFieldIssues(def, v)).toEqual([{ fieldId: 'salary-max-usd', groupId: 'positions', index: 1, message: workshopMessages.salaryRangeReversed }]);
  });

  it('counts answered inputs (blank text does not count)', () => {
    let v = emptyWorksheetValues(def);
    v = setFieldValue(v, 'job-boards-pct', 0);
    v = setFieldValue(v, 'hiring-step-1', '   ');
    v = setGroupValue(v, 'positions', 0, 'priority', 'Critical');
    expect(worksheetProgress(def, v)).toEqual({ answered: 2, total: 3 * 7 + 5 + 5 });
    expect(setGroupValue(v, 'positions', 7, 'name', 'x')).toBe(v);
  });
});
