// Shared by the staff tests: an app with staff accounts of every role, sign-in, and feedback.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../../server/src/app.js';
import type { FeedbackBody } from '../../../server/src/feedback/feedback.schemas.js';
import { auditLog } from '../../../server/src/staff/audit.js';
import { staffRepository } from '../../../server/src/staff/staff.repository.js';
import type { Role } from '../../../server/src/staff/staff.types.js';
import { staffAccounts } from '../../../server/src/staff/staff-accounts.js';
import { validBody } from '../feedback/fixtures.js';
import { testConfig } from '../helpers/app.js';

export const PASSWORD = 'mật-khẩu-đủ-dài-2026';
export const CSRF = { 'x-requested-with': 'cchc-console' };

/** tu-phap-hoa-an handles Hòa An's civil-status feedback; vp-ubnd-binh-minh all of Bình Minh's. */
export const UNIT_A = 'tu-phap-hoa-an';
export const UNIT_B = 'vp-ubnd-binh-minh';

export interface StaffApp {
  app: FastifyInstance;
  close(): Promise<void>;
  createStaff(username: string, roles: Role[], units?: string[]): Promise<string>;
  login(username: string, password?: string, ip?: string): Promise<LightMyRequestResponse>;
  /** Signs in and returns the Cookie header value. */
  cookieFor(username: string): Promise<string>;
  submit(over?: Partial<FeedbackBody>): Promise<string>;
  /** Staff member `username` answers the case (POST …/answer). */
  answer(username: string, code: string, text?: string): Promise<LightMyRequestResponse>;
  /** Erase codes given in the 201 answers, by tracking code. */
  eraseCodes: Map<string, string>;
}

export async function staffApp(env: Record<string, string> = {}): Promise<StaffApp> {
  const t = await testConfig({ OUTBOX_ENABLED: 'false', ...env });
  const app = await buildApp({ config: t.config, logger: false });
  const repo = staffRepository(app.store);
  const accounts = staffAccounts(app.store, repo, auditLog(app.store));
  const cookies = new Map<string, string>();
  let ipN = 0;
  const eraseCodes = new Map<string, string>();
  const login = (username: string, password = PASSWORD, ip = '127.0.0.9') =>
    app.inject({ method: 'POST', url: '/api/staff/login', headers: CSRF, payload: { username, password }, remoteAddress: ip });
  const self: StaffApp = {
    app,
    close: async () => {
      await app.close();
      await t.cleanup();
    },
    async createStaff(username, roles, units = []) {
      const doc = await accounts.create(null, { username, displayName: `Cán bộ ${username}`, roles, units, password: PASSWORD });
      return doc._id;
    },
    login,
    async cookieFor(username) {
      const hit = cookies.get(username);
      if (hit) return hit;
      const res = await login(username);
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const c = res.cookies.find((x) => x.name === 'cchc_staff');
      if (!c) throw new Error('no session cookie');
      const v = `cchc_staff=${c.value}`;
      cookies.set(username, v);
      return v;
    },
    async submit(over = {}) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/feedback',
        headers: { 'idempotency-key': randomUUID() },
        payload: validBody(over),
        remoteAddress: `10.9.${Math.floor(++ipN / 200)}.${ipN % 200}`,
      });
      if (res.statusCode !== 201) throw new Error(`submit: ${res.statusCode} ${res.body}`);
      eraseCodes.set(res.json().trackingCode, res.json().eraseCode);
      return res.json().trackingCode as string;
    },
    async answer(username, code, text = 'Xã đã sửa xong đèn đường ngõ 5.') {
      return app.inject({
        method: 'POST',
        url: `/api/staff/feedback/${code}/answer`,
        headers: { cookie: await self.cookieFor(username), ...CSRF },
        payload: { text },
      });
    },
    eraseCodes,
  };
  return self;
}
