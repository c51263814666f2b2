/** A benchmark band with the source that states it. */
export interface Band {
  id: string;
  label: string;
  tone: 'bad' | 'warn' | 'ok';
  advice: string;
}

/** Where each benchmark comes from, named on the page. */
export const bandSources = {
  ltvToCac: {
    name: 'David Skok, “SaaS Metrics 2.0 – A Guide to Measuring and Improving What Matters”, For Entrepreneurs',
    rule: 'LTV should be more than 3× CAC.',
  },
  payback: {
    name: 'David Skok, “SaaS Metrics 2.0”, For Entrepreneurs',
    rule: 'Recover CAC in less than 12 months.',
  },
} as const;

/** Band for an LTV:CAC ratio (the common bar is 3:1). */
export function ltvToCacBand(ratio: number | null): Band | null {
  if (ratio === null) return null;
  if (ratio < 1) return { id: 'losing', label: 'Below 1:1', tone: 'bad', advice: 'Each customer costs more to win than they return. Fix retention or acquisition cost before spending more on growth.' };
  if (ratio < 3) return { id: 'below-bar', label: '1:1 to 3:1', tone: 'warn', advice: 'Customers pay back, but below the common 3:1 bar. Improve margin, retention or CAC before scaling spend.' };
  if (ratio <= 5) return { id: 'healthy', label: '3:1 to 5:1', tone: 'ok', advice: 'Meets the common bar. Scale acquisition while watching that CAC holds as channels saturate.' };
  return { id: 'under-investing', label: 'Above 5:1', tone: 'ok', advice: 'Very efficient. You may be under-investing in growth: test spending more on the best channels.' };
}

/** Band for CAC payback months (the common bar is under 12). */
export function paybackBand(months: number | null): Band | null {
  if (months === null) return null;
  if (months < 12) return { id: 'fast', label: 'Under 12 months', tone: 'ok', advice: 'CAC comes back within a year: growth funds itself quickly.' };
  if (months <= 18) return { id: 'slow', label: '12 to 18 months', tone: 'warn', advice: 'Slower than the common bar; growth needs more working capital.' };
  return { id: 'too-slow', label: 'Over 18 months', tone: 'bad', advice: 'CAC takes more than 18 months to recover; each new customer deepens the cash hole for a long time.' };
}
