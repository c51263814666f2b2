import { automationMessages, paybackText, roiText, type AutomationProcessResult } from '../../lib/automation-roi/index';
import { formatNumber, formatUsd } from '../../lib/format';

/** One process's figures in a sentence, or what it still needs. */
export function ProcessResult({ r, savedMissing, costMissing }: { r: AutomationProcessResult; savedMissing: boolean; costMissing: boolean }) {
  if (r.status === 'empty') return <p className="kit-hint ar-row-result">Fill in hours saved and monthly cost to count this process.</p>;
  if (r.status === 'invalid') return <p className="kit-hint ar-row-result">Not counted until the message above is fixed.</p>;
  if (r.status === 'incomplete' || r.figures === null) {
    const needs = [savedMissing ? automationMessages.savedMissing : null, costMissing ? automationMessages.costMissing : null].filter(Boolean).join(' ');
    return <p className="kit-hint ar-row-result">Not counted yet. {needs}</p>;
  }
  const f = r.figures;
  const roi = roiText(f);
  const payback = paybackText(f.payback, f);
  return (
    <p className="ar-row-result" data-never={payback.never ? '' : undefined}>
      <span>
        Saves <strong>{formatUsd(f.monthlySavingsUsd)}</strong> a month
        {r.savedSharePct !== null && ` (${formatNumber(r.savedSharePct, 0)}% of the current effort)`}
      </span>
      <span>
        Net <strong>{formatUsd(f.netMonthlyBenefitUsd)}</strong>/month
      </span>
      <span>
        ROI <strong>{roi.value}</strong>
      </span>
      <span>
        Payback <strong>{payback.value}</strong>
      </span>
      {payback.never && <span className="ar-never">{payback.detail}</span>}
    </p>
  );
}
