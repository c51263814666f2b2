import { GLOSSARY_PATH, getMetric, glossaryAnchor, metricGroups, metrics, metricsInGroup } from './metrics';
import { kpisByFunction, northStarMetric } from '../playbook/operating-rhythm';
import { performanceMetrics } from '../playbook/infrastructure';

describe('metrics glossary', () => {
  it('ids are unique, lowercase-hyphenated and do not collide with section headings', () => {
    const ids = metrics.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const groupIds = new Set<string>(metricGroups.map((g) => g.id));
    expect(ids.filter((id) => groupIds.has(id))).toEqual([]);
  });

  it('has an entry for every metric the stage guide and the playbook name', () => {
    const named = [
      'cac', 'ltv', 'ltv-cac', 'cac-payback', 'pipeline-coverage', 'win-rate', 'average-deal-size', 'sales-cycle-length',
      'mql-to-sql-conversion', 'cost-per-lead', 'marketing-sourced-revenue', 'brand-awareness', 'nrr', 'customer-health-score',
      'nps', 'csat', 'time-to-value', 'feature-adoption-rate', 'user-engagement-score', 'deployment-frequency',
      'lead-time-for-changes', 'mttr', 'change-failure-rate', 'response-time', 'ai-response-time', 'page-load-time',
      'api-latency-p95', 'uptime', 'north-star-metric', 'burn-multiple', 'magic-number', 'runway', 'arr', 'burn-rate',
      'ramp-time', 'span-of-control', 'churn-rate',
    ];
    expect(named.filter((id) => !getMetric(id))).toEqual([]);
  });

  it('every metric the playbook pages link to exists', () => {
    const linked = [...kpisByFunction.flatMap((f) => f.metrics.map((m) => m.glossaryId)), northStarMetric.glossaryId, ...performanceMetrics.map((m) => m.glossaryId)];
    expect(linked.filter((id) => !getMetric(id))).toEqual([]);
  });

  it('every metric has a definition, a unit, and either a sourced benchmark or a reason there is none', () => {
    for (const m of metrics) {
      expect(m.definition.length, m.id).toBeGreaterThan(20);
      expect(m.unit.length, m.id).toBeGreaterThan(0);
      const benchmarks: readonly { text: string; source: string }[] = m.benchmarks;
      if (benchmarks.length === 0) expect('noBenchmark' in m && m.noBenchmark, m.id).toBeTruthy();
      for (const b of benchmarks) expect(b.source.length, m.id).toBeGreaterThan(5);
      expect(m.usedOn.length, m.id).toBeGreaterThan(0);
    }
  });

  it('names the sources the DORA, Skok, Sacks and NPS benchmarks come from', () => {
    const sources = (id: string) => getMetric(id)!.benchmarks.map((b) => b.source).join(' ');
    for (const id of ['deployment-frequency', 'lead-time-for-changes', 'mttr', 'change-failure-rate']) expect(sources(id)).toMatch(/DORA.*State of DevOps/);
    expect(sources('ltv-cac')).toMatch(/Skok.*SaaS Metrics 2\.0/);
    expect(sources('cac-payback')).toMatch(/Skok/);
    expect(sources('burn-multiple')).toMatch(/Sacks.*Burn Multiple/);
    expect(sources('nps')).toMatch(/Bain/);
  });

  it('every section has metrics, and every metric is in a section', () => {
    for (const g of metricGroups) expect(metricsInGroup(g.id).length, g.id).toBeGreaterThan(0);
    expect(metricGroups.reduce((n, g) => n + metricsInGroup(g.id).length, 0)).toBe(metrics.length);
  });

  it('links to an entry by its anchor', () => {
    expect(glossaryAnchor('cac')).toBe('/reference/metrics-glossary/#cac');
    expect(glossaryAnchor('ltv-cac')).toBe(`${GLOSSARY_PATH}#ltv-cac`);
    expect(glossaryAnchor('nrr')).toBe('/reference/metrics-glossary/#nrr');
  });
});
