/** The scale plan as a Markdown document (the same content as the printed page). */
import type { ScalePlan } from '../../lib/scale-plan';
import { CHECK_STATUS_WORDS, EXIT_STATUS_WORDS, checkSentence, exitReasonText, figureText } from './words';

/** Markdown of the whole plan; `origin` makes the tool links absolute. */
export function scalePlanMarkdown(plan: ScalePlan, opts: { origin: string; date: string }): string {
  const title = (id: string) => plan.checks.find((c) => c.id === id)?.title ?? id;
  const out: string[] = [`# Scale plan`, '', `Exported ${opts.date}.`, ''];
  for (const s of plan.sections) {
    out.push(`## ${s.title}`, '');
    if (!s.summary) {
      out.push(`Nothing saved yet. Fill in the [${s.toolName}](${opts.origin}${s.toolPath}).`, '');
      continue;
    }
    for (const f of s.summary.figures) out.push(`- ${f.label}: ${figureText(f)}`);
    for (const l of s.summary.lists ?? []) {
      out.push('', `${l.label}:`, '');
      for (const item of l.items) out.push(`1. ${item}`);
    }
    out.push('', `Source: [${s.toolName}](${opts.origin}${s.toolPath})`, '');
  }
  out.push('## Cross-checks', '');
  for (const c of plan.checks) {
    out.push(`### ${c.title}`, '', `**${CHECK_STATUS_WORDS[c.outcome.status]}.** ${checkSentence(c.id, c.outcome)}`, '');
    out.push(`Change it: ${c.fixes.map((f) => `[${f.label}](${opts.origin}${f.path})`).join(', ')}`, '');
  }
  out.push('## Stage 4 exit criteria', '', '| Criterion | Status | Why |', '| --- | --- | --- |');
  for (const r of plan.exitCriteria) out.push(`| ${r.label} | ${EXIT_STATUS_WORDS[r.status]} | ${r.reasons.map((x) => exitReasonText(x, title)).join(' ')} |`);
  return out.join('\n') + '\n';
}
