/** The stage-transition checklists and the conclusion's key success factors. */

/** Stage 1 → Stage 2 transition, as listed. */
export const stage1To2Checklist = [
  'Product-market fit validated',
  'Core processes documented',
  'Key hires identified and recruited',
  'Infrastructure scaled for 75K users',
  'Series A funding secured',
  'OKR framework implemented',
  'CRM and marketing automation deployed',
  'Customer success program launched',
] as const;

/** Stage 2 → Stage 3 transition, as listed. */
export const stage2To3Checklist = [
  '$4.5M ARR achieved',
  'Enterprise features developed',
  'Executive team in place',
  'Infrastructure scaled for 250K users',
  'SOC 2 certified',
  'International expansion begun',
  'Profitability path clear',
  'Advanced analytics and reporting',
] as const;

/** The five key success factors from the conclusion. */
export const keySuccessFactors = [
  { name: 'Sustainable Growth', text: 'Balance growth with unit economics.' },
  { name: 'Process Before People', text: 'Build scalable systems before scaling headcount.' },
  { name: 'Customer Focus', text: 'Maintain quality and satisfaction during growth.' },
  { name: 'Data-Driven', text: 'Make decisions based on metrics and evidence.' },
  { name: 'Adaptive Leadership', text: 'Remain flexible and learn continuously.' },
] as const;
