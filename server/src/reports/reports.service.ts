// Builds a period's summary: reads the facts in parallel, then computes (summary.ts).
import type { calendarRepository } from '../calendar/calendar.repository.js';
import type { Catalog } from '../procedures/catalog.js';
import type { Period } from './period.js';
import type { ReportsRepository } from './reports.repository.js';
import { type Summary, summarize } from './summary.js';

export interface ReportsDeps {
  repo: ReportsRepository;
  calendar: ReturnType<typeof calendarRepository>;
  catalog: () => Catalog;
  now?: () => Date;
}

export type ReportsService = ReturnType<typeof reportsService>;

export function reportsService(deps: ReportsDeps) {
  const now = deps.now ?? (() => new Date());
  const { repo } = deps;
  return {
    async summary(period: Period): Promise<Summary> {
      const [feedback, survey, usage, gaps, calendar, units, fields, handling, guides, news, faq, hotlines] = await Promise.all([
        repo.feedbackFacts(period),
        repo.survey(period),
        repo.usageTotals(period),
        repo.gaps(period, 0),
        deps.calendar.get(),
        repo.content.units(),
        repo.content.fields(),
        repo.content.handlingUnits(),
        repo.content.guides(),
        repo.content.news(),
        repo.content.faq(),
        repo.content.hotlines(),
      ]);
      const catalog = deps.catalog();
      let curated = 0;
      for (const p of catalog.all()) if ((p as { curated?: boolean }).curated) curated++;
      const unitName = period.unit ? ((units.find((u) => u.code === period.unit)?.name as string | undefined) ?? null) : null;
      return summarize({
        period,
        unitName,
        now: now(),
        calendar,
        feedback,
        survey,
        usage,
        gaps: { distinct: gaps.distinct, total: gaps.total },
        content: {
          curatedProcedures: curated,
          procedures: catalog.size,
          guides: guides.length,
          newsInPeriod: news.filter((n) => String(n.publishedAt) >= period.from && String(n.publishedAt) <= period.to).length,
          faq: faq.length,
          // Published numbers only: a blank slot (number not entered yet) is not a hotline.
          hotlines: hotlines.filter((h) => Boolean((h as { number?: unknown }).number)).length,
        },
        labels: {
          fields: new Map(fields.map((f) => [String(f.id), String(f.name)])),
          units: new Map(handling.map((u) => [String(u.id), String(u.name)])),
        },
      });
    },
    gaps: (period: Period, limit: number) => repo.gaps(period, limit),
  };
}
