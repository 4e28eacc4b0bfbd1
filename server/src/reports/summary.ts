// The figures of one period, computed from facts (no personal data reaches this file):
// feedback received by kind, field, unit and channel; answered on time or late in working days
// (the holiday calendar); open and overdue; the mean working days to answer; ratings; published
// answers; the counter survey; usage counters; content published.
import { vnDate, type WorkingCalendar } from '../calendar/calendar.js';
import { KIND_LABELS } from '../feedback/kinds.js';
import { STATUSES, type Status } from '../feedback/statuses.js';
import type { SurveyDoc } from '../survey/survey.repository.js';
import { type SurveyStats, surveyStats } from '../survey/survey.stats.js';
import type { Period } from './period.js';
import type { FeedbackFacts } from './reports.repository.js';
import { workingDayIndex } from './working-day-index.js';

export const CHANNEL_LABELS: Record<string, string> = { app: 'Mini App Zalo / trang web', open311: 'Ứng dụng kết nối (Open311)' };

export interface Breakdown {
  key: string;
  label: string;
  count: number;
}

export interface Summary {
  period: { from: string; to: string; unit: string | null; unitName: string | null; generatedAt: string };
  feedback: {
    received: number;
    answered: number;
    answeredOnTime: number;
    answeredLate: number;
    /** Share of answered cases answered on time (0–1), null when none answered. */
    onTimeShare: number | null;
    open: number;
    overdueOpen: number;
    closedWithoutAnswer: number;
    avgWorkingDaysToAnswer: number | null;
    rated: number;
    ratingAverage: number | null;
    solvedShare: number | null;
    publishedAnswers: number;
    byKind: Breakdown[];
    byField: Breakdown[];
    byUnit: Breakdown[];
    byChannel: Breakdown[];
  };
  satisfaction: SurveyStats;
  usage: {
    appOpens: number;
    procedureViews: number;
    searches: number;
    searchesZero: number;
    chatTurns: number;
    chatAnswers: number;
    chatClarify: number;
    /** Turns the assistant could not answer: fallback + decline. */
    chatFallbacks: number;
    chatDeclines: number;
    hotlineTaps: number;
    guideViews: number;
    newsViews: number;
    surveyOpens: number;
    byDay: { day: string; procedureViews: number; searches: number; chatTurns: number; appOpens: number }[];
  };
  content: { curatedProcedures: number; procedures: number; guides: number; newsInPeriod: number; faq: number; hotlines: number };
  gaps: { distinct: number; total: number };
}

export interface SummaryInput {
  period: Period;
  unitName: string | null;
  now: Date;
  calendar: WorkingCalendar;
  feedback: FeedbackFacts[];
  survey: Pick<SurveyDoc, 'office' | 'scores'>[];
  usage: { totals: Record<string, number>; byDay: Map<string, Record<string, number>> };
  content: Summary['content'];
  gaps: Summary['gaps'];
  labels: { fields: Map<string, string>; units: Map<string, string> };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function tally(map: Map<string, number>, key: string) {
  map.set(key, (map.get(key) ?? 0) + 1);
}
function breakdown(map: Map<string, number>, label: (key: string) => string): Breakdown[] {
  return [...map]
    .map(([key, count]) => ({ key, label: label(key), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'));
}

/**
 * vnDate of an ISO instant, remembered per UTC hour: "2026-03-05T18:…Z" is always 2026-03-06 in
 * Vietnam (no daylight saving). A report converts hundreds of thousands of instants.
 */
function vnDayOf() {
  const byHour = new Map<string, string>();
  return (iso: string) => {
    if (iso.length < 20 || !iso.endsWith('Z') || iso[10] !== 'T') return vnDate(new Date(iso));
    const hour = iso.slice(0, 13);
    let day = byHour.get(hour);
    if (day === undefined) {
      day = vnDate(new Date(iso));
      byHour.set(hour, day);
    }
    return day;
  };
}

export function summarize(input: SummaryInput): Summary {
  const today = vnDate(input.now);
  const vnDay = vnDayOf();
  // Dates are "YYYY-MM-DD" strings: they compare in calendar order.
  let first = input.period.from;
  let last = input.period.to;
  for (const day of [today, ...input.feedback.map((f) => f.dueAt)]) {
    if (day < first) first = day;
    if (day > last) last = day;
  }
  const wd = workingDayIndex(input.calendar, first, last);

  const byKind = new Map<string, number>();
  const byField = new Map<string, number>();
  const byUnit = new Map<string, number>();
  const byChannel = new Map<string, number>();
  let answered = 0;
  let onTime = 0;
  let open = 0;
  let overdue = 0;
  let closedWithoutAnswer = 0;
  let daysSum = 0;
  let rated = 0;
  let starsSum = 0;
  let solved = 0;
  let published = 0;
  for (const f of input.feedback) {
    tally(byKind, f.kind);
    tally(byField, f.field ?? '');
    tally(byUnit, f.unitId);
    tally(byChannel, f.source?.channel ?? 'app');
    const type = STATUSES[f.status as Status]?.type ?? 'open';
    const answerAt = f.answer?.at;
    if (answerAt) {
      answered++;
      const answerDay = vnDay(answerAt);
      if (answerDay <= f.dueAt) onTime++;
      const received = vnDay(f.createdAt);
      daysSum += answerDay > last || received < first ? 0 : wd.between(received, answerDay);
      if (f.publish && f.publishApproved && f.publicText?.at) published++;
    } else if (type === 'open') {
      open++;
      if (f.dueAt < today) overdue++;
    } else closedWithoutAnswer++;
    if (f.rating && typeof f.rating.stars === 'number') {
      rated++;
      starsSum += f.rating.stars;
      if (f.rating.solved) solved++;
    }
  }

  const t = input.usage.totals;
  const n = (k: string) => t[k] ?? 0;
  const chatTurns = Object.entries(t).reduce((s, [k, v]) => (k.startsWith('chat_') ? s + v : s), 0);
  const byDay = [...input.usage.byDay]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, c]) => ({
      day,
      procedureViews: c.procedure_view ?? 0,
      searches: c.search ?? 0,
      chatTurns: Object.entries(c).reduce((s, [k, v]) => (k.startsWith('chat_') ? s + v : s), 0),
      appOpens: c.app_open ?? 0,
    }));
  const { fields, units } = input.labels;
  return {
    period: {
      from: input.period.from,
      to: input.period.to,
      unit: input.period.unit ?? null,
      unitName: input.unitName,
      generatedAt: input.now.toISOString(),
    },
    feedback: {
      received: input.feedback.length,
      answered,
      answeredOnTime: onTime,
      answeredLate: answered - onTime,
      onTimeShare: answered ? round2(onTime / answered) : null,
      open,
      overdueOpen: overdue,
      closedWithoutAnswer,
      avgWorkingDaysToAnswer: answered ? round2(daysSum / answered) : null,
      rated,
      ratingAverage: rated ? round2(starsSum / rated) : null,
      solvedShare: rated ? round2(solved / rated) : null,
      publishedAnswers: published,
      byKind: breakdown(byKind, (k) => (KIND_LABELS as Record<string, string>)[k] ?? k),
      byField: breakdown(byField, (k) => (k ? (fields.get(k) ?? k) : 'Chưa chọn lĩnh vực')),
      byUnit: breakdown(byUnit, (k) => units.get(k) ?? k),
      byChannel: breakdown(byChannel, (k) => CHANNEL_LABELS[k] ?? k),
    },
    satisfaction: surveyStats(input.survey),
    usage: {
      appOpens: n('app_open'),
      procedureViews: n('procedure_view'),
      searches: n('search'),
      searchesZero: n('search_zero'),
      chatTurns,
      chatAnswers: n('chat_answer'),
      chatClarify: n('chat_clarify'),
      chatFallbacks: n('chat_fallback') + n('chat_decline'),
      chatDeclines: n('chat_decline'),
      hotlineTaps: n('hotline_tap'),
      guideViews: n('guide_view'),
      newsViews: n('news_view'),
      surveyOpens: n('survey_open'),
      byDay,
    },
    content: input.content,
    gaps: input.gaps,
  };
}
