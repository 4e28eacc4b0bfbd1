// Survey figures for a period: responses, the mean score (each response's mean of the criteria it
// answered, averaged), the mean per criterion and the share of satisfied answers (score ≥ 4).
import { CRITERIA, type CriterionId, SATISFIED_FROM } from './criteria.js';
import type { SurveyDoc } from './survey.repository.js';

export interface SurveyStats {
  responses: number;
  /** 1–5, two decimals; null without responses. */
  average: number | null;
  /** Share (0–1) of all given scores that are 4 or 5. */
  satisfiedShare: number | null;
  criteria: { id: CriterionId; label: string; answers: number; average: number | null; satisfiedShare: number | null }[];
  byOffice: { office: string; responses: number; average: number | null }[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const mean = (sum: number, n: number) => (n ? round2(sum / n) : null);

export function surveyStats(docs: Pick<SurveyDoc, 'office' | 'scores'>[]): SurveyStats {
  const per = new Map<CriterionId, { n: number; sum: number; ok: number }>(CRITERIA.map((c) => [c.id, { n: 0, sum: 0, ok: 0 }]));
  const offices = new Map<string, { n: number; sum: number }>();
  let sumOfMeans = 0;
  let given = 0;
  let satisfied = 0;
  for (const d of docs) {
    let s = 0;
    let n = 0;
    for (const [id, v] of Object.entries(d.scores ?? {})) {
      const c = per.get(id as CriterionId);
      if (!c || typeof v !== 'number') continue;
      c.n++;
      c.sum += v;
      if (v >= SATISFIED_FROM) c.ok++;
      s += v;
      n++;
      given++;
      if (v >= SATISFIED_FROM) satisfied++;
    }
    if (!n) continue;
    sumOfMeans += s / n;
    const o = offices.get(d.office) ?? { n: 0, sum: 0 };
    o.n++;
    o.sum += s / n;
    offices.set(d.office, o);
  }
  return {
    responses: docs.length,
    average: mean(sumOfMeans, docs.length),
    satisfiedShare: given ? round2(satisfied / given) : null,
    criteria: CRITERIA.map((c) => {
      const x = per.get(c.id) as { n: number; sum: number; ok: number };
      return { id: c.id, label: c.label, answers: x.n, average: mean(x.sum, x.n), satisfiedShare: x.n ? round2(x.ok / x.n) : null };
    }),
    byOffice: [...offices]
      .map(([office, o]) => ({ office, responses: o.n, average: mean(o.sum, o.n) }))
      .sort((a, b) => b.responses - a.responses),
  };
}
