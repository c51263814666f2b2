/** The process maturity model and the four key process areas, stage by stage. */

/** A named column of points, e.g. one stage of one process area. */
export interface StageColumn {
  stage: 1 | 2 | 3;
  name: string;
  items: readonly string[];
}

/** Levels 1–3 of the maturity model, each tied to a stage. */
export const maturityLevels: readonly StageColumn[] = [
  {
    stage: 1,
    name: 'Level 1: Ad Hoc',
    items: ['Processes are informal and undocumented', 'Success depends on individual heroics', 'Inconsistent outcomes', 'High flexibility, low predictability'],
  },
  {
    stage: 2,
    name: 'Level 2: Repeatable',
    items: ['Key processes documented', 'Basic project management', 'Some consistency in execution', 'Moderate predictability'],
  },
  {
    stage: 3,
    name: 'Level 3: Defined',
    items: ['All processes documented and standardized', 'Metrics and KPIs established', 'Continuous improvement culture', 'High predictability and quality'],
  },
];

/** A process area and how it looks at each stage. */
export interface ProcessArea {
  id: string;
  name: string;
  stages: readonly StageColumn[];
}

/** Product development, sales, customer success and marketing operations. */
export const processAreas: readonly ProcessArea[] = [
  {
    id: 'product-development',
    name: 'Product Development',
    stages: [
      { stage: 1, name: 'Agile Basics', items: ['2-week sprints', 'Daily standups', 'Sprint planning and retrospectives', 'Basic backlog management', 'Informal prioritization'] },
      { stage: 2, name: 'Structured Agile', items: ['Product roadmap (quarterly)', 'OKRs and goal setting', 'User story mapping', 'Formal prioritization framework', 'Release management process'] },
      { stage: 3, name: 'Scaled Agile', items: ['Multi-team coordination', 'Portfolio management', 'Advanced metrics and analytics', 'Continuous delivery pipeline', 'Innovation time allocation'] },
    ],
  },
  {
    id: 'sales-process',
    name: 'Sales Process',
    stages: [
      { stage: 1, name: 'Founder-Led', items: ['CEO/founder does all sales', 'Informal qualification', 'Custom demos and proposals', 'Relationship-based closing', 'Manual tracking'] },
      { stage: 2, name: 'Sales Team', items: ['Defined sales process (7 stages)', 'Lead qualification (BANT)', 'Standardized demos', 'Proposal templates', 'CRM implementation (HubSpot/Salesforce)'] },
      { stage: 3, name: 'Sales Machine', items: ['Specialized roles (SDR, AE, AM)', 'Sales playbooks by vertical', 'Sales enablement program', 'Forecasting and pipeline management', 'Sales operations and analytics'] },
    ],
  },
  {
    id: 'customer-success',
    name: 'Customer Success',
    stages: [
      { stage: 1, name: 'Reactive Support', items: ['Email and chat support', 'Reactive issue resolution', 'Basic help documentation', 'Founder involvement in escalations'] },
      { stage: 2, name: 'Proactive Success', items: ['Onboarding program', 'Health score monitoring', 'Quarterly business reviews (QBRs)', 'Expansion and upsell process', 'Customer success platform'] },
      { stage: 3, name: 'Strategic Partnership', items: ['Segmented success approach', 'Dedicated account managers (Enterprise)', 'Success playbooks by segment', 'Customer advisory board', 'Predictive churn modeling'] },
    ],
  },
  {
    id: 'marketing-operations',
    name: 'Marketing Operations',
    stages: [
      { stage: 1, name: 'Scrappy Marketing', items: ['Founder-led content', 'Basic website and SEO', 'Small paid advertising budget', 'Manual email campaigns', 'Social media presence'] },
      { stage: 2, name: 'Marketing Engine', items: ['Content calendar and strategy', 'Marketing automation (HubSpot/Marketo)', 'Multi-channel campaigns', 'Lead scoring and nurturing', 'Analytics and attribution'] },
      { stage: 3, name: 'Growth Machine', items: ['Demand generation programs', 'Account-based marketing (ABM)', 'Marketing ops and analytics', 'Attribution modeling', 'Experimentation framework'] },
    ],
  },
];
