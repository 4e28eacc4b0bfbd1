// The only place that touches the staff, session and audit collections.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Store } from '../store/port.js';
import type { AuditDoc, Role, SessionDoc, StaffDoc, StaffPrincipal } from './staff.types.js';

export const STAFF = 'staff';
export const SESSIONS = 'staff_sessions';
export const AUDIT = 'audit';

export const sessionId = (token: string) => createHash('sha256').update(`staff-session:${token}`).digest('hex');

export const principal = (s: StaffDoc): StaffPrincipal => ({
  id: s._id,
  username: s.username,
  displayName: s.displayName,
  roles: s.roles,
  units: s.units,
});

export type StaffRepository = ReturnType<typeof staffRepository>;

export function staffRepository(store: Store, now = () => new Date()) {
  const staff = store.collection<StaffDoc>(STAFF);
  const sessions = store.collection<SessionDoc>(SESSIONS);
  const audit = store.collection<AuditDoc>(AUDIT);
  return {
    staff,
    sessions,
    audit,
    async ensureIndexes() {
      await staff.createIndex({ keys: { username: 1 }, unique: true, name: 'username_unique' });
      await sessions.createIndex({ keys: { expiresAt: 1 }, name: 'expiresAt' });
      await audit.createIndex({ keys: { at: -1 }, name: 'at' });
    },
    byUsername: (username: string) => staff.findOne({ username: username.trim().toLowerCase() }),
    byId: (id: string) => staff.findOne({ _id: id }),
    list: () => staff.find({}, { sort: { username: 1 } }),
    async create(input: {
      username: string;
      displayName: string;
      roles: Role[];
      units: string[];
      passwordHash: string;
    }): Promise<StaffDoc> {
      const at = now().toISOString();
      const doc: StaffDoc = {
        _id: randomUUID(),
        username: input.username.trim().toLowerCase(),
        displayName: input.displayName.trim(),
        roles: input.roles,
        units: input.units,
        passwordHash: input.passwordHash,
        active: true,
        createdAt: at,
        updatedAt: at,
        lastLoginAt: null,
      };
      await staff.insertOne(doc);
      return doc;
    },
    async update(
      id: string,
      set: Partial<Pick<StaffDoc, 'displayName' | 'roles' | 'units' | 'active' | 'passwordHash'>>,
    ): Promise<StaffDoc | null> {
      return staff.findOneAndUpdate({ _id: id }, { $set: { ...set, updatedAt: now().toISOString() } }, { returnDocument: 'after' });
    },
    /** Opens a session; returns the cookie value (only its hash is stored). */
    async openSession(staffId: string, ttlMs: number): Promise<{ token: string; expiresAt: string }> {
      const token = randomBytes(32).toString('base64url');
      const t = now();
      const expiresAt = new Date(t.getTime() + ttlMs).toISOString();
      await sessions.insertOne({ _id: sessionId(token), staffId, createdAt: t.toISOString(), expiresAt });
      await staff.updateOne({ _id: staffId }, { $set: { lastLoginAt: t.toISOString() } });
      return { token, expiresAt };
    },
    /** The active staff member behind a cookie value, or null (unknown, expired, disabled). */
    async resolveSession(token: string): Promise<StaffDoc | null> {
      const s = await sessions.findOne({ _id: sessionId(token) });
      if (!s) return null;
      if (s.expiresAt <= now().toISOString()) {
        await sessions.deleteOne({ _id: s._id });
        return null;
      }
      const member = await staff.findOne({ _id: s.staffId });
      return member?.active ? member : null;
    },
    closeSession: (token: string) => sessions.deleteOne({ _id: sessionId(token) }),
    /** Password changed or account disabled: every open session ends. */
    closeAllSessions: (staffId: string) => sessions.deleteMany({ staffId }),
    purgeExpiredSessions: () => sessions.deleteMany({ expiresAt: { $lte: now().toISOString() } }),
  };
}
