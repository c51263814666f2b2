/** Exercise 29A: Infrastructure & Technology Scaling — four worksheets, as printed in the seed. */
import { LINKS } from '../../../lib/workshop/links';
import { group, num, section, text, textSection } from '../../../lib/workshop/worksheets/build';
import type { WorksheetDefinition } from '../../../lib/workshop/worksheets/types';

const path = LINKS.workshop29a.href;

/** Challenge 1: "Scalability Architecture Planning" (TECHNICAL SCALING STRATEGY). */
export const technicalScalingWorksheet: WorksheetDefinition = {
  id: 'technical-scaling',
  title: 'TECHNICAL SCALING STRATEGY',
  heading: 'Scalability Architecture Planning',
  exercise: '29a',
  segmentId: '29a-1',
  path,
  sections: [
    section('current-capacity', 'Current System Capacity', [
      num('concurrent-users', 'Concurrent users supported', 'count'),
      num('daily-api-calls', 'Daily API calls', 'count'),
      num('database-size-gb', 'Database size', 'gb'),
      num('storage-gb', 'Storage requirements', 'gb'),
      num('bandwidth-gb-per-month', 'Bandwidth usage', 'gb-per-month'),
    ]),
    section('growth-projections', 'Growth Projections (12 months)', [
      num('expected-users-multiplier', 'Expected users', 'multiplier'),
      num('api-call-volume-multiplier', 'API call volume', 'multiplier'),
      num('data-storage-multiplier', 'Data storage needs', 'multiplier'),
      num('performance-multiplier', 'Performance requirements', 'multiplier'),
    ]),
    section('bottlenecks', 'Scaling Bottlenecks', [
      group(
        'bottlenecks',
        'Bottleneck {n}',
        [
          text('name', 'Bottleneck {n}'),
          // Limits are in the bottleneck's own measure (users, requests, GB), so fractions are allowed.
          num('current-limit', 'Current limit', 'count', { integer: false }),
          num('breaking-point', 'Breaking point', 'count', { integer: false }),
          text('solution', 'Solution'),
          num('monthly-cost-usd', 'Cost', 'usd-per-month'),
          num('timeline-weeks', 'Timeline', 'weeks'),
        ],
        { headingLine: false, minCount: 1 },
      ),
    ]),
  ],
};

/** Challenge 1: "Infrastructure Roadmap" (TECHNICAL SCALING ROADMAP). */
export const infrastructureRoadmapWorksheet: WorksheetDefinition = {
  id: 'infrastructure-roadmap',
  title: 'TECHNICAL SCALING ROADMAP',
  heading: 'Infrastructure Roadmap',
  exercise: '29a',
  segmentId: '29a-1',
  path,
  sections: [
    section('phase-1', 'Phase 1: Immediate Scaling (0-3 months)', [
      text('database-optimization', 'Database optimization'),
      text('caching-implementation', 'Caching implementation'),
      text('cdn-setup', 'CDN setup'),
      text('monitoring-enhancement', 'Monitoring enhancement'),
      num('phase-1-monthly-cost-usd', 'Cost impact', 'usd-per-month'),
    ]),
    section('phase-2', 'Phase 2: Growth Infrastructure (3-9 months)', [
      text('microservices-architecture', 'Microservices architecture'),
      text('load-balancing', 'Load balancing'),
      text('auto-scaling', 'Auto-scaling'),
      text('data-pipeline', 'Data pipeline'),
      num('phase-2-monthly-cost-usd', 'Cost impact', 'usd-per-month'),
    ]),
    section('phase-3', 'Phase 3: Enterprise Scale (9-18 months)', [
      text('multi-region-deployment', 'Multi-region deployment'),
      text('advanced-security', 'Advanced security'),
      text('compliance-systems', 'Compliance systems'),
      text('enterprise-integrations', 'Enterprise integrations'),
      num('phase-3-monthly-cost-usd', 'Cost impact', 'usd-per-month'),
    ]),
    textSection('technology-decisions', 'Technology Decisions', [
      ['cloud-provider', 'Cloud provider'],
      ['database-strategy', 'Database strategy'],
      ['security-framework', 'Security framework'],
      ['monitoring-stack', 'Monitoring stack'],
      ['development-tools', 'Development tools'],
    ]),
  ],
};

/** Challenge 2: "Data Architecture Strategy" (DATA INFRASTRUCTURE DESIGN). */
export const dataInfrastructureWorksheet: WorksheetDefinition = {
  id: 'data-infrastructure',
  title: 'DATA INFRASTRUCTURE DESIGN',
  heading: 'Data Architecture Strategy',
  exercise: '29a',
  segmentId: '29a-2',
  path,
  sections: [
    textSection('data-collection', 'Data Collection', [
      ['event-tracking', 'Event tracking'],
      ['user-behavior', 'User behavior'],
      ['business-metrics', 'Business metrics'],
      ['performance-data', 'Performance data'],
      ['external-data-sources', 'External data sources'],
    ]),
    textSection('data-storage', 'Data Storage', [
      ['operational-database', 'Operational database'],
      ['analytics-warehouse', 'Analytics warehouse'],
      ['data-lake', 'Data lake'],
      ['backup-strategy', 'Backup strategy'],
      ['retention-policies', 'Retention policies'],
    ]),
    textSection('data-processing', 'Data Processing', [
      ['real-time-analytics', 'Real-time analytics'],
      ['batch-processing', 'Batch processing'],
      ['machine-learning-pipeline', 'Machine learning pipeline'],
      ['etl-processes', 'ETL processes'],
      ['data-quality-monitoring', 'Data quality monitoring'],
    ]),
    textSection('business-intelligence', 'Business Intelligence', [
      ['executive-dashboards', 'Executive dashboards'],
      ['self-service-analytics', 'Self-service analytics'],
      ['automated-reporting', 'Automated reporting'],
      ['predictive-analytics', 'Predictive analytics'],
      ['custom-analysis-tools', 'Custom analysis tools'],
    ]),
  ],
};

/** Challenge 3: "Security Scaling Framework" (ENTERPRISE SECURITY STRATEGY); compliance statuses are free text. */
export const securityWorksheet: WorksheetDefinition = {
  id: 'security',
  title: 'ENTERPRISE SECURITY STRATEGY',
  heading: 'Security Scaling Framework',
  exercise: '29a',
  segmentId: '29a-3',
  path,
  sections: [
    textSection('security-infrastructure', 'Security Infrastructure', [
      ['identity-management', 'Identity management'],
      ['access-control', 'Access control'],
      ['data-encryption', 'Data encryption'],
      ['network-security', 'Network security'],
      ['endpoint-protection', 'Endpoint protection'],
    ]),
    section('compliance', 'Compliance Requirements', [
      num('soc2-timeline-months', 'SOC 2 Type II', 'months', { prefix: 'Timeline:' }),
      text('gdpr-status', 'GDPR compliance', { prefix: 'Status:' }),
      text('hipaa-status', 'HIPAA (if applicable)', { prefix: 'Status:' }),
      num('iso-27001-timeline-months', 'ISO 27001', 'months', { prefix: 'Timeline:' }),
      text('industry-specific', 'Industry-specific'),
    ]),
    textSection('security-operations', 'Security Operations', [
      ['vulnerability-management', 'Vulnerability management'],
      ['incident-response', 'Incident response'],
      ['security-monitoring', 'Security monitoring'],
      ['penetration-testing', 'Penetration testing'],
      ['employee-training', 'Employee training'],
    ]),
    textSection('privacy-by-design', 'Privacy by Design', [
      ['data-minimization', 'Data minimization'],
      ['user-consent', 'User consent'],
      ['data-portability', 'Data portability'],
      ['right-to-deletion', 'Right to deletion'],
      ['privacy-impact-assessments', 'Privacy impact assessments'],
    ]),
  ],
};
