/** Handbook pages the workshop points people to (only the site's planned URLs). */

/** A link to a handbook page, with the text to show. */
export interface HandbookLink {
  href: string;
  label: string;
}

/** Every handbook page the workshop logic links to, in one place. */
export const LINKS = {
  scalingStrategy: { href: '/playbooks/scaling-strategy/', label: 'Scaling Strategy playbook' },
  organization: { href: '/playbooks/scaling-strategy/organization/', label: 'Organization' },
  processes: { href: '/playbooks/scaling-strategy/processes/', label: 'Processes' },
  technicalScaling: { href: '/playbooks/scaling-strategy/technical-scaling/', label: 'Technical scaling' },
  financialScaling: { href: '/playbooks/scaling-strategy/financial-scaling/', label: 'Financial scaling' },
  operatingRhythm: { href: '/playbooks/scaling-strategy/operating-rhythm/', label: 'Operating rhythm' },
  risks: { href: '/playbooks/scaling-strategy/risks/', label: 'Risks and mitigations' },
  stageTransitions: { href: '/playbooks/scaling-strategy/stage-transitions/', label: 'Stage transitions' },
  stage4Strategic: {
    href: '/guides/stage-4-scale-readiness/#phase-1-strategic-decisions',
    label: 'Stage 4: strategic decisions',
  },
  stage4Icp: { href: '/guides/stage-4-scale-readiness/#icp-strategy', label: 'Stage 4: ICP strategy' },
  stage4Channels: { href: '/guides/stage-4-scale-readiness/#channel-strategy', label: 'Stage 4: channel strategy' },
  stage4OrgDesign: {
    href: '/guides/stage-4-scale-readiness/#phase-2-organizational-design',
    label: 'Stage 4: organizational design',
  },
  stage4Modeling: { href: '/guides/stage-4-scale-readiness/#phase-4-scale-modeling', label: 'Stage 4: scale modeling' },
  stage4ExitCriteria: {
    href: '/guides/stage-4-scale-readiness/#stage-4-exit-criteria',
    label: 'Stage 4: exit criteria',
  },
  unitEconomicsTool: { href: '/tools/unit-economics/', label: 'Unit economics calculator' },
  scaleModelTool: { href: '/tools/scale-model/', label: 'Scale model' },
  automationRoiTool: { href: '/tools/automation-roi/', label: 'Automation ROI calculator' },
  workshopPreExercise: { href: '/workshops/day-29/pre-exercise-assessment/', label: 'Day 29: pre-exercise assessment' },
  workshop29a: { href: '/workshops/day-29/infrastructure-and-technology/', label: 'Day 29: infrastructure and technology' },
  workshop29b: { href: '/workshops/day-29/team-and-organization/', label: 'Day 29: team and organization' },
  workshop29c: { href: '/workshops/day-29/operational-systems/', label: 'Day 29: operational systems' },
  workshopAssessment: { href: '/workshops/day-29/assessment-and-roadmap/', label: 'Day 29: assessment and roadmap' },
} as const satisfies Record<string, HandbookLink>;
