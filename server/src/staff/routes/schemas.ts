// Shapes shared by the staff routes.

import { problem } from '../../lib/problem.js';
import { z } from '../../lib/zod-vi.js';

export { problem };
/** Errors every signed-in route can answer with. */
export const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 429: problem };
export const ok = z.object({ ok: z.literal(true) });
export const codeParam = z.object({ code: z.string().trim().min(1).max(40) });
export const idParam = z.object({ id: z.string().trim().min(1).max(100) });
export const tags = ['Cán bộ'];
