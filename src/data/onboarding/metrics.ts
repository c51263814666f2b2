/**
 * The metrics onboarding plans name, spelled exactly as the Scaling Strategy playbook spells them
 * ("Key Metrics by Function", the north-star metric, and the unit economics for operations, for
 * which the playbook lists no KPIs). Each links to its metrics glossary entry by slug.
 */
import { glossaryHref, type MetricRef, type MetricSource } from '../../lib/onboarding';

interface CatalogueEntry {
  name: string;
  source: MetricSource;
  target?: string;
}

/** Glossary anchor → metric. Keys are the metrics glossary's entry ids, so the names here can stay the playbook's own. */
export const PLAYBOOK_METRICS = {
  'north-star-metric': { name: 'Active capsule interactions per month', source: 'north-star' },
  'feature-adoption-rate': { name: 'Feature adoption rate', source: 'product' },
  'user-engagement-score': { name: 'User engagement score', source: 'product' },
  'time-to-value': { name: 'Time to value', source: 'product' },
  csat: { name: 'Product satisfaction (CSAT)', source: 'product' },
  'deployment-frequency': { name: 'Deployment frequency', source: 'engineering' },
  'lead-time-for-changes': { name: 'Lead time for changes', source: 'engineering' },
  mttr: { name: 'Mean time to recovery (MTTR)', source: 'engineering' },
  'change-failure-rate': { name: 'Change failure rate', source: 'engineering' },
  'pipeline-coverage': { name: 'Pipeline coverage', source: 'sales', target: '3x' },
  'win-rate': { name: 'Win rate', source: 'sales' },
  'average-deal-size': { name: 'Average deal size', source: 'sales' },
  'sales-cycle-length': { name: 'Sales cycle length', source: 'sales' },
  'mql-to-sql-conversion': { name: 'MQL to SQL conversion', source: 'marketing' },
  'cost-per-lead': { name: 'Cost per lead', source: 'marketing' },
  'marketing-sourced-revenue': { name: 'Marketing-sourced revenue', source: 'marketing' },
  'brand-awareness': { name: 'Brand awareness', source: 'marketing' },
  nrr: { name: 'Net retention rate', source: 'customer-success' },
  'customer-health-score': { name: 'Customer health score', source: 'customer-success' },
  nps: { name: 'NPS', source: 'customer-success' },
  cac: { name: 'CAC', source: 'unit-economics' },
  ltv: { name: 'LTV', source: 'unit-economics' },
  'ltv-cac': { name: 'LTV:CAC', source: 'unit-economics' },
  'cac-payback': { name: 'Payback', source: 'unit-economics' },
} as const satisfies Record<string, CatalogueEntry>;

/** A metric's glossary slug. */
export type MetricSlug = keyof typeof PLAYBOOK_METRICS;

/**
 * A plan's reference to a metric. `source` defaults to the function the playbook lists it under;
 * pass another when a role owns a metric listed elsewhere (Time to value is listed under both
 * Product and Customer Success).
 */
export function metric(slug: MetricSlug, source?: MetricSource): MetricRef {
  const entry: CatalogueEntry = PLAYBOOK_METRICS[slug];
  return {
    name: entry.name,
    href: glossaryHref(slug),
    source: source ?? entry.source,
    ...(entry.target ? { target: entry.target } : {}),
  };
}
