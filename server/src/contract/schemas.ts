// The response (and request) schemas of the routes the mini app and the staff console call, in one
// file that imports only zod, other schema files and plain limits: the clients' types are inferred from these
// (server/src/contract/index.ts), so a renamed field fails every client's typecheck.

import { CHAT_TEXT_MAX } from '../chat/limits.js';
import {
  citationSchema,
  faqSchema,
  feeConditionSchema,
  feeSchema,
  fieldSchema,
  guideMetaSchema,
  levelSchema,
  methodSchema,
  newsMetaSchema,
  officeSchema,
  procedureSchema,
} from '../content/schemas.js';
import { phoneLast4 } from '../feedback/feedback.schemas.js';
import { z } from '../lib/zod-vi.js';

// ---- Feedback (feedback/feedback.routes.ts, feedback/uploads/uploads.routes.ts, routes/zalo-phone.ts; the rest is in feedback.schemas.ts)

export const formTokenResponse = z.object({ formToken: z.string(), minFillMs: z.number().int() });
export const consentResponse = z.object({ version: z.string(), text: z.string() });
export const eraseResponse = z.object({ trackingCode: z.string(), erasedAt: z.string() });
export const uploadResponse = z.object({ uploadId: z.uuid() });
export const zaloPhoneResponse = z.object({ phone: z.string() });

// ---- Content (routes/content.ts)

export const localityResponse = z.object({
  name: z.string(),
  example: z.boolean(),
  provinceCode: z.string(),
  portalUrl: z.string(),
  offices: z.array(officeSchema),
});
export const fieldResponse = fieldSchema.extend({ count: z.number().int(), communeCount: z.number().int() });
const faqRef = z.object({ code: z.string(), name: z.string(), shortName: z.string().nullable() });
export const faqResponse = faqSchema.extend({ procedureRefs: z.array(faqRef) });
export const guideResponse = guideMetaSchema.extend({ body: z.string() });
export const newsResponse = newsMetaSchema.extend({ body: z.string() });

// ---- Procedures (routes/procedures.ts)

const onlineLevel = procedureSchema.shape.online.unwrap().shape.level;
const ref = z.object({ code: z.string(), name: z.string(), shortName: z.string().nullable().optional() });

export const procedureListResponse = z.object({
  items: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      shortName: z.string().nullable(),
      field: z.string(),
      levels: z.array(levelSchema),
      online: onlineLevel,
      score: z.number(),
    }),
  ),
  total: z.number().int(),
  highlight: z.array(z.string()),
});

const officeResponse = z.object({
  id: z.string(),
  name: z.string(),
  unitCode: z.string(),
  address: z.string(),
  phone: z.string().nullable(),
  mapUrl: z.string().nullable(),
  hours: z.array(z.object({ days: z.array(z.number()), open: z.string(), close: z.string() })),
  note: z.string().nullable(),
});

/** What applies today for a fee and why (computed by procedures/fees.ts on each request). */
const applicableResponse = z.object({
  amount: z.number().nullable(),
  free: z.boolean(),
  currency: z.enum(['VND', 'USD']).nullable(),
  per: z.string().nullable(),
  baseAmount: z.number().nullable(),
  reason: z.string().nullable(),
  condition: feeConditionSchema.nullable(),
  validTo: z.string().nullable(),
  provinceSet: z.boolean(),
  example: z.boolean(),
  exemptions: z.array(feeConditionSchema),
  source: citationSchema.nullable(),
  date: z.string(),
});

export const procedureDetailResponse = procedureSchema.extend({
  methods: z.array(methodSchema.extend({ fees: z.array(feeSchema.extend({ applicable: applicableResponse })) })),
  fullText: z.null().optional(),
  curated: z.boolean(),
  provenance: z.record(z.string(), z.enum(['curated', 'national'])),
  officeInfo: officeResponse.nullable(),
  interlinked: z.array(z.object({ id: z.string(), name: z.string(), description: z.string(), procedures: z.array(ref) })),
  relatedProcedures: z.array(ref),
  familyProcedures: z.array(ref),
  officialUrl: z.string().nullable(),
});

// ---- Chat (routes/chat.ts)

const chatRef = z.object({ code: z.string(), name: z.string() });
export const chatBody = z.object({
  conversationId: z
    .string()
    .trim()
    .max(100, 'Mã hội thoại dài tối đa 100 ký tự.')
    .regex(/^[\w:.-]*$/, 'Mã hội thoại không hợp lệ.')
    .optional(),
  text: z
    .string({ error: 'Bạn chưa nhập câu hỏi.' })
    .trim()
    .min(1, 'Bạn chưa nhập câu hỏi.')
    .max(CHAT_TEXT_MAX, 'Câu hỏi dài tối đa 1.000 ký tự. Bạn hỏi ngắn gọn hơn nhé.'),
  /** Start focused on a procedure (the mini app's chat opened from a procedure page). */
  procedure: z.string().trim().max(40).optional(),
});
export const chatResponse = z.object({
  conversationId: z.string(),
  reply: z.object({
    /** decline = out of scope: no procedure named, the right channel given. */
    kind: z.enum(['answer', 'clarify', 'fallback', 'decline']),
    text: z.string(),
    procedures: z.array(chatRef),
    options: z.array(z.object({ label: z.string(), code: z.string() })).optional(),
    actions: z
      .array(z.object({ kind: z.enum(['call', 'feedback', 'link', 'status', 'ask']), label: z.string(), target: z.string() }))
      .optional(),
    detail: z.enum(['papers', 'fee', 'time', 'where', 'online', 'who', 'steps', 'forms', 'result', 'conditions']).nullable().optional(),
    /** What a non-procedure answer is about (office_hours, payment, hotline …). */
    topic: z
      .enum([
        'greeting',
        'thanks',
        'goodbye',
        'office_hours',
        'office_address',
        'payment',
        'online_levels',
        'vneid',
        'dossier_tracking',
        'feedback_status',
        'feedback_new',
        'hotline',
        'faq',
      ])
      .nullable()
      .optional(),
    /** Hotlines named, the one for the question first; number null = example or blank (never dialled). */
    hotlines: z
      .array(z.object({ id: z.string(), name: z.string(), topic: z.string(), number: z.string().nullable(), group: z.string() }))
      .optional(),
  }),
});

// ---- Survey (survey/survey.plugin.ts)

const score = z
  .number({ error: 'Vui lòng chọn mức hài lòng từ 1 đến 5.' })
  .int('Vui lòng chọn mức hài lòng từ 1 đến 5.')
  .min(1, 'Vui lòng chọn mức hài lòng từ 1 đến 5.')
  .max(5, 'Vui lòng chọn mức hài lòng từ 1 đến 5.');

export const surveyBody = z.strictObject({
  office: z.string({ error: 'Thiếu nơi làm thủ tục.' }).trim().min(1, 'Thiếu nơi làm thủ tục.').max(80),
  procedure: z.string().trim().max(40).optional(),
  /** A random id the app keeps on the device; never linked to a person. */
  deviceId: z.string({ error: 'Thiếu mã thiết bị.' }).regex(/^[A-Za-z0-9_-]{16,64}$/, 'Mã thiết bị không hợp lệ.'),
  scores: z.strictObject({
    access: score,
    procedure: score,
    staff: score,
    result: score,
    feedback: score.nullable().optional(),
  }),
});

const officeView = z.object({ id: z.string(), name: z.string(), unitCode: z.string() });
export const surveyFormResponse = z.object({
  office: officeView.nullable(),
  offices: z.array(officeView),
  procedure: z.object({ code: z.string(), name: z.string() }).nullable(),
  criteria: z.array(z.object({ id: z.string(), label: z.string(), hint: z.string(), optional: z.boolean() })),
  scale: z.array(z.object({ value: z.number(), label: z.string() })),
});

// ---- Rating an answer (feedback/rating.ts)

export const ratingBody = z.strictObject({
  phoneLast4,
  stars: z
    .number({ error: 'Vui lòng chọn số sao từ 1 đến 5.' })
    .int('Vui lòng chọn số sao từ 1 đến 5.')
    .min(1, 'Vui lòng chọn số sao từ 1 đến 5.')
    .max(5, 'Vui lòng chọn số sao từ 1 đến 5.'),
  solved: z.boolean({ error: 'Vui lòng cho biết vấn đề đã được giải quyết chưa.' }),
  comment: z.string().trim().max(1000, 'Nhận xét dài tối đa 1.000 ký tự.').optional(),
});
export const ratingResponse = z.object({
  trackingCode: z.string(),
  rating: z.object({ stars: z.number().int(), solved: z.boolean(), comment: z.string().nullable(), at: z.string() }),
});

// ---- Reports (reports/reports.routes.ts)

/** Questions people asked that the product could not answer (masked). */
export const gapsResponse = z.object({
  items: z.array(z.object({ source: z.enum(['search', 'chat']), text: z.string(), count: z.number(), lastDay: z.string() })),
  distinct: z.number(),
  total: z.number(),
});
