// Staff account management (admins) and the first admin from the terminal.

import { contentRepository } from '../content/content.repository.js';
import { badRequest, conflict, notFound } from '../lib/errors.js';
import { z } from '../lib/zod-vi.js';
import type { Store } from '../store/port.js';
import { DuplicateKeyError } from '../store/port.js';
import type { AuditLog } from './audit.js';
import { hashPassword, passwordProblem } from './password.js';
import type { StaffRepository } from './staff.repository.js';
import { ROLES, type StaffDoc, type StaffPrincipal } from './staff.types.js';

const username = z
  .string({ error: 'Vui lòng nhập tên đăng nhập.' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/, 'Tên đăng nhập gồm 3–40 chữ thường không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.');
const roles = z.array(z.enum(ROLES, { error: 'Vai trò chỉ gồm admin, handler, editor, leader.' })).min(1, 'Chọn ít nhất một vai trò.');
const unitList = z.array(z.string().min(1).max(80)).max(50);
const units = unitList.default([]);

export const createStaffBody = z.strictObject({
  username,
  displayName: z.string().trim().min(2, 'Vui lòng nhập họ tên.').max(100),
  roles,
  units,
  password: z.string().min(1, 'Vui lòng nhập mật khẩu.').max(200),
});
export const updateStaffBody = z.strictObject({
  displayName: z.string().trim().min(2).max(100).optional(),
  roles: roles.optional(),
  // No default here: a change of name or status alone must leave the units as they are.
  units: unitList.optional(),
  active: z.boolean().optional(),
});
export const passwordBody = z.strictObject({ password: z.string().min(1, 'Vui lòng nhập mật khẩu.').max(200) });

export const staffView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  units: z.array(z.string()),
  active: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export const view = (s: StaffDoc): z.infer<typeof staffView> => ({
  id: s._id,
  username: s.username,
  displayName: s.displayName,
  roles: s.roles,
  units: s.units,
  active: s.active,
  createdAt: s.createdAt,
  lastLoginAt: s.lastLoginAt,
});

async function checkUnits(store: Store, ids: string[]) {
  if (!ids.length) return;
  const found = await contentRepository(store).handlingUnitNames(ids);
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) throw badRequest(`Không có đơn vị xử lý: ${missing.join(', ')}.`);
}

export function staffAccounts(store: Store, repo: StaffRepository, audit: AuditLog | null) {
  return {
    async create(by: StaffPrincipal | null, input: z.infer<typeof createStaffBody>): Promise<StaffDoc> {
      const problem = passwordProblem(input.password, input.username);
      if (problem) throw badRequest(problem);
      await checkUnits(store, input.units);
      if (input.roles.includes('handler') && input.units.length === 0) throw badRequest('Cán bộ xử lý cần thuộc ít nhất một đơn vị.');
      try {
        const doc = await repo.create({ ...input, passwordHash: await hashPassword(input.password) });
        if (by && audit)
          await audit.record(by, 'staff.create', { type: 'staff', id: doc._id }, { roles: doc.roles.join(','), units: doc.units.length });
        return doc;
      } catch (err) {
        if (err instanceof DuplicateKeyError || (err as { code?: number }).code === 11000)
          throw conflict(`Tên đăng nhập "${input.username}" đã có người dùng.`);
        throw err;
      }
    },
    async update(by: StaffPrincipal, id: string, input: z.infer<typeof updateStaffBody>): Promise<StaffDoc> {
      const prior = await repo.byId(id);
      if (!prior) throw notFound('Không có tài khoản này.');
      // An admin cannot lock themselves out.
      if (id === by.id && (input.active === false || (input.roles && !input.roles.includes('admin'))))
        throw badRequest('Bạn không thể tự khóa tài khoản hoặc bỏ quyền quản trị của chính mình.');
      if (input.units) await checkUnits(store, input.units);
      const doc = (await repo.update(id, input)) as StaffDoc;
      if (input.active === false || input.roles || input.units) await repo.closeAllSessions(id);
      await audit?.record(
        by,
        'staff.update',
        { type: 'staff', id },
        {
          roles: input.roles?.join(',') ?? null,
          units: input.units?.length ?? null,
          active: input.active ?? null,
        },
      );
      return doc;
    },
    async setPassword(by: StaffPrincipal, id: string, password: string): Promise<void> {
      const prior = await repo.byId(id);
      if (!prior) throw notFound('Không có tài khoản này.');
      const problem = passwordProblem(password, prior.username);
      if (problem) throw badRequest(problem);
      await repo.update(id, { passwordHash: await hashPassword(password) });
      await repo.closeAllSessions(id);
      await audit?.record(by, 'staff.password', { type: 'staff', id });
    },
  };
}
