// The satisfaction survey at the counter: the mini app's survey screen (reached by a QR code at
// the one-stop office, per office and optionally per procedure) reads the form and posts one
// answer. One answer per device per day (the device's random id, hashed with the day, is the
// record's id), rate-limited per IP in memory; no name, phone or IP is stored.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { vnDate } from '../calendar/calendar.js';
import { surveyBody, surveyFormResponse } from '../contract/schemas.js';
import { badRequest, conflict } from '../lib/errors.js';
import { z } from '../lib/zod-vi.js';
import { DuplicateKeyError } from '../store/port.js';
import { CRITERIA, CRITERION_IDS, OPTIONAL_CRITERIA, SCALE } from './criteria.js';
import { responseId, type SurveyRepository, surveyRepository } from './survey.repository.js';

declare module 'fastify' {
  interface FastifyInstance {
    survey: { repo: SurveyRepository };
  }
}

const formQuery = z.object({
  office: z.string().trim().max(80).optional(),
  procedure: z.string().trim().max(40).optional(),
});
async function surveyPlugin(app: FastifyInstance, opts: { rateMax?: number; now?: () => Date }) {
  const now = opts.now ?? (() => new Date());
  const repo = surveyRepository(app.store);
  await repo.ensureIndexes();
  app.decorate('survey', { repo });
  const content = app.contentRepo;
  const offices = async () =>
    ((await content.locality())?.offices ?? []).map((o) => ({ id: String(o.id), name: String(o.name), unitCode: String(o.unitCode) }));
  const procedureOf = (code: string | undefined) => {
    const p = code ? app.catalog.get(code) : null;
    return p ? { code: p.code, name: p.name } : null;
  };

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/survey/form',
    {
      schema: {
        tags: ['Khảo sát'],
        summary: 'Phiếu khảo sát mức độ hài lòng tại bộ phận một cửa (theo 5 yếu tố SIPAS)',
        querystring: formQuery,
        response: { 200: surveyFormResponse },
      },
    },
    async (req) => {
      const all = await offices();
      return {
        office: all.find((o) => o.id === req.query.office) ?? null,
        offices: all,
        procedure: procedureOf(req.query.procedure),
        criteria: CRITERIA.map((c) => ({ ...c, optional: OPTIONAL_CRITERIA.has(c.id) })),
        scale: [...SCALE],
      };
    },
  );

  r.post(
    '/api/survey',
    {
      // Many people at one office may share its Wi-Fi (one IP): generous, but a flood is cut.
      config: { rateLimit: { max: opts.rateMax ?? 30, timeWindow: '10 minutes' } },
      schema: {
        tags: ['Khảo sát'],
        summary: 'Gửi một phiếu khảo sát (mỗi thiết bị một phiếu mỗi ngày; không cần thông tin cá nhân)',
        body: surveyBody,
        response: { 201: z.object({ ok: z.literal(true), day: z.string() }) },
      },
    },
    async (req, reply) => {
      const office = (await offices()).find((o) => o.id === req.body.office);
      if (!office) throw badRequest('Không tìm thấy nơi làm thủ tục này. Hãy quét lại mã QR tại bộ phận một cửa.');
      const procedure = procedureOf(req.body.procedure);
      if (req.body.procedure && !procedure) throw badRequest(`Không tìm thấy thủ tục có mã "${req.body.procedure}".`);
      const day = vnDate(now());
      const scores: Record<string, number> = {};
      for (const id of CRITERION_IDS) {
        const v = req.body.scores[id];
        if (typeof v === 'number') scores[id] = v;
      }
      try {
        await repo.insert({
          _id: responseId(req.body.deviceId, day),
          day,
          office: office.id,
          unit: office.unitCode,
          procedure: procedure?.code ?? null,
          scores,
        });
      } catch (err) {
        if (err instanceof DuplicateKeyError || (err as { code?: number }).code === 11000) {
          throw conflict('Hôm nay bạn đã gửi đánh giá trên máy này rồi. Cảm ơn bạn!');
        }
        throw err;
      }
      return reply.code(201).send({ ok: true, day });
    },
  );
}

export default fp(surveyPlugin, { name: 'survey', dependencies: ['store', 'content'] });
