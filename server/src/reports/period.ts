// A report period: calendar dates in Vietnam, both ends included, and the instants they span.
import { z } from '../lib/zod-vi.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3600_000;
/** A period longer than this is refused (a typo like 2206 instead of 2026). */
export const MAX_PERIOD_DAYS = 3 * 366;

const isRealDate = (s: string) => {
  const t = Date.parse(`${s}T00:00:00Z`);
  return DATE.test(s) && Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === s;
};

export const periodFields = z.object({
  from: z
    .string({ error: 'Thiếu ngày bắt đầu (from=YYYY-MM-DD).' })
    .refine(isRealDate, 'Ngày bắt đầu phải có dạng YYYY-MM-DD, ví dụ 2026-01-01.'),
  to: z
    .string({ error: 'Thiếu ngày kết thúc (to=YYYY-MM-DD).' })
    .refine(isRealDate, 'Ngày kết thúc phải có dạng YYYY-MM-DD, ví dụ 2026-12-31.'),
  unit: z
    .string()
    .trim()
    .max(40, 'Mã đơn vị dài tối đa 40 ký tự.')
    .regex(/^[\w.-]*$/, 'Mã đơn vị không hợp lệ.')
    .optional()
    .transform((v) => v || undefined),
});

/** The period checks on top of any query that has from/to (and maybe more). */
export function withPeriodChecks<T extends z.ZodType<{ from: string; to: string }>>(schema: T) {
  return schema
    .refine((q) => q.from <= q.to, { message: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.', path: ['to'] })
    .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / DAY_MS < MAX_PERIOD_DAYS, {
      message: 'Kỳ báo cáo dài tối đa 3 năm.',
      path: ['to'],
    });
}

export const periodQuery = withPeriodChecks(periodFields);
export type Period = z.infer<typeof periodFields>;

/** ISO instants [start, end) covering the Vietnamese dates from…to. */
export function periodInstants(p: { from: string; to: string }): { start: string; end: string } {
  const start = Date.parse(`${p.from}T00:00:00Z`) - VN_OFFSET_MS;
  const end = Date.parse(`${p.to}T00:00:00Z`) + DAY_MS - VN_OFFSET_MS;
  return { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
}

/** "2026-03-05" → "05/03/2026". */
export const viDate = (day: string) => day.split('-').reverse().join('/');
