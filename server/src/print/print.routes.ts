// Printable outreach for the one-stop office, in the staff scope (editors, leaders, admins):
// GET /api/staff/print/poster?office=ID  (A4)   GET /api/staff/print/leaflet/:code  (A5)
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import { notFound } from '../lib/errors.js';
import { z } from '../lib/zod-vi.js';
import { requireStaff } from '../staff/auth.js';
import { leafletHtml } from './leaflet.js';
import { miniAppLinks } from './links.js';
import { posterHtml } from './poster.js';

const tags = ['Báo cáo và in ấn'];

export default async function printRoutes(app: FastifyInstance, opts: { config: Config }) {
  const content = app.contentRepo;
  const canPrint = requireStaff('print');
  const r = app.withTypeProvider<ZodTypeProvider>();
  const locality = async () => {
    const loc = (await content.locality()) as { name?: unknown; example?: unknown; offices?: unknown[] } | null;
    return {
      name: String(loc?.name ?? ''),
      example: loc?.example === true,
      offices: ((loc?.offices ?? []) as unknown as PosterOffice[]).map((o) => ({ ...o, unitCode: String(o.unitCode) })),
    };
  };

  r.get(
    '/api/staff/print/poster',
    {
      preHandler: canPrint,
      schema: {
        tags,
        summary: 'Áp phích A4 cho bộ phận một cửa: mã QR mini app, khảo sát, OA; đường dây nóng; giờ làm việc',
        querystring: z.object({ office: z.string().trim().max(80).optional() }),
      },
    },
    async (req, reply) => {
      const loc = await locality();
      const office = req.query.office ? loc.offices.find((o) => o.id === req.query.office) : loc.offices[0];
      if (!office) throw notFound(`Không tìm thấy bộ phận một cửa "${req.query.office ?? ''}".`);
      const links = miniAppLinks(opts.config, req);
      const html = await posterHtml({
        localityName: loc.name,
        example: loc.example,
        office,
        hotlines: (await content.hotlines()) as unknown as PosterHotline[],
        links: { miniApp: links.miniAppFor(office.unitCode), survey: links.survey(office.id), oa: links.oa },
      });
      return reply.type('text/html; charset=utf-8').send(html);
    },
  );

  r.get(
    '/api/staff/print/leaflet/:code',
    {
      preHandler: canPrint,
      schema: {
        tags,
        summary: 'Tờ rơi A5 một thủ tục: giấy tờ, lệ phí, thời gian, nơi nộp, mức trực tuyến, mã QR',
        params: z.object({ code: z.string().min(1).max(40) }),
      },
    },
    async (req, reply) => {
      const p = app.catalog.get(req.params.code);
      if (!p) throw notFound(`Không tìm thấy thủ tục có mã "${req.params.code}".`);
      const loc = await locality();
      const links = miniAppLinks(opts.config, req);
      const html = await leafletHtml({
        procedure: p,
        localityName: loc.name,
        example: loc.example,
        link: links.procedure(p.code),
        surveyLink: p.officeInfo ? links.survey(p.officeInfo.id, p.code) : null,
      });
      return reply.type('text/html; charset=utf-8').send(html);
    },
  );
}

interface PosterOffice {
  id: string;
  name: string;
  unitCode: string;
  address: string;
  phone: string | null;
  hours: { days: number[]; open: string; close: string }[];
  note: string | null;
}
interface PosterHotline {
  name: string;
  number: string;
  hours: string | null;
  group: string;
  example: boolean;
}
