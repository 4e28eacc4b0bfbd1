import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { procedureSchema } from '../../../server/src/content/schemas.js';
import { buildCatalog } from '../../../server/src/procedures/catalog.js';
import { createStore } from '../../../server/src/store/index.js';
import type { Store } from '../../../server/src/store/port.js';

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cchc-catalog-'));
  store = await createStore({ dataDir: dir });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

// Written for this test: a residence procedure as the importer would store it.
const imported = procedureSchema.parse({
  code: '9.100001',
  name: 'Khai báo thử về cư trú (bản ghi kiểm thử)',
  field: 'dang-ky-quan-ly-cu-tru',
  fieldName: 'Đăng ký, quản lý cư trú',
  levels: ['xa'],
  steps: ['Bước một'],
});

describe('procedure catalog', () => {
  it('files an imported record under the locality field that lists its national field name', async () => {
    await store.collection('fields').insertOne({ _id: 'cu-tru', id: 'cu-tru', name: 'Cư trú', nationalNames: ['Đăng ký, quản lý cư trú'] });
    await store.collection('national_procedures').insertOne({ _id: imported.code, ...imported });
    const catalog = await buildCatalog(store);
    expect(catalog.get('9.100001')!.field).toBe('cu-tru');
    expect(catalog.search('', { field: 'cu-tru', limit: 10, offset: 0 }).items.map((i) => i.code)).toEqual(['9.100001']);
    expect(catalog.fieldCounts().get('cu-tru')).toBe(1);
  });

  it('serves curated text over the imported record and says which field came from where', async () => {
    await store.collection('national_procedures').insertOne({ _id: imported.code, ...imported });
    await store.collection('procedures').insertOne({
      _id: imported.code,
      ...procedureSchema.parse({ code: imported.code, name: 'Khai báo cư trú', field: 'cu-tru', summary: 'Lời dễ hiểu.' }),
    });
    const p = (await buildCatalog(store)).get('9.100001')!;
    expect(p.name).toBe('Khai báo cư trú');
    expect(p.steps).toEqual(['Bước một']);
    expect(p.provenance).toMatchObject({ name: 'curated', summary: 'curated', steps: 'national' });
  });
});
