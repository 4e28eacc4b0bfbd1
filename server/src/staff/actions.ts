// Staff actions on one feedback. Status moves go through the feedback service's transition()
// (atomic on the current status); what the console adds — publishing choice, a new delivery on
// transfer, internal notes, citizen notification, audit — happens here.
import { answerNotice, unitDeliveries } from '../feedback/feedback.deliveries.js';
import type { FeedbackDoc } from '../feedback/feedback.types.js';
import { maskPersonalData } from '../feedback/mask.js';
import { badRequest, conflict, notFound } from '../lib/errors.js';
import { z } from '../lib/zod-vi.js';
import { fold } from '../text/normalize.js';
import type { StaffContext } from './context.js';
import type { StaffPrincipal } from './staff.types.js';

const longText = (what: string, min: number, max: number) =>
  z
    .string({ error: `Vui lòng nhập ${what}.` })
    .trim()
    .min(min, `${what.charAt(0).toUpperCase()}${what.slice(1)} cần ít nhất ${min} ký tự.`)
    .max(max, `${what.charAt(0).toUpperCase()}${what.slice(1)} dài tối đa ${max} ký tự.`);

export const answerBody = z.strictObject({
  text: longText('nội dung trả lời', 10, 8000),
  publish: z.boolean({ error: 'Chọn có công khai câu trả lời hay không.' }).default(false),
});
/** Publishing carries the texts staff checked in the preview (masked again on the server). */
export const publishBody = z
  .strictObject({
    publish: z.boolean({ error: 'Chọn có công khai câu trả lời hay không.' }),
    subject: longText('tiêu đề công khai', 5, 200).optional(),
    content: longText('nội dung công khai', 10, 4000).optional(),
    answer: longText('câu trả lời công khai', 10, 8000).optional(),
  })
  .refine((b) => !b.publish || (b.subject && b.content && b.answer), {
    message: 'Công khai cần tiêu đề, nội dung và câu trả lời đã xem trước.',
    path: ['answer'],
  });
export const publishPreviewResponse = z.object({
  subject: z.string(),
  content: z.string(),
  answer: z.string(),
  /** How many places were masked automatically. */
  masked: z.number().int(),
});
export const transferBody = z.strictObject({
  unitId: z.string({ error: 'Chọn đơn vị nhận.' }).min(1, 'Chọn đơn vị nhận.').max(80),
  reason: longText('lý do chuyển', 5, 1000),
});
export const rejectBody = z.strictObject({
  reason: longText('lý do không tiếp nhận', 5, 1000),
  /** Where the citizen should go instead, e.g. "Ban Tiếp công dân" for complaints. */
  channel: z.string().trim().max(500).default(''),
});
export const duplicateBody = z.strictObject({
  of: z
    .string({ error: 'Nhập mã phản ánh bị trùng.' })
    .trim()
    .toUpperCase()
    .regex(/^(PA|KN|HD)-\d{4}-\d{6,}$/, 'Mã phản ánh có dạng PA-2026-000123.'),
});
export const noteBody = z.strictObject({ text: longText('ghi chú', 2, 4000) });

/** Text the public search matches: accent-folded so "duong" finds "đường". */
export const publicSearchText = (fb: Pick<FeedbackDoc, 'subject' | 'content'>, answer: string) =>
  fold(`${fb.subject} ${fb.content} ${answer}`).replace(/\s+/g, ' ');

export function staffActions(ctx: StaffContext) {
  const { service, audit } = ctx;
  /** The sender can still be messaged (not erased in the meantime). */
  const stillReachable = async (id: string) => {
    const fb = await ctx.feedback.byId(id);
    return !!fb?.zaloUserId && !fb.anonymisedAt;
  };
  const target = (fb: FeedbackDoc) => ({ type: 'feedback', id: fb.trackingCode });

  return {
    async acknowledge(s: StaffPrincipal, fb: FeedbackDoc) {
      await service.transition(fb._id, 'in_progress', { by: s.id });
      await audit.record(s, 'feedback.acknowledge', target(fb), { from: fb.status, to: 'in_progress' });
    },

    /**
     * Answers the citizen. Publishing is a separate step through the preview (publishPreview,
     * setPublish), so a new answer takes the case off the public list until it is checked again.
     */
    async answer(s: StaffPrincipal, fb: FeedbackDoc, body: z.infer<typeof answerBody>) {
      if (body.publish && !fb.publish) throw badRequest('Người gửi không đồng ý công khai, nên câu trả lời không thể công khai.');
      // The sender hears of it on Zalo when they gave their Zalo id: an outbox delivery written with
      // the answer, tried at once (so staff see whether it went) and retried by the worker after.
      const notice = fb.zaloUserId && !fb.anonymisedAt ? answerNotice(fb, ctx.now().toISOString()) : null;
      await service.transition(fb._id, 'answered', {
        by: s.id,
        answer: body.text,
        deliveries: (_fb, at) => (notice ? [{ ...notice, createdAt: at, nextAttemptAt: at }] : []),
      });
      await ctx.feedback.feedback.updateOne({ _id: fb._id }, { $set: { publishApproved: false, publicText: null, publicSearch: null } });
      const status = notice ? await ctx.outbox.sendNow(notice._id) : null;
      const notified = !notice
        ? 'none'
        : status === 'delivered'
          ? 'sent'
          : status === 'dead' && !(await stillReachable(fb._id))
            ? 'none'
            : 'failed';
      await audit.record(s, 'feedback.answer', target(fb), { from: fb.status, to: 'answered', notified });
      return { notified };
    },

    /** What would be published, with personal data masked automatically, for staff to check and edit. */
    publishPreview(fb: FeedbackDoc): z.infer<typeof publishPreviewResponse> {
      if (!fb.answer || (fb.status !== 'answered' && fb.status !== 'closed')) throw conflict('Chỉ công khai được phản ánh đã có trả lời.');
      if (!fb.publish || fb.anonymisedAt) throw badRequest('Người gửi không đồng ý công khai, nên câu trả lời không thể công khai.');
      const who = { senderName: fb.sender.name, senderAddress: fb.sender.address };
      const [subject, content, answer] = [fb.subject, fb.content, fb.answer.text].map((t) => maskPersonalData(t, who));
      return {
        subject: subject!.text,
        content: content!.text,
        answer: answer!.text,
        masked: subject!.masked + content!.masked + answer!.masked,
      };
    },

    async setPublish(s: StaffPrincipal, fb: FeedbackDoc, body: z.infer<typeof publishBody>) {
      if (!fb.answer || (fb.status !== 'answered' && fb.status !== 'closed')) throw conflict('Chỉ công khai được phản ánh đã có trả lời.');
      if (body.publish && (!fb.publish || fb.anonymisedAt))
        throw badRequest('Người gửi không đồng ý công khai, nên câu trả lời không thể công khai.');
      const at = ctx.now().toISOString();
      let publicText: FeedbackDoc['publicText'] = null;
      if (body.publish) {
        // Masked again: an edit in the preview cannot put a phone number or the name back.
        const who = { senderName: fb.sender.name, senderAddress: fb.sender.address };
        const mask = (t = '') => maskPersonalData(t, who).text;
        publicText = { subject: mask(body.subject), content: mask(body.content), answer: mask(body.answer), at, by: s.id };
      }
      await ctx.feedback.feedback.updateOne(
        { _id: fb._id },
        {
          $set: {
            publishApproved: body.publish,
            publicText,
            publicSearch: publicText ? publicSearchText(publicText, publicText.answer) : null,
            updatedAt: at,
          },
        },
      );
      await audit.record(s, body.publish ? 'feedback.publish' : 'feedback.unpublish', target(fb));
    },

    /** Moves the case to another unit and queues a delivery to that unit's channels. */
    async transfer(s: StaffPrincipal, fb: FeedbackDoc, body: z.infer<typeof transferBody>) {
      if (body.unitId === fb.unitId) throw badRequest('Phản ánh đang ở đơn vị này; hãy chọn đơn vị khác.');
      const unit = await ctx.content.handlingUnit(body.unitId);
      if (!unit) throw badRequest('Không có đơn vị xử lý này.');
      // The status change and the new unit's deliveries are one write.
      await service.transition(fb._id, 'transferred', {
        by: s.id,
        unitId: unit.id,
        reason: `Chuyển đến ${unit.name}: ${body.reason}`,
        deliveries: (f, at) => unitDeliveries(f, unit, at),
      });
      await audit.record(s, 'feedback.transfer', target(fb), { from: fb.unitId, to: unit.id, deliveries: unit.channels.length });
    },

    async reject(s: StaffPrincipal, fb: FeedbackDoc, body: z.infer<typeof rejectBody>) {
      const reason = body.channel ? `${body.reason} Kênh phù hợp: ${body.channel}` : body.reason;
      await service.transition(fb._id, 'rejected', { by: s.id, reason });
      await audit.record(s, 'feedback.reject', target(fb), { from: fb.status, to: 'rejected' });
    },

    async duplicate(s: StaffPrincipal, fb: FeedbackDoc, of: string) {
      if (of === fb.trackingCode) throw badRequest('Phản ánh không thể trùng với chính nó.');
      if (!(await ctx.feedback.byTrackingCode(of))) throw badRequest(`Không có phản ánh ${of}.`);
      await service.transition(fb._id, 'duplicate', { by: s.id, duplicateOf: of });
      await audit.record(s, 'feedback.duplicate', target(fb), { from: fb.status, to: 'duplicate', of });
    },

    async close(s: StaffPrincipal, fb: FeedbackDoc) {
      await service.transition(fb._id, 'closed', { by: s.id });
      await audit.record(s, 'feedback.close', target(fb), { from: fb.status, to: 'closed' });
    },

    /** Internal note: on the staff timeline only (EVENT_TYPES.note is not citizen-visible). */
    async note(s: StaffPrincipal, fb: FeedbackDoc, text: string) {
      await ctx.feedback.addEvent(fb._id, { at: ctx.now().toISOString(), by: s.id, type: 'note', note: text });
      await audit.record(s, 'feedback.note', target(fb));
    },

    async retryDelivery(s: StaffPrincipal, fb: FeedbackDoc, deliveryId: string) {
      const d = await ctx.feedback.deliveries.findOne({ _id: deliveryId, feedbackId: fb._id });
      if (!d) throw notFound('Không tìm thấy lần gửi này.');
      if (!(await ctx.outbox.retryDelivery(deliveryId, s.id)))
        throw conflict('Lần gửi này đã thành công hoặc đang được gửi; không cần gửi lại.');
      await audit.record(s, 'delivery.retry', { type: 'delivery', id: deliveryId }, { feedback: fb.trackingCode, channel: d.channel.type });
    },
  };
}
export type StaffActions = ReturnType<typeof staffActions>;
