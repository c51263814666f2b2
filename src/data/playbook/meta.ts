/** The Scaling Strategy playbook's document details, as its cover gives them. */
export const playbookMeta = {
  title: 'Scaling Strategy',
  company: 'Encaptio/Encapsify',
  version: '1.0',
  status: 'Draft',
  lastUpdated: 'January 2025',
  /** The growth the playbook plans for: "from 10 to 250,000+ users". */
  usersFrom: 10,
  usersTo: 250_000,
} as const;

/** The playbook's pages in reading order (used for the overview's page list). */
export const playbookPages = [
  { href: '/playbooks/scaling-strategy/organization/', title: 'Organization', description: 'Three org charts, hiring principles and timeline, leadership development.' },
  { href: '/playbooks/scaling-strategy/processes/', title: 'Processes', description: 'The maturity model and four process areas, stage by stage.' },
  { href: '/playbooks/scaling-strategy/technical-scaling/', title: 'Technical scaling', description: 'Infrastructure, capacity and cost by stage; performance; security and compliance.' },
  { href: '/playbooks/scaling-strategy/financial-scaling/', title: 'Financial scaling', description: 'Unit economics and budgets by stage.' },
  { href: '/playbooks/scaling-strategy/operating-rhythm/', title: 'Operating rhythm', description: 'North-star metric, KPIs by function, meeting cadence, values.' },
  { href: '/playbooks/scaling-strategy/risks/', title: 'Risks and mitigations', description: 'Organizational, operational and financial risks and how to counter them.' },
  { href: '/playbooks/scaling-strategy/stage-transitions/', title: 'Stage transitions', description: 'Checklists for moving between stages, and the key success factors.' },
] as const;
