// The inbox: feedback of the staff member's units, filtered, with working days left or over.
import { addWorkingDays, isoDate, vnDate } from '../calendar/calendar.js';
import { workingDaysBetween } from '../calendar/working-days.js';
import { KINDS } from '../feedback/feedback.schemas.js';
import type { FeedbackDoc } from '../feedback/feedback.types.js';
import { STATUS_VALUES, STATUSES, type Status } from '../feedback/statuses.js';
import { z } from '../lib/zod-vi.js';
import { accentInsensitive } from './accent-regex.js';
import { scopeFilter } from './access.js';
import type { StaffContext } from './context.js';
import type { StaffPrincipal } from './staff.types.js';

export const OPEN_STATUSES = STATUS_VALUES.filter((s) => STATUSES[s].type === 'open');
export const CLOSED_STATUSES = STATUS_VALUES.filter((s) => STATUSES[s].type === 'closed');
/** Not yet taken up by the unit. */
const NEW_STATUSES: Status[] = ['received', 'forwarded', 'transferred'];
/** "Due soon": at most this many working days left. */
export const DUE_SOON_DAYS = 2;

export const inboxQuery = z.object({
  status: z.enum(['open', 'new', 'closed', 'all', ...STATUS_VALUES], { error: 'Trạng thái không hợp lệ.' }).default('open'),
  field: z.string().max(80).optional(),
  unit: z.string().max(80).optional(),
  due: z.enum(['soon', 'overdue'], { error: 'due chỉ nhận "soon" hoặc "overdue".' }).optional(),
  q: z.string().trim().max(100).default(''),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type InboxQuery = z.infer<typeof inboxQuery>;

export const inboxItem = z.object({
  trackingCode: z.string(),
  kind: z.enum(KINDS),
  subject: z.string(),
  status: z.enum(STATUS_VALUES),
  statusLabel: z.string(),
  field: z.string().nullable(),
  unit: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.string(),
  dueAt: z.string(),
  /** Open cases: working days until the due date (0 = due today, negative = overdue by that many). */
  workingDaysLeft: z.number().int().nullable(),
  overdue: z.boolean(),
});
export const inboxResponse = z.object({ items: z.array(inboxItem), total: z.number().int() });

export const countsResponse = z.object({
  open: z.number().int(),
  new: z.number().int(),
  in_progress: z.number().int(),
  dueSoon: z.number().int(),
  overdue: z.number().int(),
  answered: z.number().int(),
  closed: z.number().int(),
  deadDeliveries: z.number().int(),
});

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function dueBounds(ctx: StaffContext) {
  const t = ctx.now();
  const cal = await ctx.calendar.get();
  return { today: vnDate(t), soon: isoDate(addWorkingDays(t, DUE_SOON_DAYS, cal)), cal };
}

export async function unitNames(ctx: StaffContext): Promise<Map<string, string>> {
  return ctx.content.handlingUnitNames();
}

export async function listInbox(ctx: StaffContext, s: StaffPrincipal, q: InboxQuery) {
  const { today, soon, cal } = await dueBounds(ctx);
  const f: Record<string, unknown>[] = [scopeFilter(s)];
  if (q.status === 'open') f.push({ status: { $in: OPEN_STATUSES } });
  else if (q.status === 'new') f.push({ status: { $in: NEW_STATUSES } });
  else if (q.status === 'closed') f.push({ status: { $in: CLOSED_STATUSES } });
  else if (q.status !== 'all') f.push({ status: q.status });
  if (q.field) f.push({ field: q.field });
  if (q.unit) f.push({ unitId: q.unit });
  if (q.due === 'overdue') f.push({ status: { $in: OPEN_STATUSES }, dueAt: { $lt: today } });
  if (q.due === 'soon') f.push({ status: { $in: OPEN_STATUSES }, dueAt: { $gte: today, $lte: soon } });
  if (q.q) {
    // Typed without accents (as on most phones and many office keyboards) still matches.
    f.push({
      $or: [{ trackingCode: { $regex: escapeRe(q.q), $options: 'i' } }, { subject: { $regex: accentInsensitive(q.q), $options: 'i' } }],
    });
  }
  const filter = { $and: f };
  const openView = q.status === 'open' || q.status === 'new' || !!q.due;
  // Stable keys only: updatedAt moves while the outbox works, and pages would shift under the reader.
  const sort: Record<string, 1 | -1> = openView ? { dueAt: 1, createdAt: 1, _id: 1 } : { createdAt: -1, _id: -1 };
  const [docs, total, names] = await Promise.all([
    ctx.feedback.feedback.find(filter, { sort, skip: q.offset, limit: q.limit, projection: { sender: 0, timeline: 0, content: 0 } }),
    ctx.feedback.feedback.count(filter),
    unitNames(ctx),
  ]);
  return {
    total,
    items: docs.map((fb: FeedbackDoc) => {
      const open = STATUSES[fb.status].type === 'open';
      const left = open ? workingDaysBetween(today, fb.dueAt, cal) : null;
      return {
        trackingCode: fb.trackingCode,
        kind: fb.kind,
        subject: fb.subject,
        status: fb.status,
        statusLabel: STATUSES[fb.status].label,
        field: fb.field,
        unit: { id: fb.unitId, name: names.get(fb.unitId) ?? fb.unitId },
        createdAt: fb.createdAt,
        dueAt: fb.dueAt,
        workingDaysLeft: left,
        overdue: open && fb.dueAt < today,
      };
    }),
  };
}

/** Numbers for the navigation: one count query each, all within the staff member's scope. */
export async function inboxCounts(ctx: StaffContext, s: StaffPrincipal) {
  const { today, soon } = await dueBounds(ctx);
  const scope = scopeFilter(s);
  const c = (extra: Record<string, unknown>) => ctx.feedback.feedback.count({ $and: [scope, extra] });
  const open = { status: { $in: OPEN_STATUSES } };
  const [o, n, ip, dueSoon, overdue, answered, closed] = await Promise.all([
    c(open),
    c({ status: { $in: NEW_STATUSES } }),
    c({ status: 'in_progress' }),
    c({ ...open, dueAt: { $gte: today, $lte: soon } }),
    c({ ...open, dueAt: { $lt: today } }),
    c({ status: 'answered' }),
    c({ status: { $in: CLOSED_STATUSES } }),
  ]);
  const deadDeliveries = await ctx.feedback.deliveries.count({ $and: [scope, { status: 'dead', feedbackId: { $exists: true } }] });
  return { open: o, new: n, in_progress: ip, dueSoon, overdue, answered, closed, deadDeliveries };
}
