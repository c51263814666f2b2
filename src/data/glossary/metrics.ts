/**
 * The metrics glossary: every metric the stage guide, the Scaling Strategy playbook and the
 * Day 29 workshop name, plus the inputs the handbook's calculators use. One entry per metric,
 * one stable anchor per entry (its id).
 */

/** Where the glossary lives. */
export const GLOSSARY_PATH = '/reference/metrics-glossary/';

/** A benchmark with the source it comes from. */
export interface Benchmark {
  text: string;
  /** Who says so, named: report, article or author. */
  source: string;
}

/** A page or tool that uses a metric. */
export interface MetricUse {
  label: string;
  href: string;
}

/** The glossary's sections, in page order. */
export const metricGroups = [
  { id: 'unit-economics', title: 'Unit economics' },
  { id: 'capital-efficiency', title: 'Revenue and capital efficiency' },
  { id: 'sales', title: 'Sales' },
  { id: 'marketing', title: 'Marketing' },
  { id: 'customers', title: 'Customers and retention' },
  { id: 'product', title: 'Product' },
  { id: 'engineering', title: 'Engineering delivery (DORA)' },
  { id: 'performance', title: 'Performance, reliability and infrastructure cost' },
  { id: 'team', title: 'Team and operations' },
] as const;

/** A glossary section id. */
export type MetricGroupId = (typeof metricGroups)[number]['id'];

/** One metric: what it is, how it is worked out, its unit, benchmarks and where the handbook uses it. */
export interface GlossaryMetric {
  /** Anchor on the glossary page; also what `<Term id>` takes. */
  id: string;
  name: string;
  /** Other names the metric goes by. */
  aka?: readonly string[];
  group: MetricGroupId;
  definition: string;
  formula?: string;
  unit: string;
  /** Benchmarks from outside the handbook, each with its source. Empty when none is widely agreed. */
  benchmarks: readonly Benchmark[];
  /** What to say when there is no external benchmark. */
  noBenchmark?: string;
  /** Targets and figures the handbook's own documents give. */
  handbookFigures?: readonly string[];
  usedOn: readonly MetricUse[];
}

const P = '/playbooks/scaling-strategy';
const page = {
  overview: { label: 'Scaling Strategy: overview', href: `${P}/` },
  organization: { label: 'Scaling Strategy: organization', href: `${P}/organization/` },
  processes: { label: 'Scaling Strategy: processes', href: `${P}/processes/` },
  technical: { label: 'Scaling Strategy: technical scaling', href: `${P}/technical-scaling/` },
  financial: { label: 'Scaling Strategy: financial scaling', href: `${P}/financial-scaling/` },
  rhythm: { label: 'Scaling Strategy: operating rhythm', href: `${P}/operating-rhythm/` },
  risks: { label: 'Scaling Strategy: risks', href: `${P}/risks/` },
  transitions: { label: 'Scaling Strategy: stage transitions', href: `${P}/stage-transitions/` },
  icp: { label: 'Stage 4 guide: ICP strategy', href: '/guides/stage-4-scale-readiness/#icp-strategy' },
  orgDesign: { label: 'Stage 4 guide: organizational design', href: '/guides/stage-4-scale-readiness/#phase-2-organizational-design' },
  scaleModeling: { label: 'Stage 4 guide: scale modeling', href: '/guides/stage-4-scale-readiness/#phase-4-scale-modeling' },
  unitEconomicsTool: { label: 'Unit economics calculator', href: '/tools/unit-economics/' },
  scaleModelTool: { label: 'Scale model', href: '/tools/scale-model/' },
  automationTool: { label: 'Automation ROI calculator', href: '/tools/automation-roi/' },
} satisfies Record<string, MetricUse>;

const skok: Benchmark['source'] = 'David Skok, “SaaS Metrics 2.0” (For Entrepreneurs)';
const dora: Benchmark['source'] = 'DORA, “Accelerate State of DevOps Report 2023”';
const nielsen: Benchmark['source'] = 'Jakob Nielsen, “Response Times: The 3 Important Limits” (Nielsen Norman Group)';

/** Every metric in the glossary, grouped by section in page order. */
export const metrics = [
  // Unit economics
  {
    id: 'cac',
    name: 'CAC (customer acquisition cost)',
    group: 'unit-economics',
    definition: 'What it costs, on average, to win one new customer: all sales and marketing spend in a period divided by the customers won in that period.',
    formula: 'CAC = sales and marketing spend ÷ new customers won',
    unit: 'US dollars per new customer',
    benchmarks: [{ text: 'Judge CAC against what a customer is worth: LTV at least 3 × CAC, and CAC earned back in under 12 months.', source: skok }],
    handbookFigures: ['$1,000 in Stage 1; $200 in Stages 2 and 3.'],
    usedOn: [page.financial, page.icp, page.unitEconomicsTool, page.scaleModelTool],
  },
  {
    id: 'ltv',
    name: 'LTV (customer lifetime value)',
    aka: ['CLV', 'lifetime value'],
    group: 'unit-economics',
    definition:
      'The gross-margin contribution a customer brings over the whole relationship. With no churn the formula has no upper bound, so calculators cap the lifetime.',
    formula: 'LTV = ARPA per month × gross margin ÷ monthly churn rate',
    unit: 'US dollars per customer',
    benchmarks: [{ text: 'LTV should be at least 3 × CAC.', source: skok }],
    handbookFigures: ['$1,440 in Stages 1 and 2; $1,800 in Stage 3, from improved retention.'],
    usedOn: [page.financial, page.icp, page.unitEconomicsTool],
  },
  {
    id: 'ltv-cac',
    name: 'LTV:CAC',
    aka: ['LTV to CAC ratio'],
    group: 'unit-economics',
    definition: 'How many dollars of lifetime contribution each dollar of acquisition spend buys. Below 1:1 every new customer loses money.',
    formula: 'LTV:CAC = LTV ÷ CAC',
    unit: 'ratio, written n:1',
    benchmarks: [{ text: '3:1 or better.', source: skok }],
    handbookFigures: ['1.4:1 in Stage 1, 7.2:1 in Stage 2, 9:1 in Stage 3.'],
    usedOn: [page.financial, page.risks, page.unitEconomicsTool],
  },
  {
    id: 'cac-payback',
    name: 'CAC payback',
    aka: ['months to recover CAC', 'payback period'],
    group: 'unit-economics',
    definition: 'How many months of a customer’s gross-margin contribution it takes to earn back what it cost to win them.',
    formula: 'CAC payback = CAC ÷ (ARPA per month × gross margin)',
    unit: 'months',
    benchmarks: [{ text: 'Under 12 months.', source: skok }],
    handbookFigures: ['20 months in Stage 1; 5 months in Stages 2 and 3.'],
    usedOn: [page.financial, page.unitEconomicsTool, page.scaleModelTool],
  },
  {
    id: 'arpa',
    name: 'ARPA (average revenue per account)',
    group: 'unit-economics',
    definition: 'Recurring revenue per customer account in a month. It is an input to LTV and CAC payback.',
    formula: 'ARPA = monthly recurring revenue ÷ customer accounts',
    unit: 'US dollars per account per month',
    benchmarks: [],
    noBenchmark: 'No general benchmark: it follows from your pricing and the segments you sell to.',
    usedOn: [page.unitEconomicsTool],
  },
  {
    id: 'gross-margin',
    name: 'Gross margin',
    group: 'unit-economics',
    definition: 'The share of revenue left after the cost of delivering the service (hosting, AI/ML services, support). LTV and payback use it to turn revenue into contribution.',
    formula: 'Gross margin = (revenue − cost of revenue) ÷ revenue × 100',
    unit: 'percent',
    benchmarks: [{ text: 'Cloud companies’ gross margins average 65–70% over their lifetimes.', source: 'Bessemer Venture Partners, “Scaling to $100 Million” (2021)' }],
    usedOn: [page.unitEconomicsTool],
  },
  {
    id: 'churn-rate',
    name: 'Customer churn rate',
    aka: ['logo churn'],
    group: 'unit-economics',
    definition: 'The share of customers at the start of a month who have left by its end. Halving it doubles LTV, which is why retention carries so much weight.',
    formula: 'Monthly churn = customers lost in the month ÷ customers at the start of the month × 100',
    unit: 'percent per month',
    benchmarks: [
      {
        text: 'Depends heavily on segment. Annual gross revenue retention of 70–80% for SMB, 80–90% for mid-market and over 90% for enterprise customers.',
        source: 'Bessemer Venture Partners, “State of the Cloud 2019”',
      },
    ],
    handbookFigures: ['Stage 3’s higher LTV comes from improved retention; Stage 3 customer success adds predictive churn modeling.'],
    usedOn: [page.financial, page.processes, page.unitEconomicsTool],
  },
  // Revenue and capital efficiency
  {
    id: 'arr',
    name: 'ARR (annual recurring revenue)',
    group: 'capital-efficiency',
    definition: 'The yearly value of the recurring revenue under contract at a point in time, without one-off fees.',
    formula: 'ARR = monthly recurring revenue × 12',
    unit: 'US dollars',
    benchmarks: [
      {
        text: '“T2D3”: after reaching about $2M ARR, triple it twice, then double it three times.',
        source: 'Neeraj Agrawal, Battery Ventures, “The SaaS Adventure” (TechCrunch, 2015)',
      },
    ],
    handbookFigures: ['$4.5M ARR achieved is an item on the Stage 2 → Stage 3 checklist.'],
    usedOn: [page.transitions, page.scaleModelTool],
  },
  {
    id: 'burn-rate',
    name: 'Net burn rate',
    aka: ['burn rate', 'net burn'],
    group: 'capital-efficiency',
    definition: 'How much cash the company loses in a month: cash going out minus cash coming in.',
    formula: 'Net burn = cash out − cash in (per month)',
    unit: 'US dollars per month',
    benchmarks: [],
    noBenchmark: 'No stand-alone benchmark: read it through the burn multiple and the runway it leaves.',
    handbookFigures: ['Burn rate acceleration is listed among the financial risks; monthly financial reviews and budget vs. actuals tracking are among the mitigations.'],
    usedOn: [page.risks, page.scaleModeling, page.scaleModelTool],
  },
  {
    id: 'burn-multiple',
    name: 'Burn multiple',
    group: 'capital-efficiency',
    definition: 'How many dollars of net burn it takes to add one dollar of net new ARR. The lower, the more efficient the growth.',
    formula: 'Burn multiple = net burn ÷ net new ARR (same period)',
    unit: 'multiple (×)',
    benchmarks: [
      {
        text: 'Under 1× amazing; 1–1.5× great; 1.5–2× good; 2–3× suspect; over 3× bad.',
        source: 'David Sacks, “The Burn Multiple” (Craft Ventures, 2020)',
      },
    ],
    usedOn: [page.scaleModeling, page.scaleModelTool],
  },
  {
    id: 'magic-number',
    name: 'Magic number',
    aka: ['sales efficiency'],
    group: 'capital-efficiency',
    definition: 'How much new annualized revenue each dollar of last quarter’s sales and marketing spend produced.',
    formula: 'Magic number = (this quarter’s revenue − last quarter’s revenue) × 4 ÷ last quarter’s sales and marketing spend',
    unit: 'ratio',
    benchmarks: [
      {
        text: 'Above 1: spend more on sales and marketing. Between 0.5 and 1: tune the funnel before adding spend. Below 0.5: fix the model first.',
        source: 'Scale Venture Partners, who popularized the metric',
      },
    ],
    usedOn: [page.scaleModeling, page.scaleModelTool],
  },
  {
    id: 'runway',
    name: 'Runway',
    group: 'capital-efficiency',
    definition: 'How many months the cash in the bank lasts at the current net burn.',
    formula: 'Runway = cash on hand ÷ net burn per month',
    unit: 'months',
    benchmarks: [
      {
        text: 'Start raising about 12 months before the cash runs out, with the fundamentals for the next round already in place.',
        source: 'Sequoia Capital, “Extending Your Runway” (2022)',
      },
    ],
    handbookFigures: ['Funding shortfalls are listed among the financial risks; early fundraising preparation is among the mitigations.'],
    usedOn: [page.risks, page.scaleModeling, page.scaleModelTool],
  },
  // Sales
  {
    id: 'pipeline-coverage',
    name: 'Pipeline coverage',
    group: 'sales',
    definition: 'Open pipeline for a period set against the bookings target for that period. The coverage you need is 1 ÷ your win rate.',
    formula: 'Pipeline coverage = open pipeline value ÷ bookings target',
    unit: 'multiple (×)',
    benchmarks: [],
    noBenchmark: 'No external benchmark beyond arithmetic: the coverage needed is 1 ÷ win rate, so the playbook’s 3× assumes about one pipeline dollar in three closes.',
    handbookFigures: ['3× target, among the sales KPIs.'],
    usedOn: [page.rhythm, page.scaleModeling, page.scaleModelTool],
  },
  {
    id: 'win-rate',
    name: 'Win rate',
    aka: ['close rate'],
    group: 'sales',
    definition: 'The share of opportunities that close as won, out of all that closed won or lost in the period.',
    formula: 'Win rate = deals won ÷ (deals won + deals lost) × 100',
    unit: 'percent',
    benchmarks: [],
    noBenchmark: 'No widely agreed figure: it swings with segment and with how strictly opportunities are qualified. Set targets from your own history.',
    usedOn: [page.rhythm, page.scaleModelTool],
  },
  {
    id: 'average-deal-size',
    name: 'Average deal size',
    aka: ['average contract value'],
    group: 'sales',
    definition: 'The average first-year value of the deals won in a period.',
    formula: 'Average deal size = value of deals won ÷ number of deals won',
    unit: 'US dollars per deal',
    benchmarks: [],
    noBenchmark: 'No general benchmark: it follows from pricing and segment (SMB against enterprise).',
    usedOn: [page.rhythm],
  },
  {
    id: 'sales-cycle-length',
    name: 'Sales cycle length',
    group: 'sales',
    definition: 'How long a won deal took from the opportunity being opened to the contract being signed, averaged over the period’s wins.',
    formula: 'Sales cycle length = average of (close date − opportunity created date) over won deals',
    unit: 'days',
    benchmarks: [],
    noBenchmark: 'No general benchmark: enterprise cycles run far longer than SMB ones. Track the trend per segment.',
    usedOn: [page.rhythm],
  },
  // Marketing
  {
    id: 'mql-to-sql-conversion',
    name: 'MQL → SQL conversion',
    aka: ['MQL to SQL conversion rate'],
    group: 'marketing',
    definition: 'The share of marketing-qualified leads (MQLs) that sales accepts as sales-qualified leads (SQLs).',
    formula: 'MQL → SQL conversion = SQLs ÷ MQLs × 100 (same cohort of leads)',
    unit: 'percent',
    benchmarks: [],
    noBenchmark: 'No widely agreed figure: it depends on where marketing and sales draw the qualification line (the playbook uses BANT from Stage 2).',
    usedOn: [page.rhythm],
  },
  {
    id: 'cost-per-lead',
    name: 'Cost per lead',
    aka: ['CPL'],
    group: 'marketing',
    definition: 'What marketing spends to generate one lead, overall or per channel.',
    formula: 'Cost per lead = marketing spend ÷ leads generated',
    unit: 'US dollars per lead',
    benchmarks: [],
    noBenchmark: 'No general benchmark: compare channels with each other and against what a lead is worth downstream.',
    usedOn: [page.rhythm],
  },
  {
    id: 'marketing-sourced-revenue',
    name: 'Marketing-sourced revenue',
    group: 'marketing',
    definition: 'New revenue from deals whose first touch was a marketing program, in dollars and as a share of all new revenue.',
    formula: 'Marketing-sourced share = revenue from marketing-sourced deals ÷ all new revenue × 100',
    unit: 'US dollars, or percent of new revenue',
    benchmarks: [],
    noBenchmark: 'No general benchmark: it depends on the attribution model (the playbook adds attribution modeling in Stage 3).',
    usedOn: [page.rhythm],
  },
  {
    id: 'brand-awareness',
    name: 'Brand awareness',
    group: 'marketing',
    definition:
      'The share of the target audience who recognize the brand when shown it (aided) or name it unprompted (unaided), measured by survey; branded search and direct traffic are common proxies.',
    formula: 'Awareness = respondents aware of the brand ÷ respondents in the target audience × 100',
    unit: 'percent',
    benchmarks: [],
    noBenchmark: 'No general benchmark: compare with competitors in the same survey.',
    usedOn: [page.rhythm],
  },
  // Customers and retention
  {
    id: 'nrr',
    name: 'NRR (net revenue retention)',
    aka: ['net retention rate', 'net dollar retention'],
    group: 'customers',
    definition:
      'Recurring revenue from a group of customers twelve months on, compared with what the same customers paid at the start: expansion counts, churn and downgrades subtract. Above 100% the base grows on its own.',
    formula: 'NRR = (starting recurring revenue + expansion − contraction − churned revenue) ÷ starting recurring revenue × 100',
    unit: 'percent',
    benchmarks: [
      {
        text: 'By segment: 80–100% for SMB, 90–120% for mid-market and over 100% for enterprise customers.',
        source: 'Bessemer Venture Partners, “State of the Cloud 2019”',
      },
      { text: 'Above 100% (“negative churn”) marks the strongest SaaS businesses.', source: skok },
    ],
    usedOn: [page.rhythm],
  },
  {
    id: 'customer-health-score',
    name: 'Customer health score',
    group: 'customers',
    definition:
      'A composite score per account that combines signals such as product usage, adoption, support tickets, survey answers and payment history, used to spot accounts at risk and accounts ready to expand.',
    formula: 'Health score = weighted sum of the chosen signals, scaled to 0–100',
    unit: 'score (0–100)',
    benchmarks: [],
    noBenchmark: 'No external benchmark: the score is your own model. Check it by whether low scores predict churn.',
    handbookFigures: ['Health score monitoring starts in Stage 2 (proactive success).'],
    usedOn: [page.rhythm, page.processes],
  },
  {
    id: 'nps',
    name: 'NPS (Net Promoter Score)',
    group: 'customers',
    definition:
      'Customers answer “How likely are you to recommend us to a friend or colleague?” from 0 to 10. Promoters answer 9–10, passives 7–8, detractors 0–6.',
    formula: 'NPS = % promoters − % detractors',
    unit: 'score from −100 to +100',
    benchmarks: [
      {
        text: 'Compare with direct competitors in the same industry rather than a universal bar: industry averages differ widely. In the 2003 study, the companies with the best NPS in their industry grew faster than their rivals.',
        source: 'Fred Reichheld, Bain & Company, “The One Number You Need to Grow” (Harvard Business Review, 2003)',
      },
    ],
    usedOn: [page.rhythm],
  },
  {
    id: 'csat',
    name: 'CSAT (customer satisfaction)',
    aka: ['product satisfaction'],
    group: 'customers',
    definition:
      'The share of people who say they are satisfied after an interaction or with the product, on a 1–5 scale. The playbook tracks it as product satisfaction.',
    formula: 'CSAT = answers of 4 or 5 ÷ all answers × 100',
    unit: 'percent',
    benchmarks: [{ text: '75–85% is commonly described as good; compare within your industry.', source: 'HubSpot customer service research' }],
    usedOn: [page.rhythm],
  },
  {
    id: 'time-to-value',
    name: 'Time to value',
    aka: ['TTV'],
    group: 'customers',
    definition:
      'How long a new customer takes to get their first meaningful result from the product, from sign-up or contract signature. Define the “first result” once and keep it fixed.',
    formula: 'Time to value = date of first meaningful result − sign-up (or contract) date, averaged over new customers',
    unit: 'days',
    benchmarks: [],
    noBenchmark: 'No general benchmark: shorter is better; track it by segment and by onboarding cohort.',
    handbookFigures: ['Tracked by both Product and Customer Success.'],
    usedOn: [page.rhythm],
  },
  // Product
  {
    id: 'north-star-metric',
    name: 'North-star metric',
    aka: ['active capsule interactions per month'],
    group: 'product',
    definition:
      'The one number that best captures the value customers get, which every team can influence. For Encaptio/Encapsify it is active capsule interactions per month.',
    formula: 'Active capsule interactions per month = interactions with capsules by active users in the calendar month',
    unit: 'interactions per month',
    benchmarks: [],
    noBenchmark:
      'No external benchmark: a north star is judged by its trend. The idea is set out in Amplitude’s “North Star Playbook”.',
    handbookFigures: [
      'Infrastructure is sized for 100K, 1M and 5M capsule interactions a month in Stages 1, 2 and 3 (capacity, not a target).',
    ],
    usedOn: [page.rhythm, page.technical],
  },
  {
    id: 'feature-adoption-rate',
    name: 'Feature adoption rate',
    group: 'product',
    definition: 'The share of active users who used a given feature in a period.',
    formula: 'Feature adoption = users who used the feature ÷ active users (same period) × 100',
    unit: 'percent',
    benchmarks: [
      {
        text: 'Around 80% of features in the average software product are rarely or never used, so adoption is worth tracking feature by feature.',
        source: 'Pendo, “The 2019 Feature Adoption Report”',
      },
    ],
    usedOn: [page.rhythm],
  },
  {
    id: 'user-engagement-score',
    name: 'User engagement score',
    group: 'product',
    definition:
      'A composite score of how much and how deeply people use the product, built from signals such as visit frequency, depth and breadth of use, and stickiness (daily ÷ monthly active users).',
    formula: 'Engagement score = weighted sum of the chosen usage signals, scaled to 0–100',
    unit: 'score (0–100)',
    benchmarks: [],
    noBenchmark: 'No external benchmark: the score is your own model. Keep its definition fixed so trends mean something.',
    usedOn: [page.rhythm],
  },
  // Engineering delivery (DORA)
  {
    id: 'deployment-frequency',
    name: 'Deployment frequency',
    group: 'engineering',
    definition: 'How often the team deploys code to production.',
    formula: 'Deployment frequency = production deployments ÷ period',
    unit: 'deployments per day or week',
    benchmarks: [{ text: 'Elite performers deploy on demand, several times a day.', source: dora }],
    usedOn: [page.rhythm],
  },
  {
    id: 'lead-time-for-changes',
    name: 'Lead time for changes',
    group: 'engineering',
    definition: 'How long a committed change takes to run in production.',
    formula: 'Lead time = deploy time − commit time, median over changes',
    unit: 'hours or days',
    benchmarks: [{ text: 'Elite performers: less than one day.', source: dora }],
    usedOn: [page.rhythm],
  },
  {
    id: 'mttr',
    name: 'MTTR (mean time to recovery)',
    aka: ['mean time to restore', 'failed deployment recovery time'],
    group: 'engineering',
    definition: 'How long it takes to restore service after a production failure. DORA now calls it failed deployment recovery time.',
    formula: 'MTTR = total time to restore ÷ number of incidents',
    unit: 'hours',
    benchmarks: [{ text: 'Elite performers: less than one hour.', source: dora }],
    usedOn: [page.rhythm],
  },
  {
    id: 'change-failure-rate',
    name: 'Change failure rate',
    group: 'engineering',
    definition: 'The share of deployments that cause a failure in production needing a fix, rollback or patch.',
    formula: 'Change failure rate = failed deployments ÷ all deployments × 100',
    unit: 'percent',
    benchmarks: [{ text: 'Elite performers: about 5%.', source: dora }],
    usedOn: [page.rhythm],
  },
  // Performance, reliability and infrastructure cost
  {
    id: 'response-time',
    name: 'Response time',
    group: 'performance',
    definition: 'How long the app takes to respond visibly to a user’s action.',
    formula: 'Measured per request from the user’s action to the visible response; report a percentile (p95) rather than the mean',
    unit: 'seconds',
    benchmarks: [{ text: '0.1 s feels instant; 1 s keeps the user’s train of thought; 10 s is the limit of attention.', source: nielsen }],
    handbookFigures: ['Under 3 seconds, with a target of under 2 seconds.'],
    usedOn: [page.technical],
  },
  {
    id: 'ai-response-time',
    name: 'AI response time',
    group: 'performance',
    definition: 'How long an AI-generated answer takes to arrive after the request.',
    formula: 'Measured per AI request from submission to the complete answer; report p95',
    unit: 'seconds',
    benchmarks: [{ text: 'Past about 1 second show progress; past 10 seconds people’s attention drifts.', source: nielsen }],
    handbookFigures: ['Under 5 seconds, with a target of under 3 seconds.'],
    usedOn: [page.technical],
  },
  {
    id: 'page-load-time',
    name: 'Page load time',
    group: 'performance',
    definition: 'How long a page takes until its main content is visible and usable.',
    formula: 'Measured in real browsers; Largest Contentful Paint (LCP) at the 75th percentile is the common yardstick',
    unit: 'seconds',
    benchmarks: [{ text: 'Largest Contentful Paint of 2.5 seconds or less counts as good.', source: 'Google, Core Web Vitals (web.dev)' }],
    handbookFigures: ['Under 2 seconds.'],
    usedOn: [page.technical],
  },
  {
    id: 'api-latency-p95',
    name: 'API latency (p95)',
    group: 'performance',
    definition: 'The time within which 95% of API requests are answered by the server; the slowest 5% take longer.',
    formula: 'p95 latency = the 95th percentile of server response times over a window',
    unit: 'milliseconds',
    benchmarks: [
      {
        text: 'Set latency objectives on percentiles, not averages: a mean hides the slow tail that users notice.',
        source: 'Google, “Site Reliability Engineering”, chapter “Service Level Objectives”',
      },
    ],
    handbookFigures: ['Under 100ms at p95.'],
    usedOn: [page.technical],
  },
  {
    id: 'uptime',
    name: 'Uptime',
    aka: ['availability'],
    group: 'performance',
    definition:
      'The share of time the service is available. Its complement is the downtime the target allows, the “error budget”.',
    formula: 'Uptime = available minutes ÷ total minutes × 100; allowed downtime = total minutes × (100 − uptime) ÷ 100',
    unit: 'percent',
    benchmarks: [
      {
        text: 'Treat 100% minus the target as an error budget to spend on change, not a number to beat at any cost.',
        source: 'Google, “Site Reliability Engineering”, chapter “Embracing Risk”',
      },
    ],
    handbookFigures: ['99% in Stage 1, 99.5% in Stage 2, 99.9% in Stage 3; 99.9% in the key performance metrics.'],
    usedOn: [page.technical],
  },
  {
    id: 'infrastructure-cost-per-user',
    name: 'Infrastructure cost per user',
    group: 'performance',
    definition: 'The monthly infrastructure bill (cloud plus AI/ML services) spread over the users the stage is built for.',
    formula: 'Cost per user = (cloud + AI/ML cost per month) ÷ users',
    unit: 'US dollars per user per month',
    benchmarks: [],
    noBenchmark: 'No external benchmark: compare stage with stage and against ARPA.',
    usedOn: [page.technical],
  },
  {
    id: 'cost-per-1000-interactions',
    name: 'Cost per 1,000 interactions',
    group: 'performance',
    definition: 'The monthly infrastructure bill spread over the capsule interactions the stage is built for, per thousand.',
    formula: 'Cost per 1,000 interactions = (cloud + AI/ML cost per month) ÷ (interactions per month ÷ 1,000)',
    unit: 'US dollars per 1,000 interactions',
    benchmarks: [],
    noBenchmark: 'No external benchmark: compare stage with stage.',
    usedOn: [page.technical],
  },
  // Team and operations
  {
    id: 'ramp-time',
    name: 'Ramp time',
    group: 'team',
    definition: 'How long a new hire takes to reach full productivity (for a seller, full quota).',
    formula: 'Ramp time = months from start date to first month at full output, averaged over hires',
    unit: 'months',
    benchmarks: [],
    noBenchmark: 'Use your own validated ramp times, as the Stage 4 guide insists; outside averages hide big differences by role.',
    usedOn: [page.scaleModeling, page.scaleModelTool],
  },
  {
    id: 'span-of-control',
    name: 'Span of control',
    group: 'team',
    definition: 'How many people report directly to one manager. It sets how many managers a growing team needs.',
    formula: 'Span of control = direct reports ÷ managers',
    unit: 'people per manager',
    benchmarks: [],
    noBenchmark: 'No universal figure: the right span depends on how similar and how experienced the work is. Write down the assumption.',
    usedOn: [page.orgDesign, page.organization, page.scaleModelTool],
  },
  {
    id: 'automation-roi',
    name: 'Automation ROI',
    group: 'team',
    definition: 'What an automation saves in people’s time each month against what it costs each month (Day 29 workshop, Exercise 29C).',
    formula: 'Monthly savings = hours saved per week × 52 ÷ 12 × loaded hourly cost; ROI = monthly savings ÷ monthly cost, written n:1',
    unit: 'ratio, written n:1',
    benchmarks: [],
    noBenchmark: 'No general benchmark: above 1:1 the automation pays for itself every month.',
    usedOn: [page.processes, page.automationTool],
  },
  {
    id: 'automation-payback',
    name: 'Automation payback period',
    group: 'team',
    definition: 'How many months of net savings it takes to earn back an automation’s one-time cost.',
    formula: 'Payback = one-time cost ÷ (monthly savings − monthly cost)',
    unit: 'months',
    benchmarks: [],
    noBenchmark: 'No general benchmark: compare with how long the process will stay as it is.',
    usedOn: [page.automationTool],
  },
] as const satisfies readonly GlossaryMetric[];

/** A metric id known to the glossary. */
export type MetricId = (typeof metrics)[number]['id'];

const byId = new Map<string, GlossaryMetric>(metrics.map((m) => [m.id, m]));

/** The metric with this id, or undefined. */
export function getMetric(id: string): GlossaryMetric | undefined {
  return byId.get(id);
}

/** Link to a metric's entry in the glossary, e.g. "/reference/metrics-glossary/#cac". */
export function glossaryAnchor(id: MetricId): string {
  return `${GLOSSARY_PATH}#${id}`;
}

/** Metrics of one glossary section, in page order. */
export function metricsInGroup(group: MetricGroupId): GlossaryMetric[] {
  return metrics.filter((m) => m.group === group);
}
