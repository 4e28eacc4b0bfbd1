// Staff routes of the reports, registered inside the staff scope (session + CSRF):
//   GET /api/staff/reports/summary?from&to[&unit][&format=json|csv|xlsx]  leaders, admins
//   GET /api/staff/reports/print?from&to[&unit]                           printable A4 report
//   GET /api/staff/reports/gaps?from&to[&unit][&limit]                    questions without answer (editors too)
// and the printable outreach (print/print.routes.ts). Nothing here returns personal data.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import { gapsResponse } from '../contract/schemas.js';
import { z } from '../lib/zod-vi.js';
import printRoutes from '../print/print.routes.js';
import { requireStaff } from '../staff/auth.js';
import { summaryCsv, summaryXlsx } from './exports.js';
import { periodFields, withPeriodChecks } from './period.js';
import { reportPageHtml } from './report-page.js';

const tags = ['Báo cáo và in ấn'];
const problem = z.object({ type: z.string(), title: z.string(), status: z.number(), detail: z.string() }).passthrough();
const errors = { 400: problem, 401: problem, 403: problem };

export default async function reportsRoutes(app: FastifyInstance, opts: { config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const leader = requireStaff('reports.figures');
  const content = app.contentRepo;

  r.get(
    '/api/staff/reports/summary',
    {
      preHandler: leader,
      schema: {
        tags,
        summary: 'Số liệu báo cáo của một kỳ (JSON, CSV hoặc XLSX)',
        querystring: withPeriodChecks(
          periodFields.extend({
            format: z.enum(['json', 'csv', 'xlsx'], { error: 'format chỉ nhận json, csv hoặc xlsx.' }).default('json'),
          }),
        ),
      },
    },
    async (req, reply) => {
      const { format, ...period } = req.query;
      const s = await app.reports.summary(period);
      const name = `bao-cao-cchc-${period.from}-${period.to}${period.unit ? `-${period.unit}` : ''}`;
      if (format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.csv"`)
          .send(summaryCsv(s));
      }
      if (format === 'xlsx') {
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="${name}.xlsx"`)
          .send(await summaryXlsx(s));
      }
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(s));
    },
  );

  r.get(
    '/api/staff/reports/print',
    {
      preHandler: leader,
      schema: {
        tags,
        summary: 'Báo cáo in được (A4) theo mẫu báo cáo kết quả tuyên truyền CCHC',
        querystring: withPeriodChecks(periodFields),
      },
    },
    async (req, reply) => {
      const s = await app.reports.summary(req.query);
      const loc = (await content.locality()) as { name?: unknown } | null;
      return reply.type('text/html; charset=utf-8').send(reportPageHtml(s, { localityName: String(loc?.name ?? '') }));
    },
  );

  r.get(
    '/api/staff/reports/gaps',
    {
      preHandler: requireStaff('reports.gaps'),
      schema: {
        tags,
        summary: 'Câu hỏi người dân chưa được trả lời (tìm không thấy, trợ lý không trả lời được), đã che số điện thoại, số giấy tờ, email',
        querystring: withPeriodChecks(periodFields.extend({ limit: z.coerce.number().int().min(1).max(500).default(100) })),
        response: {
          200: gapsResponse,
          ...errors,
        },
      },
    },
    async (req) => {
      const { limit, ...period } = req.query;
      return app.reports.gaps(period, limit);
    },
  );

  await app.register(printRoutes, { config: opts.config });
}
