import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from '../lib/zod-vi.js';
import { sendProblem } from '../plugins/errors.js';

export default async function healthRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/healthz', { schema: { hide: true, response: { 200: z.object({ status: z.literal('ok') }) } } }, async () => ({
    status: 'ok' as const,
  }));
  r.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    const storeOk = await app.store.ping().catch(() => false);
    const indexOk = app.catalog !== undefined && app.catalog.size > 0;
    if (!storeOk || !indexOk) {
      return sendProblem(reply, {
        status: 503,
        title: 'Chưa sẵn sàng',
        detail: !storeOk ? 'Kho dữ liệu chưa sẵn sàng.' : 'Chỉ mục tìm kiếm chưa sẵn sàng.',
      });
    }
    return { status: 'ready', store: app.store.kind, procedures: app.catalog.size };
  });
}
