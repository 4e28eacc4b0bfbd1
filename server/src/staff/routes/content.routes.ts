// Content editors (editor, admin): hotlines, news, guides, FAQ and answer templates.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contentEditor } from '../../content/content-edits.repository.js';
import { faqSchema, guideMetaSchema, hotlineSchema, newsMetaSchema } from '../../content/schemas.js';
import { z } from '../../lib/zod-vi.js';
import { requireStaff, who } from '../auth.js';
import type { StaffContext } from '../context.js';
import { errors, ok, tags } from './schemas.js';

const slugParam = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ "duong-day-nong-xa".')
    .max(80),
});
export const meta = {
  origin: z.enum(['content', 'console']),
  seeded: z.boolean(),
  editedAt: z.string().nullable(),
  editedBy: z.string().nullable(),
};
const body = z.string().trim().min(1, 'Vui lòng nhập nội dung.').max(50_000, 'Nội dung dài tối đa 50.000 ký tự.');

export const templateSchema = z.object({
  id: slugParam.shape.id,
  title: z.string().trim().min(2, 'Vui lòng nhập tên mẫu.').max(200),
  /** Field the template fits; null = any field. */
  field: z.string().max(80).nullable().default(null),
  text: z.string().trim().min(10, 'Nội dung mẫu cần ít nhất 10 ký tự.').max(8000),
});

/** Each editable kind: its collection, schema (with id) and list order. */
export const KINDS = {
  hotlines: { collection: 'hotlines', schema: hotlineSchema, sort: { order: 1 }, order: 'order', label: 'Đường dây nóng' },
  faq: { collection: 'faq', schema: faqSchema, sort: { order: 1 }, order: 'order', label: 'Hỏi đáp' },
  news: { collection: 'news', schema: newsMetaSchema.extend({ body }), sort: { publishedAt: -1 }, order: undefined, label: 'Tin tức' },
  guides: { collection: 'guides', schema: guideMetaSchema.extend({ body }), sort: { order: 1 }, order: undefined, label: 'Hướng dẫn' },
  templates: { collection: 'answer_templates', schema: templateSchema, sort: { title: 1 }, order: undefined, label: 'Mẫu trả lời' },
} as const;

export default async function contentRoutes(app: FastifyInstance, opts: { ctx: StaffContext }) {
  const { ctx } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const editor = contentEditor(ctx.store, ctx.audit, ctx.now);
  const canEdit = requireStaff('content.edit');

  for (const [kind, k] of Object.entries(KINDS)) {
    const schema = k.schema as z.ZodObject;
    const item = schema.extend(meta);
    // Handlers read answer templates while answering; the rest is for editors.
    const canRead = kind === 'templates' ? requireStaff('templates.read') : canEdit;
    r.get(
      `/api/staff/content/${kind}`,
      {
        preHandler: canRead,
        schema: {
          tags,
          summary: `${k.label}: danh sách (kể cả bản đã sửa trong bảng điều khiển)`,
          response: { 200: z.object({ items: z.array(item) }), ...errors },
        },
      },
      async () => ({ items: (await editor.list(k.collection, k.sort)) as never }),
    );
    r.put(
      `/api/staff/content/${kind}/:id`,
      {
        preHandler: canEdit,
        schema: {
          tags,
          summary: `${k.label}: tạo hoặc sửa một mục`,
          params: slugParam,
          body: schema.omit({ id: true }),
          response: { 200: z.object({ created: z.boolean() }), ...errors },
        },
      },
      async (req) => editor.save(who(req), kind, k.collection, req.params.id, { ...(req.body as object), id: req.params.id }, k.order),
    );
    r.delete(
      `/api/staff/content/${kind}/:id`,
      {
        preHandler: canEdit,
        schema: { tags, summary: `${k.label}: xóa một mục tạo trong bảng điều khiển`, params: slugParam, response: { 200: ok, ...errors } },
      },
      async (req) => {
        await editor.remove(who(req), kind, k.collection, req.params.id);
        return { ok: true as const };
      },
    );
  }
}
