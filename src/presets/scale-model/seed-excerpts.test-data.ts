/**
 * Excerpts of the Scaling Strategy playbook, copied verbatim, so tests can check the transcribed
 * figures and the presets against the text itself rather than against numbers typed into the tests.
 */
export const SEED_TEXT_TIMELINE = `#### Hiring Timeline

**Phase 1 (Months 1-6): Core Team**
- 2 Engineers (Month 1)
- 2 Engineers (Month 2)
- 1 Product Manager (Month 1)
- 1 Designer (Month 1)
- 0.5 Marketing (Month 4)
- 0.5 Sales (Month 5)
- **Total**: 8-10 FTE

**Phase 2 (Months 7-18): Scaling Team**
- Engineering: +6 (total 12)
- Product: +3 (total 5)
- Sales: +5 (total 6)
- Marketing: +3 (total 4)
- Customer Success: +3 (total 3)
- Operations: +1 (total 2)
- **Total**: 30-35 FTE

**Phase 3 (Months 19-36): Mature Team**
- Engineering: +14 (total 26)
- Product: +4 (total 9)
- Sales: +10 (total 16)
- Marketing: +5 (total 9)
- Customer Success: +6 (total 9)
- Operations: +4 (total 6)
- **Total**: 75 FTE`;

export const SEED_TEXT_ORG_1 = `#### Stage 1: Functional Teams (Months 1-6)

**Structure:**
\`\`\`
CEO
├── Engineering (4-6)
├── Product (2)
├── Go-to-Market (2-3)
└── Operations (1-2)
\`\`\``;

export const SEED_TEXT_ORG_2 = `#### Stage 2: Departmental Structure (Months 7-18)

**Structure:**
\`\`\`
CEO
├── CTO
│   ├── Engineering (12)
│   └── DevOps (1-2)
├── Head of Product (5-6)
├── Head of Sales (5-6)
├── Head of Marketing (3-4)
├── Head of Customer Success (3)
└── Operations Manager (2)
\`\`\``;

export const SEED_TEXT_ORG_3 = `#### Stage 3: Divisional Structure (Months 19-36)

**Structure:**
\`\`\`
CEO
├── CTO/VP Engineering (26)
│   ├── Platform Engineering
│   ├── AI/ML Team
│   ├── DevOps & Infrastructure
│   └── QA & Testing
├── VP Product (9)
│   ├── Product Management
│   ├── Design & UX
│   └── Research
├── VP Sales (16)
│   ├── SMB Sales
│   ├── Enterprise Sales
│   └── Sales Operations
├── VP Marketing (9)
│   ├── Demand Generation
│   ├── Content & Brand
│   └── Product Marketing
├── VP Customer Success (9)
│   ├── Onboarding
│   ├── Account Management
│   └── Support
└── COO (6)
    ├── Finance
    ├── HR & People
    └── Legal & Compliance
\`\`\``;

export const SEED_TEXT_BUDGETS = `### Budget Scaling

**Stage 1 Budget ($575K):**
- Personnel: 70%
- Infrastructure: 9%
- Marketing: 13%
- Operations: 9%

**Stage 2 Budget ($3.9M):**
- Personnel: 62%
- Infrastructure: 8%
- Marketing: 23%
- Operations: 8%

**Stage 3 Budget ($16M):**
- Personnel: 56%
- Infrastructure: 8%
- Marketing: 28%
- Operations: 8%
`;

export const SEED_TEXT_PRINCIPLE = `1. **Hire Ahead of Need**: Recruit 3-6 months before critical need`;

export const SEED_TEXT_COVERAGE = `- Pipeline coverage (3x target)`;

export const SEED_TEXT_GATE = `- [ ] $4.5M ARR achieved`;
