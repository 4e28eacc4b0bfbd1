// Read access to content collections; routes never touch collections directly.
import type { Store } from '../store/port.js';
import { type HandlingUnit, handlingUnitSchema } from './schemas.js';

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
    /** Name of an administrative unit (commune) or a field, null when unknown. */
    adminUnitName: async (code: string) => ((await store.collection('admin_units').findOne({ _id: code }))?.name as string) ?? null,
    fieldName: async (id: string) => ((await store.collection('fields').findOne({ _id: id }))?.name as string) ?? null,
  };
}
