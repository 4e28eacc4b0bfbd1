// The minimum fill time, measured by the server: GET /api/feedback/form issues a signed token
// carrying the server's own clock; a submission must bring it back at least minFillMs later.
// The client cannot skip the check by leaving a field out, sending 0 or a time in the future.
// Each token is good for one stored feedback (its nonce is written with the record).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { InvalidInputError } from '../lib/errors.js';
import type { Store } from '../store/port.js';
import { tooFast } from './feedback.errors.js';

export { FORM_TOKENS } from './feedback.repository.js';

const KEYS = 'server_keys';
/** A form open longer than this is stale (drafts live on the device for days, not weeks). */
const MAX_AGE_MS = 7 * 86_400_000;

export const formTokenProblem = (detail: string) => new InvalidInputError(detail, { code: 'form_token' });

export type FormTokens = ReturnType<typeof formTokens>;

export function formTokens(store: Store, now = () => new Date()) {
  let key: Promise<Buffer> | null = null;
  /** One random key for every instance, kept in the store (created once, race-safe). */
  const getKey = () => {
    key ??= (async () => {
      const col = store.collection(KEYS);
      const fresh = randomBytes(32).toString('base64');
      const doc = await col.findOneAndUpdate({ _id: 'form-token' }, { $setOnInsert: { key: fresh } }, { upsert: true });
      return Buffer.from((doc?.key as string) ?? fresh, 'base64');
    })().catch((err) => {
      key = null;
      throw err;
    });
    return key;
  };
  const sign = async (payload: string) =>
    createHmac('sha256', await getKey())
      .update(payload)
      .digest('base64url');

  return {
    async issue(): Promise<string> {
      const payload = `${now().getTime()}.${randomBytes(12).toString('base64url')}`;
      return `${payload}.${await sign(payload)}`;
    },
    /** The token's nonce once it proves the form was open long enough; a 400 otherwise. */
    async check(token: string | undefined, minFillMs: number): Promise<string> {
      if (!token)
        throw formTokenProblem('Biểu mẫu thiếu mã kiểm tra. Vui lòng tải lại trang biểu mẫu rồi gửi lại (nội dung đã nhập vẫn được giữ).');
      const m = /^(\d{10,16})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/.exec(token);
      const expected = m ? Buffer.from(await sign(`${m[1]}.${m[2]}`)) : null;
      if (!m || !expected || !timingSafeEqual(expected, Buffer.from(m[3]!)))
        throw formTokenProblem('Mã kiểm tra của biểu mẫu không đúng. Vui lòng tải lại trang biểu mẫu rồi gửi lại.');
      const age = now().getTime() - Number(m[1]);
      if (age < minFillMs) throw tooFast();
      if (age > MAX_AGE_MS) throw formTokenProblem('Biểu mẫu đã mở quá lâu. Vui lòng bấm Gửi lần nữa sau vài giây.');
      return m[2]!;
    },
  };
}
