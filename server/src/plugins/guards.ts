// Operator-shaped input (`q[$gt]=`, `{"phone": {"$gt": ""}}`) never reaches the store:
// it is refused before validation with a clear message.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { badRequest } from '../lib/errors.js';

const OPERATOR_KEY = /^\$|[[\]]/;

function findOperatorKey(value: unknown, depth = 0): string | null {
  if (depth > 20 || value === null || typeof value !== 'object') return null;
  for (const [k, v] of Object.entries(value)) {
    if (k.startsWith('$')) return k;
    const inner = findOperatorKey(v, depth + 1);
    if (inner) return inner;
  }
  return null;
}

async function guards(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const query = request.query as Record<string, unknown> | undefined;
    for (const key of Object.keys(query ?? {})) {
      if (OPERATOR_KEY.test(key)) throw badRequest(`Tham số "${key}" không hợp lệ.`);
    }
    const bad = findOperatorKey(request.body);
    if (bad) throw badRequest(`Trường "${bad}" không được phép trong dữ liệu gửi lên.`);
  });
}

export default fp(guards, { name: 'guards' });
