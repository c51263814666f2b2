/**
 * The workshop's two assessments: categories and items with the seed's labels, in seed order,
 * and the handbook page that helps with each. Seed order is also the tie-break order for gaps
 * and strengths, so never reorder these lists.
 */
import type { AssessmentId } from '../worksheets/types';
import { LINKS, type HandbookLink } from '../links';

/** One scored line ("Feature completeness: ___/10"). */
export interface AssessmentItem {
  /** Stable id, unique within the assessment; saved answers use it. */
  id: string;
  /** The seed's label. */
  label: string;
  /** A page that addresses this item more directly than its category's page, when there is one. */
  link?: HandbookLink;
}

/** A category of four items ("Product Maturity"). */
export interface AssessmentCategory {
  id: string;
  /** The seed's heading without its colon. */
  label: string;
  /** The handbook section that addresses a gap in this category. */
  link: HandbookLink;
  items: AssessmentItem[];
}

/**
 * How the overall is computed. `sum-of-category-means`: each category's mean (out of 10), summed
 * (readiness, out of 50). `percent-of-points`: answered points over their maximum, as a percentage
 * (strategy, out of 100).
 */
export type OverallScoring = 'sum-of-category-means' | 'percent-of-points';

/** One assessment. */
export interface AssessmentDefinition {
  id: AssessmentId;
  /** The seed block's title line. */
  title: string;
  /** The seed's label of the overall line. */
  overallLabel: string;
  /** The maximum the seed prints after the overall blank (50 or 100). */
  overallMax: number;
  scoring: OverallScoring;
  /** Every item is scored in whole points from 0 to this. */
  itemMax: number;
  categories: AssessmentCategory[];
}

/** Items are scored 0–10 in whole points, as the seed's "___/10" suggests. */
export const ITEM_MAX_SCORE = 10;

const item = (id: string, label: string, link?: HandbookLink): AssessmentItem => (link ? { id, label, link } : { id, label });

/** The pre-exercise "BUSINESS SCALING ASSESSMENT": 5 categories × 4 items, overall out of 50. */
export const READINESS_ASSESSMENT: AssessmentDefinition = {
  id: 'readiness',
  title: 'BUSINESS SCALING ASSESSMENT',
  overallLabel: 'OVERALL SCALING READINESS',
  overallMax: 50,
  scoring: 'sum-of-category-means',
  itemMax: ITEM_MAX_SCORE,
  categories: [
    {
      id: 'product-maturity',
      label: 'Product Maturity',
      link: LINKS.technicalScaling,
      items: [
        item('feature-completeness', 'Feature completeness', LINKS.stage4Strategic),
        item('technical-stability', 'Technical stability'),
        item('user-experience-quality', 'User experience quality'),
        item('scalability-architecture', 'Scalability architecture', LINKS.workshop29a),
      ],
    },
    {
      id: 'market-position',
      label: 'Market Position',
      link: LINKS.stage4Strategic,
      items: [
        item('product-market-fit-strength', 'Product-market fit strength', LINKS.stage4Icp),
        item('competitive-differentiation', 'Competitive differentiation', LINKS.stage4Icp),
        item('brand-recognition', 'Brand recognition', LINKS.stage4Channels),
        item('customer-loyalty', 'Customer loyalty', LINKS.processes),
      ],
    },
    {
      id: 'operations-maturity',
      label: 'Operations Maturity',
      link: LINKS.processes,
      items: [
        item('process-documentation', 'Process documentation'),
        item('system-automation', 'System automation', LINKS.automationRoiTool),
        item('quality-control', 'Quality control'),
        item('performance-monitoring', 'Performance monitoring', LINKS.operatingRhythm),
      ],
    },
    {
      id: 'financial-health',
      label: 'Financial Health',
      link: LINKS.financialScaling,
      items: [
        item('unit-economics', 'Unit economics', LINKS.unitEconomicsTool),
        item('cash-flow-management', 'Cash flow management'),
        item('revenue-predictability', 'Revenue predictability', LINKS.stage4Modeling),
        item('funding-adequacy', 'Funding adequacy', LINKS.scaleModelTool),
      ],
    },
    {
      id: 'team-readiness',
      label: 'Team Readiness',
      link: LINKS.organization,
      items: [
        item('leadership-capability', 'Leadership capability'),
        item('team-productivity', 'Team productivity', LINKS.stage4OrgDesign),
        item('culture-strength', 'Culture strength', LINKS.operatingRhythm),
        item('scalability-mindset', 'Scalability mindset', LINKS.stageTransitions),
      ],
    },
  ],
};

/** The closing "SCALING STRATEGY ASSESSMENT": 4 categories × 4 items, overall out of 100. */
export const STRATEGY_ASSESSMENT: AssessmentDefinition = {
  id: 'strategy',
  title: 'SCALING STRATEGY ASSESSMENT',
  overallLabel: 'OVERALL SCALING SCORE',
  overallMax: 100,
  scoring: 'percent-of-points',
  itemMax: ITEM_MAX_SCORE,
  categories: [
    {
      id: 'technical-readiness',
      label: 'Technical Readiness',
      link: LINKS.technicalScaling,
      items: [
        item('infrastructure-scalability', 'Infrastructure scalability', LINKS.workshop29a),
        item('data-architecture', 'Data architecture', LINKS.workshop29a),
        item('security-compliance', 'Security compliance'),
        item('performance-monitoring', 'Performance monitoring'),
      ],
    },
    {
      id: 'organizational-readiness',
      label: 'Organizational Readiness',
      link: LINKS.organization,
      items: [
        item('team-structure-design', 'Team structure design', LINKS.stage4OrgDesign),
        item('leadership-capability', 'Leadership capability'),
        item('hiring-strategy', 'Hiring strategy', LINKS.scaleModelTool),
        item('culture-preservation', 'Culture preservation', LINKS.operatingRhythm),
      ],
    },
    {
      id: 'operational-readiness',
      label: 'Operational Readiness',
      link: LINKS.processes,
      items: [
        item('process-documentation', 'Process documentation'),
        item('automation-implementation', 'Automation implementation', LINKS.automationRoiTool),
        item('quality-systems', 'Quality systems'),
        item('efficiency-optimization', 'Efficiency optimization', LINKS.workshop29c),
      ],
    },
    {
      id: 'strategic-readiness',
      label: 'Strategic Readiness',
      link: LINKS.scalingStrategy,
      items: [
        item('growth-planning', 'Growth planning', LINKS.scaleModelTool),
        item('resource-allocation', 'Resource allocation', LINKS.financialScaling),
        item('risk-management', 'Risk management', LINKS.risks),
        item('execution-capability', 'Execution capability', LINKS.operatingRhythm),
      ],
    },
  ],
};

/** Both assessments by id. */
export const ASSESSMENTS: Record<AssessmentId, AssessmentDefinition> = {
  readiness: READINESS_ASSESSMENT,
  strategy: STRATEGY_ASSESSMENT,
};

/** Every item of an assessment with its category, in seed order. */
export function flattenItems(def: AssessmentDefinition): Array<{ item: AssessmentItem; category: AssessmentCategory; seedIndex: number }> {
  return def.categories.flatMap((category) => category.items.map((item) => ({ item, category }))).map((x, seedIndex) => ({ ...x, seedIndex }));
}

/** The total points an assessment can give (160 for strategy, 200 for readiness). */
export function maxPoints(def: AssessmentDefinition): number {
  return flattenItems(def).length * def.itemMax;
}
