// Read access to content collections; routes never touch collections directly.
import type { Store } from '../store/port.js';
import {
  type HandlingUnit,
  handlingUnitSchema,
  type MessageTemplates,
  messageTemplatesSchema,
  type Routing,
  routingSchema,
} from './schemas.js';

const clean = <T extends Record<string, unknown>>(d: T) => {
  const { _id, origin, ...rest } = d;
  return rest;
};

export type ContentRepository = ReturnType<typeof contentRepository>;

export function contentRepository(store: Store) {
  const list = async (name: string, sort: Record<string, 1 | -1>) => (await store.collection(name).find({}, { sort })).map(clean);
  const one = async (name: string, id: string) => {
    const d = await store.collection(name).findOne({ _id: id });
    return d ? clean(d) : null;
  };
  return {
    locality: async () => {
      const loc = await one('locality', 'locality');
      return loc ? { ...loc, offices: await list('offices', { id: 1 }) } : null;
    },
    units: () => list('admin_units', { code: 1 }),
    fields: () => list('fields', { name: 1 }),
    hotlines: () => list('hotlines', { order: 1 }),
    faq: () => list('faq', { order: 1 }),
    guides: async () => (await list('guides', { order: 1, title: 1 })).map(({ body, ...meta }) => meta),
    guide: (id: string) => one('guides', id),
    news: async () => (await list('news', { publishedAt: -1 })).map(({ body, ...meta }) => meta),
    newsItem: (id: string) => one('news', id),
    holidays: () => list('holidays', { year: 1 }),
    handlingUnits: () => list('handling_units', { name: 1 }),
    /** One handling unit, validated (channels included): null when there is none by that id. */
    handlingUnit: async (id: string): Promise<HandlingUnit | null> => {
      const d = await store.collection('handling_units').findOne({ _id: id });
      return d ? handlingUnitSchema.parse(d) : null;
    },
    /** Codes of the national procedure records in the store (content checks refer to them). */
    nationalCodes: async (): Promise<Set<string>> =>
      new Set((await store.collection('national_procedures').find({}, { projection: { code: 1 } })).map((d) => String(d.code))),
    nationalCount: () => store.collection('national_procedures').count({}),
    /** The console's routing edit: kept across content reloads (origin "console"). */
    saveRouting: async (routing: Routing, by: string, at: string) => {
      await store
        .collection('routing')
        .replaceOne(
          { _id: 'routing' },
          { _id: 'routing', ...routing, origin: 'console', seeded: true, editedAt: at, editedBy: by },
          { upsert: true },
        );
    },
    /** Everything the procedure catalog is built from, as stored (catalog.ts merges and indexes it). */
    catalogSources: () =>
      Promise.all([
        store.collection('procedures').find({}),
        store.collection('national_procedures').find({}),
        store.collection('synonyms').find({}),
        store.collection('groups').findOne({ _id: 'groups' }),
        store.collection('offices').find({}),
        store.collection('locality').findOne({ _id: 'locality' }),
        store.collection('fields').find({}),
      ]),
    /** Texts of outgoing messages (content/messages.yaml; the shipped texts when absent). */
    messages: async (): Promise<MessageTemplates> => {
      const d = await store.collection('messages').findOne({ _id: 'messages' });
      const { _id, origin, ...rest } = d ?? {};
      return messageTemplatesSchema.parse(rest);
    },
    /** Every handling unit, validated (routing needs their channels). */
    handlingUnitsParsed: async (): Promise<HandlingUnit[]> =>
      (await store.collection('handling_units').find({})).map((u) => handlingUnitSchema.parse(u)),
    /** Handling unit names by id (all of them, or the ones asked for). */
    handlingUnitNames: async (ids?: string[]): Promise<Map<string, string>> =>
      new Map(
        (await store.collection('handling_units').find(ids ? { _id: { $in: ids } } : {}, { sort: { name: 1 } })).map((u) => [
          u._id as string,
          u.name as string,
        ]),
      ),
    /** The routing rules as stored (content or the console's edit), validated; null when none. */
    routing: async (): Promise<Routing | null> => {
      const d = await store.collection('routing').findOne({ _id: 'routing' });
      return d ? routingSchema.parse(d) : null;
    },
    /** One administrative unit as stored (kind, validity, replacedBy), or null. */
    adminUnit: (code: string) => store.collection('admin_units').findOne({ _id: code }),
    adminUnitNames: async (codes: string[]) =>
      (await store.collection('admin_units').find({ _id: { $in: codes } })).map((u) => u.name as string),
    /** Codes of the communes in force (xã, phường, đặc khu without an end date). */
    currentCommuneCodes: async () =>
      (await store.collection('admin_units').find({ kind: { $in: ['xa', 'phuong', 'dac_khu'] }, validTo: null })).map(
        (u) => u._id as string,
      ),
    /** Field names by id, sorted by name. */
    fieldNames: async (): Promise<Map<string, string>> =>
      new Map((await store.collection('fields').find({}, { sort: { name: 1 } })).map((f) => [f._id as string, f.name as string])),
    /** Name of an administrative unit (commune) or a field, null when unknown. */
    adminUnitName: async (code: string) => ((await store.collection('admin_units').findOne({ _id: code }))?.name as string) ?? null,
    fieldName: async (id: string) => ((await store.collection('fields').findOne({ _id: id }))?.name as string) ?? null,
  };
}
