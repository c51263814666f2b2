/** North-star metric, KPIs by function, communication cadence and culture. */

/** A function and the metrics it tracks; `glossaryId` links each metric to the metrics glossary. */
export interface FunctionKpis {
  function: string;
  metrics: readonly { name: string; glossaryId: string; note?: string }[];
}

/** The north-star metric. */
export const northStarMetric = { name: 'Active capsule interactions per month', glossaryId: 'north-star-metric' } as const;

/** Key metrics by function, as listed (time to value appears under both Product and Customer Success). */
export const kpisByFunction: readonly FunctionKpis[] = [
  {
    function: 'Product',
    metrics: [
      { name: 'Feature adoption rate', glossaryId: 'feature-adoption-rate' },
      { name: 'User engagement score', glossaryId: 'user-engagement-score' },
      { name: 'Time to value', glossaryId: 'time-to-value' },
      { name: 'Product satisfaction (CSAT)', glossaryId: 'csat' },
    ],
  },
  {
    function: 'Engineering',
    metrics: [
      { name: 'Deployment frequency', glossaryId: 'deployment-frequency' },
      { name: 'Lead time for changes', glossaryId: 'lead-time-for-changes' },
      { name: 'Mean time to recovery (MTTR)', glossaryId: 'mttr' },
      { name: 'Change failure rate', glossaryId: 'change-failure-rate' },
    ],
  },
  {
    function: 'Sales',
    metrics: [
      { name: 'Pipeline coverage', glossaryId: 'pipeline-coverage', note: '3x target' },
      { name: 'Win rate', glossaryId: 'win-rate' },
      { name: 'Average deal size', glossaryId: 'average-deal-size' },
      { name: 'Sales cycle length', glossaryId: 'sales-cycle-length' },
    ],
  },
  {
    function: 'Marketing',
    metrics: [
      { name: 'MQL to SQL conversion', glossaryId: 'mql-to-sql-conversion' },
      { name: 'Cost per lead', glossaryId: 'cost-per-lead' },
      { name: 'Marketing-sourced revenue', glossaryId: 'marketing-sourced-revenue' },
      { name: 'Brand awareness', glossaryId: 'brand-awareness' },
    ],
  },
  {
    function: 'Customer Success',
    metrics: [
      { name: 'Net retention rate', glossaryId: 'nrr' },
      { name: 'Customer health score', glossaryId: 'customer-health-score' },
      { name: 'NPS', glossaryId: 'nps' },
      { name: 'Time to value', glossaryId: 'time-to-value' },
    ],
  },
];

/** Meetings and updates at each cadence. */
export const communicationCadence = [
  { cadence: 'Daily', rituals: ['Team standups (15 min)', 'Slack/async updates'] },
  { cadence: 'Weekly', rituals: ['Department meetings', 'All-hands meeting (30 min)', 'Metrics review'] },
  { cadence: 'Monthly', rituals: ['Executive team meeting', 'Board update preparation', 'OKR progress review'] },
  { cadence: 'Quarterly', rituals: ['Board meetings', 'OKR planning', 'Strategic planning', 'All-hands deep dive'] },
] as const;

/** Core values 1–6. */
export const coreValues = [
  { name: 'Customer Obsession', text: 'Put customers first in every decision.' },
  { name: 'Innovation', text: 'Embrace creativity and calculated risk-taking.' },
  { name: 'Excellence', text: 'Strive for high quality in everything we do.' },
  { name: 'Collaboration', text: 'Work together across functions and teams.' },
  { name: 'Integrity', text: 'Act with honesty, transparency, and ethics.' },
  { name: 'Growth Mindset', text: 'Learn, adapt, and continuously improve.' },
] as const;

/** Cultural practices, as listed. */
export const culturalPractices = [
  'Regular team building and social events',
  'Recognition and celebration of wins',
  'Transparent communication and information sharing',
  'Continuous learning and development',
  'Work-life balance and flexibility',
  'Diversity, equity, and inclusion initiatives',
] as const;
