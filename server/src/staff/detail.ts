// One feedback as the handling unit sees it: everything, including the sender's personal data
// (only ever reached through access.ts), its deliveries and what can be done next.
import { vnDate } from '../calendar/calendar.js';
import { workingDaysBetween } from '../calendar/working-days.js';
import { KINDS } from '../feedback/feedback.schemas.js';
import type { FeedbackDoc } from '../feedback/feedback.types.js';
import { canMove, EVENT_TYPES, STATUS_VALUES, STATUSES, type Status } from '../feedback/statuses.js';
import { z } from '../lib/zod-vi.js';
import type { StaffContext } from './context.js';
import { unitNames } from './inbox.js';

export const ACTIONS = ['acknowledge', 'answer', 'transfer', 'reject', 'duplicate', 'close', 'publish'] as const;
export type Action = (typeof ACTIONS)[number];

export const ratingSchema = z.object({ stars: z.number().int(), solved: z.boolean(), comment: z.string().nullable(), at: z.string() });

export const detailResponse = z.object({
  trackingCode: z.string(),
  kind: z.enum(KINDS),
  subject: z.string(),
  content: z.string(),
  field: z.object({ id: z.string(), name: z.string() }).nullable(),
  commune: z.object({ code: z.string(), name: z.string() }),
  procedure: z.object({ code: z.string(), name: z.string().nullable() }).nullable(),
  location: z.object({ lat: z.number().optional(), lng: z.number().optional(), text: z.string().optional() }).nullable(),
  photos: z.array(z.object({ id: z.string(), url: z.string() })),
  sender: z.object({ name: z.string().nullable(), phone: z.string().nullable(), address: z.string().nullable() }),
  consent: z.object({ version: z.string(), at: z.string(), withdrawnAt: z.string().nullable() }),
  publish: z.boolean(),
  publishApproved: z.boolean(),
  status: z.enum(STATUS_VALUES),
  statusLabel: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }),
  deadlineDays: z.number().int(),
  dueAt: z.string(),
  workingDaysLeft: z.number().int().nullable(),
  overdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().nullable(),
  anonymisedAt: z.string().nullable(),
  answer: z.object({ text: z.string(), at: z.string(), by: z.string() }).nullable(),
  rejectReason: z.string().nullable(),
  duplicateOf: z.string().nullable(),
  rating: ratingSchema.nullable(),
  timeline: z.array(
    z.object({
      at: z.string(),
      by: z.string(),
      type: z.string(),
      label: z.string(),
      note: z.string().nullable(),
      citizenVisible: z.boolean(),
    }),
  ),
  deliveries: z.array(
    z.object({
      id: z.string(),
      channel: z.string(),
      to: z.string(),
      unitId: z.string(),
      status: z.string(),
      attempts: z.number().int(),
      lastError: z.string().nullable(),
      nextAttemptAt: z.string().nullable(),
      deliveredAt: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  notifications: z.array(z.object({ at: z.string(), channel: z.string(), status: z.string(), error: z.string().nullable() })),
  actions: z.array(z.enum(ACTIONS)),
});
export type FeedbackDetail = z.infer<typeof detailResponse>;

export function allowedActions(fb: FeedbackDoc): Action[] {
  const out: Action[] = [];
  const can = (to: Status) => canMove(fb.status, to);
  if (can('in_progress')) out.push('acknowledge');
  if (can('answered')) out.push('answer');
  if (can('transferred')) out.push('transfer');
  if (can('rejected')) out.push('reject');
  if (can('duplicate')) out.push('duplicate');
  if (can('closed')) out.push('close');
  if (fb.publish && fb.answer && (fb.status === 'answered' || fb.status === 'closed')) out.push('publish');
  return out;
}

const channelTo = (c: { type: string; to?: string; url?: string; userIds?: string[] }) =>
  c.type === 'email'
    ? (c.to ?? '')
    : c.type === 'webhook'
      ? new URL(c.url ?? 'http://invalid').host
      : `${c.userIds?.length ?? 0} người nhận Zalo`;

export async function feedbackDetail(ctx: StaffContext, fb: FeedbackDoc): Promise<FeedbackDetail> {
  const [names, communeName, fieldName, deliveries, legacy, notices, cal] = await Promise.all([
    unitNames(ctx),
    ctx.content.adminUnitName(fb.communeCode),
    fb.field ? ctx.content.fieldName(fb.field) : null,
    ctx.feedback.deliveriesOf(fb._id),
    ctx.feedback.legacyNoticesOf(fb._id),
    ctx.feedback.noticesOf(fb._id),
    ctx.calendar.get(),
  ]);
  const notes = [
    ...legacy.map((n) => ({
      at: n.at as string,
      channel: n.channel as string,
      status: n.status as string,
      error: (n.error as string) ?? null,
    })),
    ...notices.map((d) => ({
      at: d.deliveredAt ?? d.createdAt,
      channel: d.channel.type,
      // pending = waiting for its next try (the first one is made when the answer is saved).
      status: d.status === 'delivered' ? 'sent' : d.status === 'dead' || d.lastError ? 'failed' : 'pending',
      error: d.lastError,
    })),
  ];
  const staffIds = [...new Set([...fb.timeline.map((e) => e.by), fb.answer?.by ?? ''])].filter(
    (b) => b && b !== 'system' && b !== 'citizen',
  );
  const staffNames = new Map((await ctx.staff.staff.find({ _id: { $in: staffIds } })).map((s) => [s._id, s.displayName || s.username]));
  const by = (b: string) => (b === 'system' ? 'Hệ thống' : b === 'citizen' ? 'Người gửi' : (staffNames.get(b) ?? 'Cán bộ'));
  const today = vnDate(ctx.now());
  const open = STATUSES[fb.status].type === 'open';
  const code = encodeURIComponent(fb.trackingCode);
  return {
    trackingCode: fb.trackingCode,
    kind: fb.kind,
    subject: fb.subject,
    content: fb.content,
    field: fb.field ? { id: fb.field, name: fieldName ?? fb.field } : null,
    commune: { code: fb.communeCode, name: communeName ?? fb.communeCode },
    procedure: fb.procedureCode ? { code: fb.procedureCode, name: ctx.procedureName(fb.procedureCode) } : null,
    location: fb.location,
    photos: fb.attachments.map((id) => ({ id, url: `/api/staff/feedback/${code}/photos/${id}` })),
    sender: fb.sender,
    consent: { version: fb.consent.version, at: fb.consent.at, withdrawnAt: fb.consent.withdrawnAt },
    publish: fb.publish,
    publishApproved: fb.publishApproved,
    status: fb.status,
    statusLabel: STATUSES[fb.status].label,
    unit: { id: fb.unitId, name: names.get(fb.unitId) ?? fb.unitId },
    deadlineDays: fb.deadlineDays,
    dueAt: fb.dueAt,
    workingDaysLeft: open ? workingDaysBetween(today, fb.dueAt, cal) : null,
    overdue: open && fb.dueAt < today,
    createdAt: fb.createdAt,
    updatedAt: fb.updatedAt,
    closedAt: fb.closedAt,
    anonymisedAt: fb.anonymisedAt,
    answer: fb.answer ? { text: fb.answer.text, at: fb.answer.at, by: by(fb.answer.by) } : null,
    rejectReason: fb.rejectReason ?? null,
    duplicateOf: fb.duplicateOf ?? null,
    rating: (fb.rating as FeedbackDetail['rating'] | undefined) ?? null,
    timeline: fb.timeline.map((e) => ({
      at: e.at,
      by: by(e.by),
      type: e.type,
      label:
        e.type === 'status' && typeof e.data?.to === 'string'
          ? STATUSES[e.data.to as Status].label
          : (EVENT_TYPES[e.type]?.label ?? e.type),
      note: e.note,
      citizenVisible: EVENT_TYPES[e.type]?.citizen ?? false,
    })),
    deliveries: deliveries.map((d) => ({
      id: d._id,
      channel: d.channel.type,
      to: channelTo(d.channel),
      unitId: d.unitId,
      status: d.status,
      attempts: d.attempts,
      lastError: d.lastError,
      nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt : null,
      deliveredAt: d.deliveredAt,
      createdAt: d.createdAt,
    })),
    notifications: notes,
    actions: allowedActions(fb),
  };
}
