// Open311 GeoReport v2 under /open311/v2/ (JSON only): services are the procedure fields;
// requests become feedback through the same intake service as POST /api/feedback.
// Errors are GeoReport's `[{ code, description }]`, not problem+json.
//
// Privacy: anyone may list requests (as the standard expects), but without personal data:
// description and the answer (status_notes) only for answers published with the citizen's
// consent; the client that POSTed a request (its api_key) also sees its own requests in full.
// Never the sender's name or phone. media_url is not fetched (the server would become a proxy).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import { type FeedbackBody, feedbackBody } from '../feedback/feedback.schemas.js';
import type { FeedbackDoc } from '../feedback/feedback.types.js';
import { STATUSES } from '../feedback/statuses.js';
import { AppError } from '../lib/errors.js';
import { z } from '../lib/zod-vi.js';

const PREFIX = '/open311/v2';
const CONSENT_VERSION = 'open311';
const errorList = z.array(z.object({ code: z.number().int(), description: z.string() }));
const errors = { 400: errorList, 401: errorList, 403: errorList, 404: errorList, 429: errorList };

const service = z.object({
  service_code: z.string(),
  service_name: z.string(),
  description: z.string(),
  metadata: z.boolean(),
  type: z.enum(['realtime', 'batch', 'blackbox']),
  keywords: z.string(),
  group: z.string(),
});
const request = z.object({
  service_request_id: z.string(),
  status: z.enum(['open', 'closed']),
  status_notes: z.string().nullable(),
  service_name: z.string().nullable(),
  service_code: z.string().nullable(),
  description: z.string().nullable(),
  agency_responsible: z.string(),
  service_notice: z.string().nullable(),
  requested_datetime: z.string(),
  updated_datetime: z.string(),
  expected_datetime: z.string(),
  address: z.string().nullable(),
  address_id: z.null(),
  zipcode: z.null(),
  lat: z.number().nullable(),
  long: z.number().nullable(),
  media_url: z.null(),
});
type Request311 = z.infer<typeof request>;

const optText = z.string().trim().max(4000).optional();
const postBody = z.object({
  api_key: z.string({ error: 'Thiếu api_key.' }).min(1, 'Thiếu api_key.').max(200),
  service_code: z.string({ error: 'Thiếu service_code (mã lĩnh vực, xem services.json).' }).trim().min(1).max(80),
  /** The commune (xã, phường) code; optional when the locality has a single current commune. */
  jurisdiction_id: z.string().trim().max(40).optional(),
  lat: z.coerce.number({ error: 'lat phải là số.' }).optional(),
  long: z.coerce.number({ error: 'long phải là số.' }).optional(),
  address_string: optText,
  description: optText,
  first_name: optText,
  last_name: optText,
  phone: optText,
  email: optText,
  device_id: optText,
  account_id: optText,
  media_url: optText,
});
const listQuery = z.object({
  service_request_id: z.string().max(2000).optional(),
  service_code: z.string().max(80).optional(),
  status: z.enum(['open', 'closed'], { error: 'status chỉ nhận open hoặc closed.' }).optional(),
  start_date: z.iso.datetime({ offset: true, error: 'start_date phải là thời điểm ISO 8601, ví dụ 2026-01-01T00:00:00Z.' }).optional(),
  end_date: z.iso.datetime({ offset: true, error: 'end_date phải là thời điểm ISO 8601.' }).optional(),
  api_key: z.string().max(200).optional(),
});

/** "client:key,client2:key2" → lookup that compares keys in constant time. */
export function apiKeys(spec: string | undefined) {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  const entries = (spec ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const i = p.indexOf(':');
      return { client: p.slice(0, i), key: digest(p.slice(i + 1)) };
    });
  return (key: string | undefined): string | null => {
    if (!key) return null;
    const d = digest(key);
    let found: string | null = null;
    for (const e of entries) if (timingSafeEqual(e.key, d)) found = e.client;
    return found;
  };
}

const OPEN_STATUSES = Object.entries(STATUSES)
  .filter(([, s]) => s.type === 'open')
  .map(([k]) => k);
const CLOSED_STATUSES = Object.entries(STATUSES)
  .filter(([, s]) => s.type !== 'open')
  .map(([k]) => k);

const asError = (code: number, description: string) => [{ code, description }];

export default async function open311Routes(app: FastifyInstance, opts: { config: Config }) {
  const clientOf = apiKeys(opts.config.OPEN311_API_KEYS);
  const content = app.contentRepo;

  await app.register(async (scope) => {
    // GeoReport clients POST form-encoded parameters.
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
    scope.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof AppError) {
        const list = Array.isArray(error.extra.errors)
          ? (error.extra.errors as { path: string; message: string }[]).map((e) => ({
              code: error.status,
              description: `${e.path}: ${e.message}`,
            }))
          : asError(error.status, error.detail);
        return reply.code(error.status).send(list);
      }
      if (hasZodFastifySchemaValidationErrors(error)) {
        return reply.code(400).send(
          error.validation.map((v) => ({
            code: 400,
            description: `${v.instancePath.replace(/^\//, '') || error.validationContext}: ${v.message}`,
          })),
        );
      }
      const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
      if (status === 500) request.log.error({ err: { message: error.message } }, 'open311 error');
      const text =
        status === 429 ? 'Quá nhiều yêu cầu; vui lòng thử lại sau.' : status === 500 ? 'Máy chủ gặp lỗi.' : 'Yêu cầu không hợp lệ.';
      return reply.code(status).send(asError(status, text));
    });
    const r = scope.withTypeProvider<ZodTypeProvider>();
    const tags = ['Open311 GeoReport v2'];

    const fieldsById = () => content.fieldNames();
    const unitNames = () => content.handlingUnitNames();

    function toRequest(fb: FeedbackDoc, fields: Map<string, string>, units: Map<string, string>, client: string | null): Request311 {
      const own = client !== null && (fb.source as { client?: string } | undefined)?.client === client;
      // The public sees only the texts staff checked in the publish preview (personal data masked).
      const published = fb.publish && fb.publishApproved && fb.publicText ? fb.publicText : null;
      const open = STATUSES[fb.status].type === 'open';
      const notes =
        fb.answer && own
          ? fb.answer.text
          : published
            ? published.answer
            : fb.rejectReason && own
              ? fb.rejectReason
              : STATUSES[fb.status].label;
      const point = own && fb.location?.lat !== undefined ? fb.location : null;
      return {
        service_request_id: fb.publicId ?? '',
        status: open ? 'open' : 'closed',
        status_notes: notes,
        service_name: fb.field ? (fields.get(fb.field) ?? fb.field) : null,
        service_code: fb.field,
        description: own ? fb.content : (published?.content ?? null),
        agency_responsible: units.get(fb.unitId) ?? fb.unitId,
        service_notice: `Hạn xử lý ${fb.deadlineDays} ngày làm việc.`,
        requested_datetime: fb.createdAt,
        updated_datetime: fb.updatedAt,
        // The due date ends with the working day (17:00 in Vietnam).
        expected_datetime: `${fb.dueAt}T17:00:00+07:00`,
        address: own ? (fb.location?.text ?? null) : null,
        address_id: null,
        zipcode: null,
        lat: point?.lat ?? null,
        long: point?.lng ?? null,
        media_url: null,
      };
    }

    r.get(
      '/open311/v2/discovery.json',
      { schema: { tags, summary: 'Khám phá dịch vụ Open311', response: { 200: z.record(z.string(), z.unknown()) } } },
      async () => ({
        changeset: new Date(0).toISOString(),
        contact: 'Bộ phận tiếp nhận phản ánh, kiến nghị của địa phương',
        key_service: 'Liên hệ quản trị hệ thống để được cấp api_key.',
        endpoints: [
          {
            specification: 'http://wiki.open311.org/GeoReport_v2',
            url: opts.config.PUBLIC_URL ? new URL(PREFIX, opts.config.PUBLIC_URL).href : PREFIX,
            changeset: new Date(0).toISOString(),
            type: 'production',
            formats: ['application/json'],
          },
        ],
      }),
    );

    r.get(
      '/open311/v2/services.json',
      { schema: { tags, summary: 'Danh sách dịch vụ (các lĩnh vực)', response: { 200: z.array(service) } } },
      async () => {
        const fields = await content.fields();
        return fields.map((f) => ({
          service_code: f.id as string,
          service_name: f.name as string,
          description: `Phản ánh, kiến nghị về lĩnh vực ${f.name as string}.`,
          metadata: false,
          type: 'realtime' as const,
          keywords: ((f.nationalNames as string[] | undefined) ?? []).join(', '),
          group: 'Phản ánh, kiến nghị',
        }));
      },
    );

    r.post(
      '/open311/v2/requests.json',
      {
        config: {
          rateLimit: {
            max: 60,
            timeWindow: '1 minute',
            keyGenerator: (req: FastifyRequest) => `o311:${(req.body as { api_key?: string })?.api_key ?? req.ip}`,
          },
        },
        schema: {
          tags,
          summary: 'Gửi yêu cầu (thành phản ánh, kiến nghị); cần api_key; cần họ tên, điện thoại, địa chỉ người gửi',
          description:
            'Bên gửi (chủ api_key) chịu trách nhiệm đã lấy sự đồng ý của người dân cho việc xử lý dữ liệu cá nhân; ' +
            'câu trả lời không được công khai. jurisdiction_id là mã xã, phường (bắt buộc khi địa phương có nhiều xã, phường).',
          consumes: ['application/x-www-form-urlencoded', 'application/json'],
          body: postBody,
          response: {
            201: z.array(z.object({ service_request_id: z.string(), service_notice: z.string(), account_id: z.null() })),
            ...errors,
          },
        },
      },
      async (req, reply) => {
        const b = req.body;
        const client = clientOf(b.api_key);
        if (!client) throw new AppError(403, 'Không có quyền', 'api_key không hợp lệ.');
        let communeCode = b.jurisdiction_id;
        if (!communeCode) {
          const communes = await content.currentCommuneCodes();
          if (communes.length !== 1)
            throw new AppError(400, 'Yêu cầu không hợp lệ', `Thiếu jurisdiction_id (mã xã, phường): ${communes.join(', ')}.`);
          communeCode = communes[0];
        }
        const description = b.description ?? '';
        const firstLine = description.split('\n')[0]?.trim() ?? '';
        const candidate = {
          kind: 'phan_anh',
          subject: firstLine.length > 120 ? `${firstLine.slice(0, 117)}…` : firstLine,
          content: description,
          field: b.service_code,
          communeCode,
          ...(b.lat !== undefined || b.long !== undefined || b.address_string
            ? {
                location: {
                  ...(b.lat !== undefined ? { lat: b.lat } : {}),
                  ...(b.long !== undefined ? { lng: b.long } : {}),
                  ...(b.address_string ? { text: b.address_string } : {}),
                },
              }
            : {}),
          sender: { name: [b.first_name, b.last_name].filter(Boolean).join(' '), phone: b.phone ?? '', address: b.address_string ?? '' },
          consent: { accepted: true, version: `${CONSENT_VERSION}:${client}` },
          publish: false,
        };
        const parsed = feedbackBody.safeParse(candidate);
        if (!parsed.success) {
          // Name the Open311 parameter the client sent, not our internal field.
          const param: Record<string, string> = {
            subject: 'description',
            content: 'description',
            field: 'service_code',
            communeCode: 'jurisdiction_id',
            'location.lat': 'lat',
            'location.lng': 'long',
            location: 'lat/long',
            'location.text': 'address_string',
            'sender.name': 'first_name/last_name',
            'sender.phone': 'phone',
            'sender.address': 'address_string',
          };
          // One message per parameter: the first says what to do.
          const seen = new Set<string>();
          const list: { code: number; description: string }[] = [];
          for (const i of parsed.error.issues) {
            const path = i.path.join('.');
            const name = param[path] ?? path;
            if (seen.has(name)) continue;
            seen.add(name);
            list.push({ code: 400, description: `${name}: ${i.message}` });
          }
          return reply.code(400).send(list);
        }
        // Same parameters from the same client = a retry: answered with the first request's id.
        const key = `open311:${client}:${createHash('sha256').update(JSON.stringify(parsed.data)).digest('hex').slice(0, 40)}`;
        // A client with an API key is not a form in a browser: no form token.
        const res = await app.feedback.service.submit(key, parsed.data as FeedbackBody, undefined, { trustedClient: true });
        const created = await app.feedback.repo.feedback.findOneAndUpdate(
          { trackingCode: res.trackingCode },
          { $set: { source: { channel: 'open311', client } } },
        );
        // The public id for the API; the tracking code and erase code only in the notice for the citizen.
        const erase = res.eraseCode ? ` Mã xóa dữ liệu (giữ kín): ${res.eraseCode}.` : '';
        return reply.code(201).send([
          {
            service_request_id: created?.publicId ?? '',
            service_notice: `Đã tiếp nhận. Hạn xử lý: ${res.dueAt.split('-').reverse().join('/')}. Người dân theo dõi bằng mã ${res.trackingCode} và 4 số cuối điện thoại.${erase}`,
            account_id: null,
          },
        ]);
      },
    );

    r.get(
      '/open311/v2/requests.json',
      {
        schema: {
          tags,
          summary: 'Danh sách yêu cầu (không có thông tin cá nhân)',
          querystring: listQuery,
          response: { 200: z.array(request), ...errors },
        },
      },
      async (req) => {
        const q = req.query;
        const client = clientOf(q.api_key);
        const and: Record<string, unknown>[] = [];
        if (q.service_request_id) and.push({ publicId: { $in: q.service_request_id.split(',').map((s) => s.trim().toUpperCase()) } });
        if (q.service_code) and.push({ field: q.service_code });
        if (q.status) and.push({ status: { $in: q.status === 'open' ? OPEN_STATUSES : CLOSED_STATUSES } });
        // Default window: the last 90 days (GeoReport v2).
        const start = q.start_date ? new Date(q.start_date) : q.service_request_id ? null : new Date(Date.now() - 90 * 86_400_000);
        if (start) and.push({ createdAt: { $gte: start.toISOString() } });
        if (q.end_date) and.push({ createdAt: { $lte: new Date(q.end_date).toISOString() } });
        const docs = await app.feedback.repo.feedback.find(and.length ? { $and: and } : {}, { sort: { createdAt: -1 }, limit: 1000 });
        const [fields, units] = await Promise.all([fieldsById(), unitNames()]);
        return docs.map((fb) => toRequest(fb, fields, units, client));
      },
    );

    r.get(
      '/open311/v2/requests/:id.json',
      {
        schema: {
          tags,
          summary: 'Một yêu cầu',
          params: z.object({ id: z.string().trim().max(40) }),
          querystring: z.object({ api_key: z.string().max(200).optional() }),
          response: { 200: z.array(request), ...errors },
        },
      },
      async (req) => {
        // Public ids only: a tracking code is the citizen's private proof, never a public key.
        const fb = await app.feedback.repo.feedback.findOne({ publicId: req.params.id.toUpperCase() });
        if (!fb) throw new AppError(404, 'Không tìm thấy', `Không có yêu cầu ${req.params.id}.`);
        const [fields, units] = await Promise.all([fieldsById(), unitNames()]);
        return [toRequest(fb, fields, units, clientOf(req.query.api_key))];
      },
    );
  });
}
