// Console edits of content (the repository of the console's writes to content collections). content/ stays the seed; an edited or created record is written
// with origin "console" so a content reload leaves it alone, and the content version moves so
// every instance rebuilds its catalog. A record that came from the files is marked `seeded`
// and cannot be deleted here (the next reload would bring it back) — it is edited instead.

import { conflict, notFound } from '../lib/errors.js';
import type { AuditLog } from '../staff/audit.js';
import type { StaffPrincipal } from '../staff/staff.types.js';
import type { Store } from '../store/port.js';
import { bumpContentVersion } from './sync.js';

export interface EditMeta {
  origin: 'content' | 'console';
  seeded: boolean;
  editedAt: string | null;
  editedBy: string | null;
}

export function contentEditor(store: Store, audit: AuditLog, now = () => new Date()) {
  return {
    async list(collection: string, sort: Record<string, 1 | -1>) {
      const docs = await store.collection(collection).find({}, { sort });
      return docs.map(({ _id, ...d }) => ({
        ...d,
        origin: (d.origin as EditMeta['origin']) ?? 'content',
        seeded: d.origin !== 'console' || d.seeded === true,
        editedAt: (d.editedAt as string) ?? null,
        editedBy: (d.editedBy as string) ?? null,
      }));
    },
    /** Creates or replaces one record; `extra` adds stored-only fields (e.g. order). */
    async save(
      s: StaffPrincipal,
      kind: string,
      collection: string,
      id: string,
      value: Record<string, unknown>,
      orderField?: string,
    ): Promise<{ created: boolean }> {
      const col = store.collection(collection);
      const prior = await col.findOne({ _id: id });
      const doc: Record<string, unknown> = {
        ...value,
        _id: id,
        origin: 'console',
        seeded: prior ? prior.origin !== 'console' || prior.seeded === true : false,
        editedAt: now().toISOString(),
        editedBy: s.username,
      };
      if (orderField) doc[orderField] = prior?.[orderField] ?? (await col.count({}));
      await col.replaceOne({ _id: id }, doc as { _id: string }, { upsert: true });
      await bumpContentVersion(store);
      await audit.record(s, `content.${prior ? 'update' : 'create'}`, { type: kind, id });
      return { created: !prior };
    },
    async remove(s: StaffPrincipal, kind: string, collection: string, id: string): Promise<void> {
      const col = store.collection(collection);
      const prior = await col.findOne({ _id: id });
      if (!prior) throw notFound(`Không có mục "${id}".`);
      if (prior.origin !== 'console' || prior.seeded === true)
        throw conflict(
          `Mục "${id}" đến từ tệp nội dung (thư mục content/); hãy sửa lại nội dung, hoặc xóa trong tệp rồi tải lại nội dung.`,
        );
      await col.deleteOne({ _id: id });
      await bumpContentVersion(store);
      await audit.record(s, 'content.delete', { type: kind, id });
    },
  };
}
export type ContentEditor = ReturnType<typeof contentEditor>;
