// The contract of the feedback API. Messages are written for citizens: what is wrong and how to fix it.
import { z } from '../lib/zod-vi.js';
import { KINDS } from './kinds.js';
import { normalizePhone } from './phone.js';
import { STATUS_VALUES } from './statuses.js';

export { KIND_LABELS, KIND_PREFIX, KINDS, type Kind } from './kinds.js';

/** A required text field with one message when missing and length messages in words. */
const text = (what: string, min: number, max: number) =>
  z
    .string({
      error: (iss) => (iss.input === undefined || iss.input === null ? `Vui lòng nhập ${what}.` : `${capital(what)} phải là chữ.`),
    })
    .trim()
    .min(1, `Vui lòng nhập ${what}.`)
    .min(min, `${capital(what)} cần ít nhất ${min} ký tự.`)
    .max(max, `${capital(what)} dài tối đa ${max.toLocaleString('vi-VN')} ký tự.`);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const code = (what: string, max = 60) =>
  z
    .string({ error: `Vui lòng chọn ${what}.` })
    .trim()
    .min(1, `Vui lòng chọn ${what}.`)
    .max(max, `Mã ${what} không hợp lệ.`)
    .regex(/^[A-Za-z0-9._-]+$/, `Mã ${what} không hợp lệ.`);

/**
 * Where the problem is: a point ({ lat, lng } in WGS 84, e.g. from the phone's location) and/or a
 * description in words ({ text: "đầu ngõ 12, thôn Đông" }). At least one of the two.
 */
export const locationSchema = z
  .strictObject({
    lat: z.number({ error: 'Vĩ độ phải là số.' }).min(6, 'Vị trí phải ở Việt Nam.').max(24, 'Vị trí phải ở Việt Nam.').optional(),
    lng: z.number({ error: 'Kinh độ phải là số.' }).min(102, 'Vị trí phải ở Việt Nam.').max(118, 'Vị trí phải ở Việt Nam.').optional(),
    text: z.string({ error: 'Mô tả vị trí phải là chữ.' }).trim().max(300, 'Mô tả vị trí dài tối đa 300 ký tự.').optional(),
  })
  .refine((l) => (l.lat === undefined) === (l.lng === undefined), { error: 'Cần cả vĩ độ và kinh độ.' })
  .refine((l) => l.lat !== undefined || !!l.text, { error: 'Vui lòng chọn vị trí trên bản đồ hoặc mô tả vị trí.' });

export const feedbackBody = z.strictObject({
  kind: z.enum(KINDS, { error: 'Vui lòng chọn loại: phản ánh, kiến nghị hoặc hỏi đáp.' }),
  subject: text('tiêu đề', 5, 200),
  content: text('nội dung', 10, 4000),
  field: code('lĩnh vực', 80).optional(),
  communeCode: code('xã, phường nơi xảy ra sự việc', 40),
  procedureCode: code('thủ tục').optional(),
  location: locationSchema.optional(),
  attachments: z
    .array(z.uuid({ error: 'Mã ảnh đính kèm không hợp lệ; vui lòng tải ảnh lên lại.' }), { error: 'Danh sách ảnh không hợp lệ.' })
    .max(5, 'Đính kèm tối đa 5 ảnh.')
    .optional(),
  sender: z.strictObject(
    {
      name: text('họ và tên', 2, 100),
      phone: z
        .string({ error: 'Vui lòng nhập số điện thoại.' })
        .trim()
        .min(1, 'Vui lòng nhập số điện thoại.')
        .max(20, 'Số điện thoại không đúng. Ví dụ: 0912 345 678.')
        .refine((p) => normalizePhone(p) !== null, { error: 'Số điện thoại không đúng. Ví dụ: 0912 345 678.' }),
      address: text('địa chỉ', 5, 300),
    },
    { error: 'Vui lòng nhập họ tên, số điện thoại và địa chỉ người gửi.' },
  ),
  consent: z.strictObject(
    {
      accepted: z.literal(true, { error: 'Bạn cần đồng ý cho cơ quan xử lý dùng thông tin cá nhân để giải quyết phản ánh.' }),
      version: z.string({ error: 'Thiếu phiên bản nội dung đồng ý.' }).trim().min(1, 'Thiếu phiên bản nội dung đồng ý.').max(40),
    },
    { error: 'Bạn cần đồng ý cho cơ quan xử lý dùng thông tin cá nhân để giải quyết phản ánh.' },
  ),
  publish: z.boolean({ error: 'Vui lòng cho biết bạn có đồng ý công khai câu trả lời (không kèm thông tin cá nhân) hay không.' }),
  /**
   * The sender's Zalo user id (mini app, only when they ticked "notify me on Zalo OA"): the answer
   * is announced by an OA message. Personal data: erased with the sender, never shown publicly.
   */
  zaloUserId: z
    .string({ error: 'Mã người dùng Zalo không hợp lệ.' })
    .trim()
    .regex(/^\d{1,64}$/, 'Mã người dùng Zalo không hợp lệ.')
    .optional(),
  /** Anti-bot honeypot: a field hidden from people; must stay empty. */
  website: z.string().max(200).optional(),
  /** Anti-bot: when the form was opened (ms since epoch, client clock). */
  /** Ignored (older clients send it): the fill time is measured with the server's formToken. */
  startedAt: z.number({ error: 'startedAt phải là số.' }).int().nonnegative().optional(),
  /** From GET /api/feedback/form: proves the form was open at least FEEDBACK_MIN_FILL_MS. */
  formToken: z.string().max(200, 'Mã kiểm tra biểu mẫu không hợp lệ.').optional(),
});
export type FeedbackBody = z.infer<typeof feedbackBody>;

export const idempotencyHeaders = z.looseObject({
  'idempotency-key': z
    .string({ error: 'Thiếu tiêu đề Idempotency-Key (một mã ngẫu nhiên cho mỗi lần gửi, dùng lại khi gửi lại).' })
    .min(8, 'Idempotency-Key dài từ 8 đến 100 ký tự.')
    .max(100, 'Idempotency-Key dài từ 8 đến 100 ký tự.')
    .regex(/^[\x21-\x7e]+$/, 'Idempotency-Key chỉ gồm ký tự ASCII in được.'),
});

export const submitResponse = z.object({
  trackingCode: z.string(),
  status: z.enum(STATUS_VALUES),
  dueAt: z.string().describe('Hạn xử lý (ngày, YYYY-MM-DD) tính theo ngày làm việc'),
  eraseCode: z
    .string()
    .optional()
    .describe('Mã xóa dữ liệu (dạng ABCD-EFGH-JKLM), chỉ cấp một lần: người gửi giữ kín, dùng để rút lại đồng ý và xóa dữ liệu cá nhân'),
});
export type SubmitResponse = z.infer<typeof submitResponse>;

export const trackingCodeParam = z.object({
  trackingCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^(PA|KN|HD)-\d{4}-\d{6,}$/, 'Mã theo dõi có dạng PA-2026-000123.'),
});
export const phoneLast4 = z
  .string({ error: 'Vui lòng nhập 4 số cuối điện thoại đã dùng khi gửi.' })
  .regex(/^\d{4}$/, 'Nhập đúng 4 chữ số cuối của số điện thoại.');
export const eraseCode = z
  .string({ error: 'Vui lòng nhập mã xóa dữ liệu được cấp khi gửi phản ánh.' })
  .max(40, 'Mã xóa dữ liệu có dạng ABCD-EFGH-JKLM.')
  .refine((v) => v.toUpperCase().replace(/[^A-Z0-9]/g, '').length === 12, 'Mã xóa dữ liệu có dạng ABCD-EFGH-JKLM.');

const timelineItem = z.object({
  at: z.string(),
  by: z.enum(['system', 'citizen', 'staff']),
  type: z.string(),
  label: z.string(),
  note: z.string().nullable(),
});

export const trackResponse = z.object({
  trackingCode: z.string(),
  kind: z.enum(KINDS),
  subject: z.string(),
  status: z.enum(STATUS_VALUES),
  statusLabel: z.string(),
  createdAt: z.string(),
  dueAt: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }),
  timeline: z.array(timelineItem),
  answer: z.object({ text: z.string(), at: z.string() }).nullable(),
});
export type TrackResponse = z.infer<typeof trackResponse>;

export const publicQuery = z.object({
  q: z.string().trim().max(200, 'Từ khóa dài tối đa 200 ký tự.').default(''),
  limit: z.coerce.number({ error: 'limit phải là số.' }).int().min(1, 'limit từ 1 đến 50.').max(50, 'limit từ 1 đến 50.').default(20),
  offset: z.coerce.number({ error: 'offset phải là số.' }).int().min(0, 'offset không được âm.').max(10_000).default(0),
});

export const publicItem = z.object({
  id: z.string().describe('Mã công khai (không phải mã theo dõi, vốn chỉ người gửi biết)'),
  kind: z.enum(KINDS),
  subject: z.string(),
  content: z.string(),
  field: z.string().nullable(),
  unit: z.object({ id: z.string(), name: z.string() }),
  answer: z.string(),
  answeredAt: z.string(),
  createdAt: z.string(),
  daysTaken: z.number().int(),
});
export const publicResponse = z.object({ items: z.array(publicItem), total: z.number().int() });
export type PublicItem = z.infer<typeof publicItem>;
