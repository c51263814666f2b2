/**
 * A manager's overview of several hires from their read-only progress links: progress per hire and
 * phase with overdue counts. Links are read one a line; the same link twice counts once.
 */
import { progress, type PhaseProgress, type ProgressCounts } from './progress';
import { onboardingMessages } from './messages';
import { decodeProgress, sharedAsSubject, type PlanLookup, type SharedProgress } from './share';

/** The hash parameter that carries a progress payload. */
const PARAM = 'progress=';

/** One hire in the overview. */
export interface OverviewHire {
  /** The payload, which identifies the link (the same payload twice is the same hire). */
  payload: string;
  shared: SharedProgress;
  planTitle: string;
  trackLabel: string | null;
  overall: ProgressCounts;
  phases: PhaseProgress[];
  complete: boolean;
}

/** A line that could not be read, with its number (1-based) so the person can find it. */
export interface OverviewProblem {
  line: number;
  message: string;
}

/** The whole overview: hires in the order pasted, lines refused, totals across hires. */
export interface ProgressOverview {
  hires: OverviewHire[];
  problems: OverviewProblem[];
  duplicates: number;
  totals: { done: number; total: number; overdue: number };
}

/**
 * The payload in one pasted line: the `progress=` part of a link's hash, or the line itself when it is a
 * bare payload. Percent-escapes some mail clients add are undone. Null for a blank line.
 */
export function payloadFromLine(line: string): string | null {
  const text = line.trim();
  if (text === '') return null;
  const hashAt = text.indexOf('#');
  const hash = hashAt >= 0 ? text.slice(hashAt + 1) : text;
  const part = hash.split('&').find((p) => p.startsWith(PARAM));
  const raw = part ? part.slice(PARAM.length) : hashAt >= 0 || /^https?:/i.test(text) ? '' : text;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Read pasted links (one a line) into an overview as of `today` (`YYYY-MM-DD`). */
export function buildOverview(text: string, findPlan: PlanLookup, today: string): ProgressOverview {
  const hires: OverviewHire[] = [];
  const problems: OverviewProblem[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  text.split(/\r?\n/).forEach((line, i) => {
    const payload = payloadFromLine(line);
    if (payload === null) return;
    const decoded = decodeProgress(payload, findPlan);
    if (!decoded.ok) {
      problems.push({ line: i + 1, message: decoded.reason === 'unknown-role' ? decoded.message : onboardingMessages.progressLinkInvalid });
      return;
    }
    if (seen.has(payload)) {
      duplicates += 1;
      return;
    }
    const plan = findPlan(decoded.value.roleId);
    const result = plan ? progress(plan, sharedAsSubject(decoded.value), today) : null;
    if (!plan || !result) {
      problems.push({ line: i + 1, message: onboardingMessages.progressLinkDates });
      return;
    }
    seen.add(payload);
    hires.push({
      payload,
      shared: decoded.value,
      planTitle: plan.title,
      trackLabel: plan.tracks.find((t) => t.id === decoded.value.track)?.label ?? null,
      overall: result.overall,
      phases: result.phases,
      complete: result.complete,
    });
  });
  const totals = hires.reduce(
    (acc, h) => ({ done: acc.done + h.overall.done, total: acc.total + h.overall.total, overdue: acc.overdue + h.overall.overdue }),
    { done: 0, total: 0, overdue: 0 },
  );
  return { hires, problems, duplicates, totals };
}
