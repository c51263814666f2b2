/** Infrastructure by stage, performance targets and security by stage, figures as the playbook gives them. */
import type { InfrastructureStageInputs } from '../../lib/stage-planner/infrastructure';
import type { StageColumn } from './processes';

/** One stage's infrastructure: architecture, capacity, monthly cost and improvements over the stage before. */
export interface InfrastructureStage {
  stage: 1 | 2 | 3;
  name: string;
  architecture: readonly string[];
  capacity: InfrastructureStageInputs;
  improvements: readonly string[];
}

/** MVP, Scalable and Enterprise infrastructure. */
export const infrastructureStages: readonly InfrastructureStage[] = [
  {
    stage: 1,
    name: 'MVP Infrastructure',
    architecture: ['Monolithic application', 'Single region deployment', 'Managed databases (RDS/Cloud SQL)', 'Basic CDN', 'Manual scaling'],
    capacity: { users: 10_000, interactionsPerMonth: 100_000, storageTb: 1, uptimePct: 99, cloudMonthlyUsd: 3_000, aiMlMonthlyUsd: 2_500 },
    improvements: [],
  },
  {
    stage: 2,
    name: 'Scalable Infrastructure',
    architecture: ['Microservices architecture', 'Multi-region deployment', 'Auto-scaling groups', 'Advanced CDN and caching', 'Load balancing'],
    capacity: { users: 75_000, interactionsPerMonth: 1_000_000, storageTb: 10, uptimePct: 99.5, cloudMonthlyUsd: 10_000, aiMlMonthlyUsd: 7_500 },
    improvements: [
      'Horizontal scaling capabilities',
      'Database read replicas',
      'Caching layer (Redis)',
      'Message queues (SQS/Pub-Sub)',
      'Monitoring and alerting (Datadog)',
    ],
  },
  {
    stage: 3,
    name: 'Enterprise Infrastructure',
    architecture: [
      'Distributed microservices',
      'Global multi-region deployment',
      'Kubernetes orchestration',
      'Advanced caching and CDN',
      'API gateway and rate limiting',
    ],
    capacity: { users: 250_000, interactionsPerMonth: 5_000_000, storageTb: 50, uptimePct: 99.9, cloudMonthlyUsd: 38_000, aiMlMonthlyUsd: 20_000 },
    improvements: [
      'Auto-scaling and self-healing',
      'Database sharding',
      'Multi-level caching',
      'Async processing at scale',
      'Advanced security (WAF, DDoS protection)',
      'Disaster recovery and backup',
    ],
  },
];

/** A performance metric with its limit and, where given, a tighter target. */
export interface PerformanceMetric {
  glossaryId: string;
  name: string;
  limit: string;
  target?: string;
}

/** Key performance metrics: response times, page load, API latency and uptime. */
export const performanceMetrics: readonly PerformanceMetric[] = [
  { glossaryId: 'response-time', name: 'Response time', limit: '<3 seconds', target: '<2 seconds' },
  { glossaryId: 'ai-response-time', name: 'AI response time', limit: '<5 seconds', target: '<3 seconds' },
  { glossaryId: 'page-load-time', name: 'Page load time', limit: '<2 seconds' },
  { glossaryId: 'api-latency-p95', name: 'API latency (p95)', limit: '<100ms' },
  { glossaryId: 'uptime', name: 'Uptime', limit: '99.9%' },
];

/** The uptime the performance metrics set, 0–100. */
export const performanceUptimePct = 99.9;

/** Optimization strategies, as listed. */
export const optimizationStrategies = [
  'Code optimization and profiling',
  'Database query optimization',
  'Caching strategies (CDN, application, database)',
  'Async processing for heavy operations',
  'AI model optimization and caching',
  'Image and video optimization',
  'Lazy loading and code splitting',
] as const;

/** Security and compliance at each stage. */
export const securityStages: readonly StageColumn[] = [
  {
    stage: 1,
    name: 'Basic Security',
    items: ['HTTPS everywhere', 'Secure authentication', 'Data encryption at rest and in transit', 'Basic access controls', 'Regular security updates'],
  },
  {
    stage: 2,
    name: 'Enhanced Security',
    items: ['SOC 2 Type I certification', 'Penetration testing', 'Security audits', 'GDPR and CCPA compliance', 'Incident response plan'],
  },
  {
    stage: 3,
    name: 'Enterprise Security',
    items: [
      'SOC 2 Type II certification',
      'SSO and SAML support',
      'Advanced access controls (RBAC)',
      'Audit logs and compliance reporting',
      'Data residency options',
      'Regular third-party audits',
    ],
  },
];
