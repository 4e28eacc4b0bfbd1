// The problem+json shape every route declares for its error answers (plugins/errors.ts sends it).
import { z } from './zod-vi.js';

export const problem = z.object({ type: z.string(), title: z.string(), status: z.number(), detail: z.string() }).passthrough();
