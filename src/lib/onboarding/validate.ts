/**
 * Plan validation with messages a writer can act on: each names the plan, the task and the field.
 * Structural checks come from the zod schema; the rules that span fields are checked here on the
 * raw input, so one run reports every problem in a file rather than stopping at the first.
 */
import { describeIssue } from '../issues';
import { GLOSSARY_ANCHOR_PREFIX, linkResolves } from './known-paths';
import { PHASES, PHASE_LABELS, PHASE_WINDOWS, planSchema, type Phase, type Plan } from './schema';

/** One problem in a plan file. `taskId` is null for plan-level fields. */
export interface PlanIssue {
  planId: string;
  taskId: string | null;
  field: string;
  message: string;
}

/** The outcome of validating a plan. */
export type PlanValidation = { ok: true; plan: Plan; issues: [] } | { ok: false; issues: PlanIssue[] };

type Raw = Record<string, unknown>;

const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Field path as a writer reads it: `links[1].href`, `goals.days-1-30`. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc === '' ? String(key) : `${acc}.${String(key)}`;
  }, '');
}

/** Where an issue sits: the task it belongs to (by id when it has one) and the field inside it. */
function locate(raw: Raw, path: readonly PropertyKey[]): { taskId: string | null; field: string } {
  if (path[0] === 'tasks' && typeof path[1] === 'number') {
    const task = asArray(raw.tasks)[path[1]];
    const id = isRecord(task) && typeof task.id === 'string' && task.id !== '' ? task.id : `#${path[1] + 1}`;
    return { taskId: id, field: fieldName(path.slice(2)) };
  }
  return { taskId: null, field: fieldName(path) };
}

/** The text of an issue, naming plan, task and field, e.g. `Plan "sales", task "bant", field "owner": is missing.` */
export function issueText(planId: string, taskId: string | null, field: string, message: string): string {
  const where = [`Plan "${planId}"`];
  if (taskId !== null) where.push(taskId.startsWith('#') ? `task ${taskId}` : `task "${taskId}"`);
  if (field !== '') where.push(`field "${field}"`);
  return `${where.join(', ')}: ${message}.`;
}

function schemaIssues(raw: Raw, planId: string): PlanIssue[] {
  const parsed = planSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) return [];
  const out: PlanIssue[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // One issue per unknown key, with the key as the field: that is the typo to fix.
      for (const key of issue.keys) {
        const { taskId, field } = locate(raw, [...issue.path, key]);
        out.push({ planId, taskId, field, message: issueText(planId, taskId, field, 'is not a known field') });
      }
      continue;
    }
    const { taskId, field } = locate(raw, issue.path);
    out.push({ planId, taskId, field, message: issueText(planId, taskId, field, describeIssue(issue, 'author')) });
  }
  return out;
}

/** Rules that span fields, checked on the raw input so they run even when the schema also failed. */
function crossFieldIssues(raw: Raw, planId: string, knownPaths: readonly string[]): PlanIssue[] {
  const out: PlanIssue[] = [];
  const add = (taskId: string | null, field: string, message: string) =>
    out.push({ planId, taskId, field, message: issueText(planId, taskId, field, message) });

  const trackIds = asArray(raw.tracks).flatMap((t) => (isRecord(t) && typeof t.id === 'string' ? [t.id] : []));
  trackIds.forEach((id, i) => {
    if (trackIds.indexOf(id) !== i) add(null, `tracks[${i}].id`, `repeats the track id "${id}"`);
  });

  const metricNames = new Set<string>();
  asArray(raw.metrics).forEach((m, i) => {
    if (!isRecord(m)) return;
    if (typeof m.name === 'string') {
      if (metricNames.has(m.name)) add(null, `metrics[${i}].name`, `repeats the metric "${m.name}"`);
      metricNames.add(m.name);
    }
    if (typeof m.href !== 'string') return;
    if (!m.href.startsWith(GLOSSARY_ANCHOR_PREFIX)) {
      add(null, `metrics[${i}].href`, `must link to an entry of the metrics glossary ("${GLOSSARY_ANCHOR_PREFIX}…")`);
    } else if (!linkResolves(m.href, knownPaths)) {
      add(null, `metrics[${i}].href`, `"${m.href}" is not a valid glossary anchor`);
    }
  });

  const tasks = asArray(raw.tasks);
  const seenIds = new Map<string, number>();
  const phasesUsed = new Set<Phase>();
  const tracksUsed = new Set<string>();
  tasks.forEach((task, index) => {
    if (!isRecord(task)) return;
    const hasId = typeof task.id === 'string' && task.id !== '';
    const taskId = hasId ? (task.id as string) : `#${index + 1}`;
    if (hasId) {
      const first = seenIds.get(taskId);
      if (first !== undefined) add(taskId, 'id', `is also used by task #${first + 1}; task ids must be unique`);
      else seenIds.set(taskId, index);
    }
    const phase = PHASES.find((p) => p === task.phase);
    if (phase) phasesUsed.add(phase);
    if (phase && typeof task.dueOffsetDays === 'number' && Number.isInteger(task.dueOffsetDays)) {
      const w = PHASE_WINDOWS[phase];
      if (task.dueOffsetDays < w.firstOffsetDays || task.dueOffsetDays > w.lastOffsetDays) {
        add(
          taskId,
          'dueOffsetDays',
          `${task.dueOffsetDays} is outside the "${phase}" window (${PHASE_LABELS[phase]}: offsets ${w.firstOffsetDays} to ${w.lastOffsetDays})`,
        );
      }
    }
    if (typeof task.track === 'string') {
      tracksUsed.add(task.track);
      if (!trackIds.includes(task.track)) {
        const known = trackIds.length > 0 ? `one of ${trackIds.join(', ')}` : 'declared in the plan\'s "tracks" (it has none)';
        add(taskId, 'track', `"${task.track}" is not a track of this plan; use ${known}`);
      }
    }
    asArray(task.links).forEach((link, i) => {
      if (isRecord(link) && typeof link.href === 'string' && link.href.startsWith('/') && !linkResolves(link.href, knownPaths)) {
        add(taskId, `links[${i}].href`, `"${link.href}" is not a page or anchor of the handbook`);
      }
    });
  });

  if (tasks.length > 0) {
    for (const phase of PHASES) {
      if (!phasesUsed.has(phase)) add(null, 'tasks', `has no task in the "${phase}" phase (${PHASE_LABELS[phase]})`);
    }
  }
  for (const id of trackIds) {
    if (!tracksUsed.has(id)) add(null, 'tracks', `track "${id}" has no task`);
  }
  return out;
}

/**
 * Check a plan: structure (every task has an owner, a phase, a whole-day offset…), unique task ids,
 * offsets inside their phase window, tracks that exist, and links that resolve against `knownPaths`
 * (see `linkResolves`). Returns the parsed plan, or every issue found.
 */
export function validatePlan(input: unknown, knownPaths: readonly string[]): PlanValidation {
  if (!isRecord(input)) {
    return { ok: false, issues: [{ planId: '(unknown)', taskId: null, field: '', message: issueText('(unknown)', null, '', 'is not an object') }] };
  }
  const planId = typeof input.id === 'string' && input.id !== '' ? input.id : '(no id)';
  const issues = [...schemaIssues(input, planId), ...crossFieldIssues(input, planId, knownPaths)];
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, plan: planSchema.parse(input), issues: [] };
}

/** All issues as one block of text, one per line (for build errors). */
export function formatPlanIssues(issues: readonly PlanIssue[]): string {
  return issues.map((i) => `  ${i.message}`).join('\n');
}
