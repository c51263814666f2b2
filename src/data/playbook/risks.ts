/** Common scaling risks and the mitigation strategies, by area. The playbook gives two lists per area, not pairs. */

/** One area's risks and its mitigations. */
export interface RiskArea {
  id: string;
  name: string;
  risks: readonly string[];
  mitigations: readonly string[];
}

/** Organizational, operational and financial. */
export const riskAreas: readonly RiskArea[] = [
  {
    id: 'organizational',
    name: 'Organizational',
    risks: ['Loss of culture and values', 'Communication breakdowns', 'Misalignment across teams', 'Leadership gaps', 'Talent retention challenges'],
    mitigations: [
      'Strong onboarding and culture reinforcement',
      'Regular all-hands and communication',
      'Clear OKRs and alignment',
      'Leadership development programs',
      'Competitive compensation and benefits',
    ],
  },
  {
    id: 'operational',
    name: 'Operational',
    risks: ['Process bottlenecks', 'Quality degradation', 'Customer experience issues', 'Technical debt accumulation', 'Compliance and security gaps'],
    mitigations: [
      'Process documentation and automation',
      'Quality assurance and testing',
      'Customer feedback loops',
      'Technical debt management',
      'Regular audits and reviews',
    ],
  },
  {
    id: 'financial',
    name: 'Financial',
    risks: ['Burn rate acceleration', 'Unit economics deterioration', 'Cash flow challenges', 'Inefficient spending', 'Funding shortfalls'],
    mitigations: ['Monthly financial reviews', 'Budget vs. actuals tracking', 'Unit economics monitoring', 'Scenario planning', 'Early fundraising preparation'],
  },
];
