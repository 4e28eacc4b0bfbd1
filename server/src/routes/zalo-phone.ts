// POST /api/zalo/phone: the mini app sends the phone token and the user's access token it got
// from zmp-sdk after the user agreed; the server exchanges them at Zalo with the app secret
// (never shipped to the client) and answers the number as 0xxxxxxxxx. The body and the number
// are never logged (the app logger drops bodies); failures are logged with Zalo's code only.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import { zaloPhoneResponse } from '../contract/schemas.js';
import { AppError } from '../lib/errors.js';
import { z } from '../lib/zod-vi.js';
import { exchangePhoneToken, ZaloGraphError } from '../zalo/graph-client.js';

export const MANUAL_PHONE = 'Không lấy được số điện thoại từ Zalo, vui lòng nhập tay.';

const token = (what: string) =>
  z
    .string({ error: `Thiếu ${what} từ Zalo. Vui lòng thử lại hoặc nhập số điện thoại bằng tay.` })
    .trim()
    .min(1, `Thiếu ${what} từ Zalo. Vui lòng thử lại hoặc nhập số điện thoại bằng tay.`)
    .max(4096, `${what.charAt(0).toUpperCase()}${what.slice(1)} từ Zalo không hợp lệ.`);

export const zaloPhoneBody = z.strictObject({
  accessToken: token('mã truy cập'),
  token: token('mã số điện thoại'),
});

const problem = z.object({ type: z.string(), title: z.string(), status: z.number(), detail: z.string() }).passthrough();

export default async function zaloPhoneRoutes(app: FastifyInstance, opts: { config: Config }) {
  const { config } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/zalo/phone',
    {
      config: { rateLimit: { max: config.ZALO_PHONE_RATE_LIMIT_MAX, timeWindow: '1 minute' } },
      schema: {
        tags: ['Zalo'],
        summary: 'Đổi mã số điện thoại của Zalo Mini App (sau khi người dùng đồng ý) lấy số điện thoại',
        description:
          'accessToken: zmp-sdk getAccessToken(); token: zmp-sdk getPhoneNumber().token. Máy chủ đổi tại Zalo bằng khóa bí mật của ứng dụng.',
        body: zaloPhoneBody,
        response: { 200: zaloPhoneResponse, 400: problem, 429: problem, 502: problem, 503: problem },
      },
    },
    async (req) => {
      if (!config.ZALO_APP_SECRET) {
        throw new AppError(
          503,
          'Chưa cấu hình Zalo',
          'Chức năng lấy số điện thoại từ Zalo chưa được bật. Vui lòng nhập số điện thoại bằng tay.',
        );
      }
      try {
        const phone = await exchangePhoneToken({
          graphBase: config.ZALO_GRAPH_BASE,
          appSecret: config.ZALO_APP_SECRET,
          accessToken: req.body.accessToken,
          token: req.body.token,
        });
        return { phone };
      } catch (err) {
        if (!(err instanceof ZaloGraphError)) throw err;
        req.log.warn({ zaloError: err.code }, 'zalo phone exchange failed');
        // Zalo answered and refused the token (garbage, expired, another app's): the client's
        // request was bad → 400. Zalo unreachable, unreadable or failing itself → 502.
        if (err.code === -1 || err.code >= 500) throw new AppError(502, 'Zalo không trả lời', MANUAL_PHONE);
        throw new AppError(400, 'Yêu cầu không hợp lệ', `Mã số điện thoại không hợp lệ hoặc đã hết hạn. ${MANUAL_PHONE}`);
      }
    },
  );
}
