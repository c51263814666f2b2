/** The Day 29 agenda as the seed prints it: parts, timed challenges and the stated total. */
import { LINKS } from '../../lib/workshop/links';
import type { AgendaPart } from '../../lib/workshop/agenda';

/** The seed's "Duration: 60 minutes total". */
export const STATED_TOTAL_MINUTES = 60;

/** The agenda as the seed gives it, in order. */
export const AGENDA: readonly AgendaPart[] = [
  {
    id: 'pre-exercise',
    label: 'Pre-Exercise Setup',
    statedMinutes: 5,
    path: LINKS.workshopPreExercise.href,
    segments: [{ id: 'pre-exercise-setup', label: 'Current Business Maturity Assessment', minutes: 5 }],
    untimed: [],
  },
  {
    id: '29a',
    label: 'Exercise 29A: Infrastructure & Technology Scaling',
    statedMinutes: 25,
    path: LINKS.workshop29a.href,
    segments: [
      { id: '29a-1', label: 'Challenge 1: Technical Architecture for Scale', minutes: 10 },
      { id: '29a-2', label: 'Challenge 2: Data & Analytics Infrastructure', minutes: 8 },
      { id: '29a-3', label: 'Challenge 3: Security & Compliance Scaling', minutes: 7 },
    ],
    untimed: [],
  },
  {
    id: '29b',
    label: 'Exercise 29B: Team & Organizational Scaling',
    statedMinutes: 20,
    path: LINKS.workshop29b.href,
    segments: [
      { id: '29b-1', label: 'Challenge 1: Organizational Structure Design', minutes: 10 },
      { id: '29b-2', label: 'Challenge 2: Hiring & Talent Strategy', minutes: 10 },
    ],
    untimed: [],
  },
  {
    id: '29c',
    label: 'Exercise 29C: Operational Systems & Processes',
    statedMinutes: 10,
    path: LINKS.workshop29c.href,
    segments: [
      { id: '29c-1', label: 'Challenge 1: Business Process Optimization', minutes: 5 },
      { id: '29c-2', label: 'Challenge 2: Automation & Tool Integration', minutes: 5 },
    ],
    untimed: [],
  },
  {
    id: 'assessment',
    label: 'Assessment & Scaling Planning',
    statedMinutes: null,
    path: LINKS.workshopAssessment.href,
    segments: [{ id: 'strategy-evaluation', label: 'Scaling Strategy Evaluation', minutes: 5 }],
    untimed: [{ id: 'roadmap', label: '12-Month Scaling Roadmap' }],
  },
];
