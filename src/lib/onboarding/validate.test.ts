import { badPlan } from './fixtures/bad-plan';
import { samplePlanInput } from './fixtures/sample-plan';
import { HANDBOOK_PATHS, glossaryHref, linkResolves, onboardingPlanPath } from './known-paths';
import { PHASES, PHASE_WINDOWS, phaseForOffset } from './schema';
import { formatPlanIssues, validatePlan } from './validate';

const known = [...HANDBOOK_PATHS, onboardingPlanPath('sample')];
const clone = <T>(value: T): T => structuredClone(value);

describe('validatePlan', () => {
  it('accepts a valid plan and fills defaults', () => {
    const result = validatePlan(samplePlanInput, known);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.plan.tasks.find((t) => t.id === 'hello')?.links).toEqual([]);
  });

  it('names the plan, the task and the field of every mistake in a bad plan file', () => {
    const result = validatePlan(badPlan, HANDBOOK_PATHS);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.message)).toEqual([
      'Plan "broken-plan", field "summary": must not be empty.',
      'Plan "broken-plan", field "goals.days-61-90": is missing.',
      'Plan "broken-plan", task "no-owner", field "owner": is missing.',
      'Plan "broken-plan", task #7, field "id": is missing.',
      'Plan "broken-plan", task #7, field "owner": must be one of new-hire, manager, buddy (got "boss").',
      'Plan "broken-plan", task #7, field "phase": must be one of pre-start, days-1-30, days-31-60, days-61-90 (got "someday").',
      'Plan "broken-plan", task #7, field "dueOffsetDays": must be a whole number of days (got 1.5).',
      'Plan "broken-plan", task #7, field "ownr": is not a known field.',
      'Plan "broken-plan", field "metrics[0].href": must link to an entry of the metrics glossary ("/reference/metrics-glossary/#…").',
      'Plan "broken-plan", task "welcome", field "id": is also used by task #1; task ids must be unique.',
      'Plan "broken-plan", task "too-late", field "dueOffsetDays": 30 is outside the "days-1-30" window (Days 1–30: offsets 0 to 29).',
      'Plan "broken-plan", task "bad-links", field "links[0].href": "/playbooks/nowhere/" is not a page or anchor of the handbook.',
      'Plan "broken-plan", task "bad-links", field "links[1].href": "/guides/stage-4-scale-readiness/#no-such-heading" is not a page or anchor of the handbook.',
      'Plan "broken-plan", task "wrong-track", field "track": "gamma" is not a track of this plan; use one of alpha.',
      'Plan "broken-plan", field "tasks": has no task in the "days-61-90" phase (Days 61–90).',
      'Plan "broken-plan", field "tracks": track "alpha" has no task.',
    ]);
  });

  it('gives structured issues as well as text', () => {
    const result = validatePlan(badPlan, HANDBOOK_PATHS);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ planId: 'broken-plan', taskId: 'too-late', field: 'dueOffsetDays' }),
    );
    expect(formatPlanIssues(result.issues).split('\n')).toHaveLength(result.issues.length);
  });

  it.each(PHASES)('accepts both ends of the %s window and rejects one day beyond each', (phase) => {
    const { firstOffsetDays, lastOffsetDays } = PHASE_WINDOWS[phase];
    const withOffset = (offset: number) => {
      const plan = clone(samplePlanInput);
      const task = plan.tasks.find((t) => t.phase === phase);
      if (!task) throw new Error(`sample plan has no ${phase} task`);
      task.dueOffsetDays = offset;
      return validatePlan(plan, known);
    };
    expect(withOffset(firstOffsetDays).ok).toBe(true);
    expect(withOffset(lastOffsetDays).ok).toBe(true);
    expect(withOffset(firstOffsetDays - 1).ok).toBe(false);
    expect(withOffset(lastOffsetDays + 1).ok).toBe(false);
  });

  it('rejects input that is not an object, and a plan without an id', () => {
    expect(validatePlan(null, known).issues[0]?.message).toBe('Plan "(unknown)": is not an object.');
    const { id: _id, ...noId } = samplePlanInput;
    expect(validatePlan(noId, known).issues.map((i) => i.message)).toEqual(['Plan "(no id)", field "id": is missing.']);
  });

  it('rejects ids that would not survive a URL', () => {
    const plan = clone(samplePlanInput);
    plan.id = 'Sales Team';
    const [first] = plan.tasks;
    if (first) first.id = 'Prep_1';
    expect(validatePlan(plan, known).issues.map((i) => i.message)).toEqual([
      'Plan "Sales Team", field "id": must be lowercase words joined by hyphens, e.g. "first-week" (got "Sales Team").',
      'Plan "Sales Team", task "Prep_1", field "id": must be lowercase words joined by hyphens, e.g. "first-week" (got "Prep_1").',
    ]);
  });

  it('rejects an empty plan and a plan with repeated tracks and metrics', () => {
    const plan = clone(samplePlanInput);
    plan.tasks = [];
    plan.tracks = [...(plan.tracks ?? []), { id: 'alpha', label: 'Again', description: 'Repeated.' }];
    plan.metrics = [...plan.metrics, ...plan.metrics];
    const messages = validatePlan(plan, known).issues.map((i) => i.message);
    expect(messages).toContain('Plan "sample", field "tasks": needs at least one task.');
    expect(messages).toContain('Plan "sample", field "tracks[2].id": repeats the track id "alpha".');
    expect(messages).toContain('Plan "sample", field "metrics[1].name": repeats the metric "Win rate".');
  });
});

describe('linkResolves', () => {
  it.each([
    ['/playbooks/scaling-strategy/', true],
    ['/playbooks/scaling-strategy/risks/', true],
    ['/guides/stage-4-scale-readiness/#phase-3-infrastructure--playbooks', true],
    ['/guides/stage-4-scale-readiness/#made-up', false],
    ['/playbooks/scaling-strategy/risks', false], // the handbook's paths end in a slash
    ['/playbooks/scaling-strategy/risks/#anything', false], // playbook anchors are not known yet
    ['/reference/metrics-glossary/', true],
    ['/reference/metrics-glossary/#mttr', true], // glossary anchors are accepted by prefix
    ['/reference/metrics-glossary/#Not A Slug', false],
    ['/reference/metrics-glossary/#', false],
    ['/tools/stage-planner/', false],
    ['https://example.com/', false],
  ])('%s → %s', (href, expected) => {
    expect(linkResolves(href, HANDBOOK_PATHS)).toBe(expected);
  });

  it('builds glossary and plan links', () => {
    expect(glossaryHref('ltv-cac')).toBe('/reference/metrics-glossary/#ltv-cac');
    expect(onboardingPlanPath('sales')).toBe('/onboarding/sales/');
  });
});

describe('phaseForOffset', () => {
  it.each([
    [-15, null],
    [-14, 'pre-start'],
    [-1, 'pre-start'],
    [0, 'days-1-30'],
    [29, 'days-1-30'],
    [30, 'days-31-60'],
    [59, 'days-31-60'],
    [60, 'days-61-90'],
    [89, 'days-61-90'],
    [90, null],
    [1.5, null],
  ])('%s → %s', (offset, phase) => {
    expect(phaseForOffset(offset)).toBe(phase);
  });
});
