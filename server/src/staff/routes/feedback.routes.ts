// The handling side of feedback: inbox, counts, detail, photos and every action.
// Handlers see only their units' feedback (another unit's answers 404); admins see all.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../lib/errors.js';
import { z } from '../../lib/zod-vi.js';
import { canSeeFeedback, feedbackFor } from '../access.js';
import {
  answerBody,
  duplicateBody,
  noteBody,
  publishBody,
  publishPreviewResponse,
  rejectBody,
  staffActions,
  transferBody,
} from '../actions.js';
import { requireStaff, who } from '../auth.js';
import type { StaffContext } from '../context.js';
import { detailResponse, feedbackDetail } from '../detail.js';
import { countsResponse, inboxCounts, inboxQuery, inboxResponse, listInbox } from '../inbox.js';
import { codeParam, errors, tags } from './schemas.js';

export const actionResponse = z.object({
  /** null when the case left the staff member's units (e.g. after a transfer). */
  detail: detailResponse.nullable(),
  notified: z.enum(['sent', 'failed', 'none']).optional(),
});

export const staffUnitsResponse = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });

export default async function staffFeedbackRoutes(app: FastifyInstance, opts: { ctx: StaffContext }) {
  const { ctx } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const act = staffActions(ctx);
  const handler = requireStaff('feedback.handle');

  /** Detail after an action, if the staff member may still see the case. */
  const after = async (req: FastifyRequest, code: string) => {
    const fb = await ctx.feedback.byTrackingCode(code.trim().toUpperCase());
    return fb && canSeeFeedback(who(req), fb.unitId) ? feedbackDetail(ctx, fb) : null;
  };
  const load = (req: FastifyRequest, code: string) => feedbackFor(ctx, who(req), code);

  r.get(
    '/api/staff/feedback',
    {
      preHandler: handler,
      schema: { tags, summary: 'Hộp thư phản ánh của đơn vị', querystring: inboxQuery, response: { 200: inboxResponse, ...errors } },
    },
    async (req) => listInbox(ctx, who(req), req.query),
  );
  r.get(
    '/api/staff/feedback/counts',
    {
      preHandler: handler,
      schema: { tags, summary: 'Số phản ánh theo nhóm (cho thanh điều hướng)', response: { 200: countsResponse, ...errors } },
    },
    async (req) => inboxCounts(ctx, who(req)),
  );
  r.get(
    '/api/staff/feedback/:code',
    {
      preHandler: handler,
      schema: {
        tags,
        summary: 'Chi tiết phản ánh (kèm thông tin người gửi)',
        params: codeParam,
        response: { 200: detailResponse, ...errors },
      },
    },
    async (req) => {
      const fb = await load(req, req.params.code);
      return feedbackDetail(ctx, fb);
    },
  );
  r.get(
    '/api/staff/feedback/:code/photos/:photoId',
    {
      preHandler: handler,
      schema: {
        tags,
        summary: 'Ảnh đính kèm',
        params: codeParam.extend({ photoId: z.string().regex(/^[0-9a-f-]{36}$/) }),
        response: { 200: z.any().describe('ảnh'), ...errors },
      },
    },
    async (req, reply) => {
      const fb = await load(req, req.params.code);
      if (!fb.attachments.includes(req.params.photoId)) throw notFound('Không có ảnh này.');
      const photo = await ctx.readPhoto(req.params.photoId);
      if (!photo) throw notFound('Ảnh không còn trên máy chủ.');
      return reply.type(photo.type).header('cache-control', 'private, no-store').header('content-disposition', 'inline').send(photo.data);
    },
  );

  // ── Actions ──
  const route = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B | null,
    /** May resolve to { notified } (answer); other actions resolve to nothing. */
    run: (req: FastifyRequest, code: string, body: z.infer<B>) => Promise<unknown>,
  ) =>
    r.post(
      `/api/staff/feedback/:code/${path}`,
      {
        preHandler: handler,
        schema: { tags, summary, params: codeParam, ...(body ? { body } : {}), response: { 200: actionResponse, ...errors } },
      },
      async (req) => {
        const res = ((await run(req, req.params.code, req.body as z.infer<B>)) ?? {}) as { notified?: 'sent' | 'failed' | 'none' };
        return { detail: await after(req, req.params.code), ...res };
      },
    );

  route('acknowledge', 'Nhận xử lý (chuyển sang "Đang xử lý")', null, async (req, code) =>
    act.acknowledge(who(req), await load(req, code)),
  );
  route('answer', 'Trả lời (công khai là bước riêng, qua xem trước)', answerBody, async (req, code, b) =>
    act.answer(who(req), await load(req, code), b),
  );
  route(
    'publish',
    'Công khai (với tiêu đề, nội dung, trả lời đã xem trước; được ẩn thông tin cá nhân lần nữa) hoặc thôi công khai',
    publishBody,
    async (req, code, b) => act.setPublish(who(req), await load(req, code), b),
  );
  r.get(
    '/api/staff/feedback/:code/publish-preview',
    {
      preHandler: handler,
      schema: {
        tags,
        summary:
          'Xem trước bản công khai: số điện thoại, email, số giấy tờ, tên và địa chỉ người gửi đã được ẩn; cán bộ sửa được trước khi công khai',
        params: codeParam,
        response: { 200: publishPreviewResponse, ...errors },
      },
    },
    async (req) => act.publishPreview(await load(req, req.params.code)),
  );
  route('transfer', 'Chuyển sang đơn vị khác (kèm lý do)', transferBody, async (req, code, b) =>
    act.transfer(who(req), await load(req, code), b),
  );
  route('reject', 'Không tiếp nhận vì ngoài phạm vi (kèm lý do và kênh phù hợp)', rejectBody, async (req, code, b) =>
    act.reject(who(req), await load(req, code), b),
  );
  route('duplicate', 'Đánh dấu trùng với phản ánh khác', duplicateBody, async (req, code, b) =>
    act.duplicate(who(req), await load(req, code), b.of),
  );
  route('close', 'Kết thúc', null, async (req, code) => act.close(who(req), await load(req, code)));
  route('notes', 'Ghi chú nội bộ (người gửi không thấy)', noteBody, async (req, code, b) =>
    act.note(who(req), await load(req, code), b.text),
  );

  r.post(
    '/api/staff/feedback/:code/deliveries/:deliveryId/retry',
    {
      preHandler: handler,
      schema: {
        tags,
        summary: 'Gửi lại một lần gửi thất bại đến đơn vị',
        params: codeParam.extend({ deliveryId: z.string().min(1).max(100) }),
        response: { 200: actionResponse, ...errors },
      },
    },
    async (req) => {
      await act.retryDelivery(who(req), await load(req, req.params.code), req.params.deliveryId);
      return { detail: await after(req, req.params.code) };
    },
  );

  r.get(
    '/api/staff/units',
    {
      preHandler: requireStaff(),
      schema: {
        tags,
        summary: 'Đơn vị xử lý (để lọc và chuyển)',
        response: { 200: staffUnitsResponse, ...errors },
      },
    },
    async () => ({
      items: [...(await ctx.content.handlingUnitNames())].map(([id, name]) => ({ id, name })),
    }),
  );
}
