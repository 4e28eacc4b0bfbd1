import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { adminUnitSchema, type faqSchema, type fieldSchema, guideMetaSchema, hotlineSchema, newsMetaSchema } from '../content/schemas.js';
import { faqResponse, fieldResponse, guideResponse, localityResponse, newsResponse } from '../contract/schemas.js';
import { notFound } from '../lib/errors.js';
import { z } from '../lib/zod-vi.js';

const items = <S extends z.ZodType>(s: S) => z.object({ items: z.array(s) });
const idParam = z.object({ id: z.string().min(1).max(100) });

export default async function contentRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const repo = app.contentRepo;
  const tags = ['Nội dung'];

  r.get(
    '/api/locality',
    {
      schema: {
        tags,
        summary: 'Địa phương, bộ phận một cửa và giờ làm việc',
        response: {
          200: localityResponse,
        },
      },
    },
    async () => {
      const loc = await repo.locality();
      if (!loc) throw notFound('Chưa có thông tin địa phương.');
      return loc as never;
    },
  );
  r.get(
    '/api/fields',
    {
      schema: {
        tags,
        summary: 'Lĩnh vực thủ tục (count: mọi cấp; communeCount: thủ tục cấp xã)',
        response: { 200: items(fieldResponse) },
      },
    },
    async () => {
      const counts = app.catalog.fieldCounts();
      const commune = app.catalog.fieldCounts('xa');
      const fields = (await repo.fields()) as z.infer<typeof fieldSchema>[];
      return { items: fields.map((f) => ({ ...f, count: counts.get(f.id) ?? 0, communeCount: commune.get(f.id) ?? 0 })) };
    },
  );
  r.get('/api/hotlines', { schema: { tags, summary: 'Đường dây nóng', response: { 200: items(hotlineSchema) } } }, async () => ({
    items: (await repo.hotlines()) as never,
  }));
  r.get(
    '/api/units',
    { schema: { tags, summary: 'Đơn vị hành chính (cả đơn vị cũ đã sáp nhập)', response: { 200: items(adminUnitSchema) } } },
    async () => ({
      items: (await repo.units()) as never,
    }),
  );
  r.get(
    '/api/faq',
    {
      schema: {
        tags,
        summary: 'Hỏi đáp thường gặp (procedureRefs: tên các thủ tục được nhắc, để làm liên kết)',
        response: { 200: items(faqResponse) },
      },
    },
    async () => ({
      items: ((await repo.faq()) as z.infer<typeof faqSchema>[]).map((f) => ({
        ...f,
        procedureRefs: f.procedures.flatMap((code) => {
          const p = app.catalog.get(code);
          return p ? [{ code, name: p.name, shortName: p.shortName ?? null }] : [];
        }),
      })),
    }),
  );
  r.get(
    '/api/guides',
    { schema: { tags, summary: 'Hướng dẫn dịch vụ công trực tuyến', response: { 200: items(guideMetaSchema) } } },
    async () => ({
      items: (await repo.guides()) as never,
    }),
  );
  r.get('/api/guides/:id', { schema: { tags, params: idParam, response: { 200: guideResponse } } }, async (req) => {
    const g = await repo.guide(req.params.id);
    if (!g) throw notFound(`Không tìm thấy hướng dẫn "${req.params.id}".`);
    app.usage.count('guide_view');
    return g as never;
  });
  r.get('/api/news', { schema: { tags, summary: 'Tin tức', response: { 200: items(newsMetaSchema) } } }, async () => ({
    items: (await repo.news()) as never,
  }));
  r.get('/api/news/:id', { schema: { tags, params: idParam, response: { 200: newsResponse } } }, async (req) => {
    const n = await repo.newsItem(req.params.id);
    if (!n) throw notFound(`Không tìm thấy tin "${req.params.id}".`);
    app.usage.count('news_view');
    return n as never;
  });
}
