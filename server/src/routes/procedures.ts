import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { citationSchema, feeConditionSchema, feeSchema, levelSchema, methodSchema, procedureSchema } from '../content/schemas.js';
import { notFound } from '../lib/errors.js';
import { z } from '../lib/zod-vi.js';

const onlineLevel = procedureSchema.shape.online.unwrap().shape.level;
const ref = z.object({ code: z.string(), name: z.string(), shortName: z.string().nullable().optional() });

export const procedureListQuery = z.object({
  q: z.string().trim().max(200, 'Từ khóa tìm kiếm dài tối đa 200 ký tự.').default(''),
  field: z.string().max(80).optional(),
  level: z.enum(['xa', 'tinh', 'bo'], { error: 'Cấp thực hiện chỉ nhận "xa", "tinh" hoặc "bo".' }).optional(),
  limit: z.coerce.number({ error: 'limit phải là số.' }).int().min(1, 'limit từ 1 đến 50.').max(50, 'limit từ 1 đến 50.').default(20),
  offset: z.coerce.number({ error: 'offset phải là số.' }).int().min(0, 'offset không được âm.').max(10_000).default(0),
});

const listResponse = z.object({
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

const serialized = new WeakMap<object, string>();

export default async function procedureRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/procedures',
    {
      schema: {
        tags: ['Thủ tục'],
        summary: 'Tìm thủ tục hành chính (gõ không dấu, sai chính tả nhẹ vẫn tìm được)',
        querystring: procedureListQuery,
        response: { 200: listResponse },
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
