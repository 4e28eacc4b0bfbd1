// What the reports read, through the owning modules' repositories (this module names no
// collection of its own): feedback of a period (only the fields figures need — never the
// sender, the text or the answer), usage counters, survey answers and content counts.
import { contentRepository } from '../content/content.repository.js';
import { feedbackRepository } from '../feedback/feedback.repository.js';
import type { Store } from '../store/port.js';
import { surveyRepository } from '../survey/survey.repository.js';
import { usageRepository } from '../usage/usage.repository.js';
import { type Period, periodInstants } from './period.js';

/** The only feedback fields a report reads. */
export interface FeedbackFacts {
  kind: string;
  field: string | null;
  communeCode: string;
  unitId: string;
  status: string;
  dueAt: string;
  createdAt: string;
  answer?: { at: string } | null;
  rating?: { stars: number; solved: boolean } | null;
  publish?: boolean;
  publishApproved?: boolean;
  /** Set when staff published the previewed, masked text (only `at` is read here). */
  publicText?: { at: string } | null;
  source?: { channel?: string } | null;
}

const FACTS = {
  kind: 1,
  field: 1,
  communeCode: 1,
  unitId: 1,
  status: 1,
  dueAt: 1,
  createdAt: 1,
  'answer.at': 1,
  'rating.stars': 1,
  'rating.solved': 1,
  publish: 1,
  publishApproved: 1,
  'publicText.at': 1,
  'source.channel': 1,
} as const;

export type ReportsRepository = ReturnType<typeof reportsRepository>;

export function reportsRepository(store: Store) {
  const feedback = feedbackRepository(store).feedback;
  const usage = usageRepository(store);
  const survey = surveyRepository(store);
  const content = contentRepository(store);
  return {
    async feedbackFacts(p: Period): Promise<FeedbackFacts[]> {
      const { start, end } = periodInstants(p);
      const filter: Record<string, unknown> = { createdAt: { $gte: start, $lt: end } };
      if (p.unit) filter.communeCode = p.unit;
      return (await feedback.find(filter, { projection: FACTS })) as unknown as FeedbackFacts[];
    },
    usageTotals: (p: Period) => usage.totals(p.from, p.to, p.unit),
    gaps: (p: Period, limit: number) => usage.gapsBetween(p.from, p.to, p.unit, limit),
    survey: (p: Period) => survey.between(p.from, p.to, p.unit),
    content,
  };
}
