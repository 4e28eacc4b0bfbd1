// Feedback API for citizens: submit (idempotent, rate-limited, anti-bot), track by code and the
// last 4 phone digits, erase personal data, list published answers. Bodies are never logged.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { calendarRepository } from '../calendar/calendar.repository.js';
import { consentResponse, eraseResponse, formTokenResponse } from '../contract/schemas.js';
import { AppError } from '../lib/errors.js';
import { problem } from '../lib/problem.js';
import { z } from '../lib/zod-vi.js';
import { CONSENT_PURPOSE } from './consent.js';
import {
  eraseCode,
  feedbackBody,
  idempotencyHeaders,
  phoneLast4,
  publicQuery,
  publicResponse,
  submitResponse,
  trackingCodeParam,
  trackResponse,
} from './feedback.schemas.js';
import { phoneKey } from './phone.js';
import { listPublicAnswers } from './public-answers.js';

const tags = ['Phản ánh, kiến nghị'];
const errors = { 400: problem, 404: problem, 409: problem, 429: problem, 503: problem };

export default async function feedbackRoutes(app: FastifyInstance, opts: { ipMax: number; phoneMax: number }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const svc = app.feedback.service;
  // Published answers: accent-folded search, working days taken (staff module, issue 7).
  const calendar = calendarRepository(app.store);

  // Per phone: keyed on a hash of the number (never the number itself), checked after parsing.
  // (A second route-level rate limit would be skipped by @fastify/rate-limit, hence createRateLimit.)
  const phoneLimit = app.createRateLimit({
    max: opts.phoneMax,
    timeWindow: '1 hour',
    keyGenerator: (req: FastifyRequest) => {
      const phone = (req.body as { sender?: { phone?: unknown } } | undefined)?.sender?.phone;
      return typeof phone === 'string' ? `feedback-phone:${phoneKey(phone)}` : `feedback-ip:${req.ip}`;
    },
  });
  const perPhone = async (req: FastifyRequest, reply: FastifyReply) => {
    const r = await phoneLimit(req);
    if (!r.isAllowed && r.isExceeded) {
      reply.header('retry-after', r.ttlInSeconds);
      throw new AppError(
        429,
        'Quá nhiều yêu cầu',
        'Số điện thoại này đã gửi nhiều phản ánh trong một giờ qua. Vui lòng thử lại sau hoặc gọi đường dây nóng.',
      );
    }
  };

  r.post(
    '/api/feedback',
    {
      config: { rateLimit: { max: opts.ipMax, timeWindow: '10 minutes' } },
      schema: {
        tags,
        summary: 'Gửi phản ánh, kiến nghị (cần tiêu đề Idempotency-Key; gửi lại cùng mã không tạo bản ghi thứ hai)',
        description:
          'location: { lat, lng } (WGS 84) và/hoặc { text } mô tả vị trí. Chống gửi tự động: trường ẩn `website` phải để trống; ' +
          '`formToken` lấy từ GET /api/feedback/form lúc mở biểu mẫu — gửi trong chưa đầy FEEDBACK_MIN_FILL_MS (3 giây) sẽ bị từ chối.',
        headers: idempotencyHeaders,
        body: feedbackBody,
        response: { 201: submitResponse, ...errors },
      },
    },
    async (req, reply) => {
      // A retry of an accepted submission is answered without counting against the phone's limit.
      const res = await svc.submit(req.headers['idempotency-key'], req.body, () => perPhone(req, reply));
      return reply.code(201).send(res);
    },
  );

  r.get(
    '/api/feedback/form',
    {
      schema: {
        tags,
        summary: 'Mở biểu mẫu: mã kiểm tra (formToken) gửi kèm phản ánh; gửi sớm hơn minFillMs sau khi mở thì bị từ chối',
        response: { 200: formTokenResponse },
      },
    },
    async (_req, reply) => {
      reply.header('cache-control', 'no-store');
      return { formToken: await svc.issueFormToken(), minFillMs: app.feedback.minFillMs };
    },
  );

  r.get(
    '/api/feedback/consent',
    {
      schema: {
        tags,
        summary: 'Nội dung đồng ý xử lý dữ liệu cá nhân đang áp dụng',
        response: { 200: consentResponse },
      },
    },
    async () => CONSENT_PURPOSE,
  );

  r.get(
    '/api/feedback/public',
    {
      schema: {
        tags,
        summary: 'Câu trả lời đã công khai (người gửi đồng ý và cán bộ cho công khai); không có thông tin cá nhân',
        querystring: publicQuery,
        response: { 200: publicResponse },
      },
    },
    async (req) => listPublicAnswers(app.store, calendar, req.query),
  );

  r.get(
    '/api/feedback/:trackingCode',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Theo dõi phản ánh bằng mã theo dõi và 4 số cuối điện thoại (sai nhiều lần thì mã bị tạm khóa, với mọi địa chỉ)',
        params: trackingCodeParam,
        querystring: z.object({ phoneLast4 }),
        response: { 200: trackResponse, ...errors },
      },
    },
    async (req) => svc.track(req.params.trackingCode, req.query.phoneLast4),
  );

  r.post(
    '/api/feedback/:trackingCode/erase',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Rút lại sự đồng ý và xóa thông tin cá nhân của người gửi (cần mã xóa dữ liệu cấp khi gửi); phản ánh thôi công khai',
        params: trackingCodeParam,
        body: z.strictObject({ eraseCode }),
        response: { 200: eraseResponse, ...errors },
      },
    },
    async (req) => svc.erase(req.params.trackingCode, req.body.eraseCode),
  );
}
