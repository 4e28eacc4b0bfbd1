// Writes validated content into the store, idempotently: a record whose file was removed
// disappears; records edited in the staff console (origin "console") are left alone.
import type { Doc, Store } from '../store/port.js';
import type { Content } from './loader.js';

export const CONTENT_COLLECTIONS = [
  'locality',
  'admin_units',
  'offices',
  'handling_units',
  'routing',
  'fields',
  'hotlines',
  'synonyms',
  'faq',
  'groups',
  'procedures',
  'guides',
  'news',
  'holidays',
  'messages',
] as const;

function docsFor(content: Content): Record<(typeof CONTENT_COLLECTIONS)[number], Doc[]> {
  const { locality } = content;
  return {
    locality: [
      {
        _id: 'locality',
        name: locality.name,
        example: locality.example,
        provinceCode: locality.provinceCode,
        portalUrl: locality.portalUrl,
        provinceFees: locality.provinceFees,
      },
    ],
    admin_units: locality.units.map((u) => ({ _id: u.code, ...u })),
    offices: locality.offices.map((o) => ({ _id: o.id, ...o })),
    handling_units: content.handlingUnits.map((u) => ({ _id: u.id, ...u })),
    routing: [{ _id: 'routing', ...content.routing }],
    messages: [{ _id: 'messages', ...content.messages }],
    fields: content.fields.map((f) => ({ _id: f.id, ...f })),
    hotlines: content.hotlines.map((h, order) => ({ _id: h.id, ...h, order })),
    synonyms: content.synonyms.map((s, i) => ({ _id: `s${i}`, ...s })),
    faq: content.faq.map((q, order) => ({ _id: q.id, ...q, order })),
    groups: [{ _id: 'groups', ...content.groups }],
    procedures: content.procedures.map(({ file, ...p }) => ({ _id: p.code, ...p, contentFile: file })),
    guides: content.guides.map((g) => ({ _id: g.id, ...g })),
    news: content.news.map((n) => ({ _id: n.id, ...n })),
    holidays: content.holidays.map((h) => ({ _id: String(h.year), ...h })),
  };
}

export async function syncContent(store: Store, content: Content): Promise<{ written: number; removed: number }> {
  let written = 0;
  let removed = 0;
  const all = docsFor(content);
  for (const name of CONTENT_COLLECTIONS) {
    const col = store.collection(name);
    const docs = all[name];
    const ids = docs.map((d) => d._id as string);
    for (const doc of docs) {
      // Never overwrite what an editor changed in the console.
      const r = await col.replaceOne({ _id: doc._id, origin: { $ne: 'console' } }, { ...doc, origin: 'content' }, { upsert: false });
      if (r.matchedCount === 0 && !(await col.findOne({ _id: doc._id }))) await col.insertOne({ ...doc, origin: 'content' });
      written++;
    }
    removed += await col.deleteMany({ origin: 'content', _id: { $nin: ids } });
  }
  await bumpContentVersion(store);
  return { written, removed };
}

/** Every process rebuilds its in-memory index when this number moves. */
export async function bumpContentVersion(store: Store): Promise<number> {
  const doc = await store
    .collection('meta')
    .findOneAndUpdate({ _id: 'content' }, { $inc: { version: 1 }, $set: { updatedAt: new Date().toISOString() } }, { upsert: true });
  return (doc?.version as number) ?? 1;
}

export async function contentVersion(store: Store): Promise<number> {
  const doc = await store.collection('meta').findOne({ _id: 'content' });
  return (doc?.version as number) ?? 0;
}
