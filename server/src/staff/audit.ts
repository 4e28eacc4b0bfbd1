// Every staff action leaves an audit event: who, when, what, on which target. Details are ids,
// statuses and counts only — never the citizen's name, phone, address or the free text typed.
import { randomUUID } from 'node:crypto';
import type { Store } from '../store/port.js';
import { AUDIT } from './staff.repository.js';
import type { AuditDoc, StaffPrincipal } from './staff.types.js';

export type AuditData = AuditDoc['data'];

export function auditLog(store: Store, now = () => new Date()) {
  const col = store.collection<AuditDoc>(AUDIT);
  return {
    async record(
      who: Pick<StaffPrincipal, 'id' | 'username'>,
      action: string,
      target: AuditDoc['target'],
      data: AuditData = {},
    ): Promise<void> {
      await col.insertOne({ _id: randomUUID(), at: now().toISOString(), by: who.id, username: who.username, action, target, data });
    },
    async list(filter: { action?: string; by?: string; targetId?: string }, limit: number, offset: number) {
      const f: Record<string, unknown> = {};
      if (filter.action) f.action = filter.action;
      if (filter.by) f.username = filter.by;
      if (filter.targetId) f['target.id'] = filter.targetId;
      const [items, total] = await Promise.all([col.find(f, { sort: { at: -1 }, skip: offset, limit }), col.count(f)]);
      return { items, total };
    },
  };
}
export type AuditLog = ReturnType<typeof auditLog>;
