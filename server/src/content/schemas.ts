// Content schemas: the locality's content lives as files in content/ (the source of truth);
// every file is validated against one of these. Types come from z.infer, never written twice.
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'phải là ngày dạng YYYY-MM-DD');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'chỉ dùng chữ thường không dấu, số và dấu gạch ngang');
const phone = z.string().regex(/^[0-9 .+()-]{3,20}$/, 'số điện thoại không hợp lệ');

// ── Administrative units: data, never a fixed tree (two-tier since 1/7/2025) ──
export const adminUnitSchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(['tinh', 'thanh_pho_tw', 'xa', 'phuong', 'dac_khu', 'huyen', 'thi_xa', 'quan', 'thi_tran']),
  parent: z.string().nullable().default(null),
  validFrom: isoDate.nullable().default(null),
  validTo: isoDate.nullable().default(null),
  replacedBy: z.array(z.string()).default([]),
});
export type AdminUnit = z.infer<typeof adminUnitSchema>;

const hoursSchema = z.object({
  /** ISO weekdays: 1 = Monday … 7 = Sunday */
  days: z.array(z.number().int().min(1).max(7)).min(1),
  open: z.string().regex(/^\d{2}:\d{2}$/),
  close: z.string().regex(/^\d{2}:\d{2}$/),
});

export const officeSchema = z.object({
  id: slug,
  name: z.string().min(1),
  unitCode: z.string().min(1),
  address: z.string().min(1),
  phone: phone.nullable().default(null),
  mapUrl: z.url().nullable().default(null),
  hours: z.array(hoursSchema).default([]),
  note: z.string().nullable().default(null),
});
export type Office = z.infer<typeof officeSchema>;

/** Where a fact that is not in the national record comes from: a legal text, named and located. */
export const citationSchema = z.object({
  /** "Luật Hộ tịch số 60/2014/QH13", "Thông tư số 64/2025/TT-BTC" */
  document: z.string().min(1),
  /** "Điều 16 khoản 2" */
  article: z.string().nullable().default(null),
  url: z.url().nullable().default(null),
});
export type Citation = z.infer<typeof citationSchema>;

/**
 * A fee the province sets (HĐND tỉnh), with this locality's value. The shipped example
 * locality marks its values as examples (taken from the national record's sample amounts).
 */
export const provinceFeeSchema = z.object({
  id: slug,
  name: z.string().min(1),
  /** null = the province's amount has not been entered yet: shown as unknown. */
  amount: z.number().nonnegative().nullable(),
  per: z.string().nullable().default(null),
  /** Which methods this value is for ("truc_tuyen" …); empty = every method. */
  methods: z.array(z.enum(['truc_tiep', 'truc_tuyen', 'buu_chinh'])).default([]),
  example: z.boolean().default(false),
  /** The provincial resolution (nghị quyết HĐND) or, for example values, where the number came from. */
  source: citationSchema.nullable().default(null),
  note: z.string().nullable().default(null),
});
export type ProvinceFee = z.infer<typeof provinceFeeSchema>;

export const localitySchema = z.object({
  name: z.string().min(1),
  /** True for the shipped example: the UI says so, so nobody mistakes it for a real commune. */
  example: z.boolean().default(false),
  provinceCode: z.string().min(1),
  units: z.array(adminUnitSchema).min(1),
  offices: z.array(officeSchema).default([]),
  portalUrl: z.url().default('https://dichvucong.gov.vn'),
  /** Fees set by the province, referenced by procedures' fees (provinceFee: id). */
  provinceFees: z.array(provinceFeeSchema).default([]),
});
export type Locality = z.infer<typeof localitySchema>;

// ── Units that handle feedback, and routing rules ──
export const channelSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('email'), to: z.email() }),
  z.object({ type: z.literal('webhook'), url: z.url(), secretEnv: z.string().min(1) }),
  z.object({ type: z.literal('zalo'), userIds: z.array(z.string().min(1)).min(1) }),
]);
export const handlingUnitSchema = z.object({
  id: slug,
  name: z.string().min(1),
  unitCode: z.string().min(1),
  channels: z.array(channelSchema).default([]),
});
export type HandlingUnit = z.infer<typeof handlingUnitSchema>;

export const routingSchema = z.object({
  fallbackUnit: slug,
  defaultDeadlineDays: z.number().int().min(1).max(60).default(10),
  rules: z
    .array(
      z.object({
        communeCode: z.string().nullable().default(null),
        field: slug.nullable().default(null),
        unit: slug,
        deadlineDays: z.number().int().min(1).max(60).optional(),
      }),
    )
    .default([]),
});
export type Routing = z.infer<typeof routingSchema>;

// ── Fields (lĩnh vực), hotlines, synonyms, FAQ ──
export const fieldSchema = z.object({
  id: slug,
  name: z.string().min(1),
  /** Names the national portal uses for this field, so imported records map onto it. */
  nationalNames: z.array(z.string()).default([]),
  icon: z.string().nullable().default(null),
});
export type Field = z.infer<typeof fieldSchema>;

/** What a line is for: the chat picks the number by topic (a child at risk → 111, not 113). */
export const hotlineTopicSchema = z.enum([
  'tre_em',
  'cuu_nan',
  'an_ninh',
  'chay_no',
  'cap_cuu',
  'dich_vu_cong',
  'mot_cua',
  'cu_tru',
  'phan_anh',
]);
export const hotlineSchema = z.object({
  id: slug,
  group: z.enum(['khan_cap', 'dia_phuong', 'phan_anh', 'dich_vu_cong']),
  /** Every line in content/hotlines.yaml has one (checked by the content tests); null only for an older record edited before topics existed. */
  topic: hotlineTopicSchema.nullable().default(null),
  name: z.string().min(1),
  /** null = a slot the locality fills in (e.g. the province's own 1022 line); never shown as callable. */
  number: phone.nullable().default(null),
  /** Where feedback may also be sent by e-mail, when the locality publishes one. */
  email: z.email().nullable().default(null),
  purpose: z.string().min(1),
  hours: z.string().nullable().default(null),
  /** Example numbers shipped with the example locality: shown as such, never dialled, to be replaced. */
  example: z.boolean().default(false),
  source: z.string().nullable().default(null),
});
export type HotlineTopic = z.infer<typeof hotlineTopicSchema>;
export type Hotline = z.infer<typeof hotlineSchema>;

// Strict: in a YAML flow mapping an unquoted comma ends the value — `means: nhận cha, mẹ, con` is
// "nhận cha" plus two stray keys — and was silently cut short (round 35 found six such lines).
export const synonymSchema = z.strictObject(
  {
    /** What people say, e.g. "hộ khẩu". */
    terms: z.array(z.string().min(1)).min(1),
    /** What the procedures call it, e.g. "thường trú". */
    means: z.string().min(1),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? 'Chỉ có "terms" và "means"; nghĩa có dấu phẩy thì đặt trong ngoặc kép ("nhận cha, mẹ, con").'
        : undefined,
  },
);
export type Synonym = z.infer<typeof synonymSchema>;

export const faqSchema = z.object({
  id: slug,
  question: z.string().min(1),
  answer: z.string().min(1),
  field: slug.nullable().default(null),
  procedures: z.array(z.string()).default([]),
});
export type Faq = z.infer<typeof faqSchema>;

// ── Procedures ──
export const timeSchema = z.object({
  /** null = unknown: the source gave no usable value (never guessed). */
  value: z.number().nonnegative().nullable(),
  unit: z.enum(['ngay_lam_viec', 'ngay', 'gio', 'thang', 'nam']).nullable(),
  /** Original wording, kept for display and audit. */
  text: z.string().default(''),
  /** Set when the value comes from a legal text rather than the national record. */
  source: citationSchema.nullable().optional(),
  /** What the law adds, e.g. "Cần xác minh thì không quá 05 ngày làm việc." */
  note: z.string().nullable().optional(),
});
export type ProcessingTime = z.infer<typeof timeSchema>;

export const feeConditionSchema = z.object({
  /** Plain words: "Giảm 50% lệ phí cấp đổi, cấp lại thẻ căn cước". */
  text: z.string().min(1),
  /** Who it is for; null = everyone (then validFrom/validTo say when). */
  appliesTo: z.string().nullable().default(null),
  amount: z.number().nonnegative().nullable().default(null),
  free: z.boolean().default(false),
  validFrom: isoDate.nullable().default(null),
  /** Last day it applies (inclusive). */
  validTo: isoDate.nullable().default(null),
  source: citationSchema.nullable().default(null),
});
export type FeeCondition = z.infer<typeof feeConditionSchema>;

export const feeSchema = z.object({
  /** null = unknown. 0 only together with free: true. */
  amount: z.number().nonnegative().nullable(),
  currency: z.enum(['VND', 'USD']).nullable().default('VND'),
  /** What the amount is charged per: "bản", "trang", "lần", "hồ sơ" … */
  per: z.string().nullable().default(null),
  /** True only where the source says "Miễn phí" / "Miễn lệ phí". */
  free: z.boolean().default(false),
  /**
   * Free only in this case, from a cited legal text ("đăng ký đúng hạn …; quá hạn thì …"): shown as
   * "Miễn phí khi …", never a bare "Miễn phí" that a late registrant reads as theirs.
   */
  freeWhen: z.string().min(1).nullable().optional(),
  note: z.string().nullable().default(null),
  text: z.string().default(''),
  /** Set when the amount comes from a legal text rather than the national record. */
  source: citationSchema.nullable().optional(),
  /** Reductions and exemptions: time-bound ones apply to everyone inside their dates; the others name who. */
  conditions: z.array(feeConditionSchema).optional(),
  /** "Mức do tỉnh quy định": the amount is the locality's provinceFees entry with this id. */
  provinceFee: slug.nullable().optional(),
});
export type Fee = z.infer<typeof feeSchema>;

export const methodSchema = z.object({
  kind: z.enum(['truc_tiep', 'truc_tuyen', 'buu_chinh']),
  time: timeSchema,
  fees: z.array(feeSchema).default([]),
  description: z.string().default(''),
});
export type Method = z.infer<typeof methodSchema>;

export const documentSchema = z.object({
  name: z.string().min(1),
  originals: z.number().int().nonnegative().nullable().default(null),
  copies: z.number().int().nonnegative().nullable().default(null),
  form: z.string().nullable().default(null),
  formUrl: z.url().nullable().default(null),
  note: z.string().nullable().default(null),
});
export const documentGroupSchema = z.object({
  /** "Giấy tờ phải nộp", "Giấy tờ phải xuất trình", "Trường hợp …" */
  title: z.string().default('Giấy tờ phải nộp'),
  documents: z.array(documentSchema).default([]),
  /** Remarks from the documents table ("Lưu ý: …"): read, never ticked as a paper. */
  notes: z.array(z.string()).optional(),
});
export type DocumentGroup = z.infer<typeof documentGroupSchema>;

export const legalBasisSchema = z.object({
  number: z.string().min(1),
  title: z.string().default(''),
  date: z.string().nullable().default(null),
  issuer: z.string().nullable().default(null),
});

export const onlineSchema = z.object({
  /** Decree 42/2022 terms; the old "mức độ 3 / 4" is derived for display. */
  level: z.enum(['toan_trinh', 'mot_phan', 'khong', 'chua_ro']).default('chua_ro'),
  url: z.url().nullable().default(null),
  /** Set when the level comes from a legal text rather than the national record. */
  source: citationSchema.nullable().optional(),
});

export const sourceSchema = z.object({
  nationalCode: z.string().nullable().default(null),
  url: z.url().nullable().default(null),
  decision: z.string().nullable().default(null),
  verifiedAt: isoDate.nullable().default(null),
});

export const levelSchema = z.enum(['xa', 'tinh', 'bo', 'khac']);
export type Level = z.infer<typeof levelSchema>;

export const procedureSchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  /** Curated content: a short plain title shown first (the official name follows, smaller). */
  shortName: z.string().trim().min(1).max(80, 'Tên ngắn dài tối đa 80 ký tự.').nullable().default(null),
  /** Plain-language: what it is for and who needs it (curated content). */
  summary: z.string().nullable().default(null),
  whoNeeds: z.string().nullable().default(null),
  field: slug,
  fieldName: z.string().nullable().default(null),
  levels: z.array(levelSchema).default([]),
  methods: z.array(methodSchema).default([]),
  documentGroups: z.array(documentGroupSchema).default([]),
  steps: z.array(z.string()).default([]),
  conditions: z.string().nullable().default(null),
  applicants: z.string().nullable().default(null),
  result: z.string().nullable().default(null),
  agencies: z
    .object({
      competent: z.string().nullable().default(null),
      implementing: z.string().nullable().default(null),
      address: z.string().nullable().default(null),
      delegated: z.string().nullable().default(null),
      coordinating: z.string().nullable().default(null),
    })
    .default({ competent: null, implementing: null, address: null, delegated: null, coordinating: null }),
  legalBasis: z.array(legalBasisSchema).default([]),
  online: onlineSchema.default({ level: 'chua_ro', url: null }),
  /** The words people actually use: "làm giấy khai sinh", "cắt khẩu" … */
  aliases: z.array(z.string()).default([]),
  /** Situations in everyday words ("vợ mới sinh", "bố mới mất") for search and chat. */
  situations: z.array(z.string()).default([]),
  tips: z.array(z.string()).default([]),
  mistakes: z.array(z.string()).default([]),
  related: z.array(z.string()).default([]),
  /** Sibling family (same family, different case), e.g. "chung-thuc". */
  family: slug.nullable().default(null),
  /** Office id where to go; defaults to the locality's first office. */
  office: slug.nullable().default(null),
  source: sourceSchema.default({ nationalCode: null, url: null, decision: null, verifiedAt: null }),
  /** Original text of fields the importer could not parse, flagged, never guessed. */
  unparsed: z.record(z.string(), z.string()).default({}),
  /** Whole page text, for search only. */
  fullText: z.string().nullable().default(null),
});
export type Procedure = z.infer<typeof procedureSchema>;

/** Interlinked groups (liên thông) and families are content too. */
export const groupsSchema = z.object({
  interlinked: z
    .array(z.object({ id: slug, name: z.string().min(1), description: z.string().default(''), procedures: z.array(z.string()).min(2) }))
    .default([]),
  families: z.array(z.object({ id: slug, name: z.string().min(1), procedures: z.array(z.string()).min(2) })).default([]),
});
export type Groups = z.infer<typeof groupsSchema>;

// ── Markdown documents: guides and news (front matter + body) ──
export const guideMetaSchema = z.object({
  id: slug,
  title: z.string().min(1),
  summary: z.string().default(''),
  order: z.number().int().default(100),
  updatedAt: isoDate,
});
export const newsMetaSchema = z.object({
  id: slug,
  title: z.string().min(1),
  summary: z.string().default(''),
  publishedAt: isoDate,
  example: z.boolean().default(false),
});

// ── Working-day calendar ──
export const holidayYearSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  /** Days off (besides weekends). */
  holidays: z.array(z.object({ date: isoDate, name: z.string().min(1) })),
  /** Weekend days announced as working days (swaps). */
  workingWeekends: z.array(z.object({ date: isoDate, name: z.string().min(1) })).default([]),
  source: z.string().nullable().default(null),
});
export type HolidayYear = z.infer<typeof holidayYearSchema>;

/**
 * Texts of outgoing messages (content/messages.yaml), filled at send time: {name} is replaced;
 * a line whose placeholder is empty is left out. The defaults are the texts the project ships.
 */
export const messageTemplatesSchema = z.object({
  feedbackAnswered: z
    .array(z.string().min(1))
    .min(1)
    .default([
      'Phản ánh, kiến nghị {trackingCode} "{subject}" đã có trả lời của cơ quan xử lý.',
      'Xem câu trả lời: {link}',
      'Bạn có thể xem câu trả lời và đánh giá mức độ hài lòng bằng mã theo dõi và 4 số cuối điện thoại đã dùng khi gửi.',
    ]),
  feedbackToUnit: z
    .object({
      subject: z.string().min(1).default('[{trackingCode}] {kind}: {subject}'),
      title: z.string().min(1).default('{kind} mới gửi đến {unit}'),
      reply: z.string().min(1).default('Xử lý và trả lời tại: {consoleLink}'),
      replyWithoutLink: z.string().min(1).default('Xử lý và trả lời trong bảng điều khiển cán bộ.'),
      privacy: z
        .string()
        .min(1)
        .default('Thông tin cá nhân của người gửi chỉ dùng để giải quyết phản ánh này; không chuyển tiếp, không công khai.'),
    })
    .prefault({}),
});
export type MessageTemplates = z.infer<typeof messageTemplatesSchema>;
