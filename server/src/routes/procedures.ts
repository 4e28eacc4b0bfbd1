import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { procedureDetailResponse, procedureListResponse } from '../contract/schemas.js';
import { notFound } from '../lib/errors.js';
import { z } from '../lib/zod-vi.js';

export const procedureListQuery = z.object({
  q: z.string().trim().max(200, 'Từ khóa tìm kiếm dài tối đa 200 ký tự.').default(''),
  field: z.string().max(80).optional(),
  level: z.enum(['xa', 'tinh', 'bo'], { error: 'Cấp thực hiện chỉ nhận "xa", "tinh" hoặc "bo".' }).optional(),
  limit: z.coerce.number({ error: 'limit phải là số.' }).int().min(1, 'limit từ 1 đến 50.').max(50, 'limit từ 1 đến 50.').default(20),
  offset: z.coerce.number({ error: 'offset phải là số.' }).int().min(0, 'offset không được âm.').max(10_000).default(0),
});

const serialized = new WeakMap<object, string>();

/** Kept here for existing imports; the schema lives in the contract. */
export { procedureDetailResponse };

export default async function procedureRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/procedures',
    {
      schema: {
        tags: ['Thủ tục'],
        summary: 'Tìm thủ tục hành chính (gõ không dấu, sai chính tả nhẹ vẫn tìm được)',
        querystring: procedureListQuery,
        response: { 200: procedureListResponse },
      },
      // The hot path: items are built field by field from the catalog (nothing internal to
      // strip), so plain JSON.stringify replaces zod's validating serializer here, and the
      // catalog's cached answers are serialized once.
      serializerCompiler: () => (data) => {
        const key = data as object;
        let json = serialized.get(key);
        if (json === undefined) {
          json = JSON.stringify(data);
          serialized.set(key, json);
        }
        return json;
      },
    },
    async (req) => app.usage.searched(req.query, app.catalog.search(req.query.q, req.query)),
  );

  r.get(
    '/api/procedures/:code',
    {
      schema: {
        tags: ['Thủ tục'],
        summary: 'Toàn bộ thông tin một thủ tục',
        params: z.object({ code: z.string().min(1).max(40) }),
        response: { 200: procedureDetailResponse },
      },
    },
    async (req) => {
      const p = app.catalog.get(req.params.code);
      if (!p) throw notFound(`Không tìm thấy thủ tục có mã "${req.params.code}".`);
      app.usage.count('procedure_view');
      return p;
    },
  );
}
