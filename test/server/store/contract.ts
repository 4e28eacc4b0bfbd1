// One contract for every store adapter: the embedded store runs it always, MongoDB when
// MONGODB_URI is set. Repositories rely on exactly these behaviours.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Doc, DuplicateKeyError, type Store } from '../../../server/src/store/port.js';

interface Person extends Doc {
  name: string;
  age?: number;
  tags?: string[];
  address?: { commune: string; street?: string };
}

const people: Person[] = [
  { _id: 'p1', name: 'Nguyễn Văn An', age: 34, tags: ['a', 'b'], address: { commune: 'xa-1', street: 'Lê Lợi' } },
  { _id: 'p2', name: 'Trần Thị Bình', age: 51, tags: ['b'], address: { commune: 'xa-2' } },
  { _id: 'p3', name: 'Lê Văn Cường', age: 19, tags: [], address: { commune: 'xa-1' } },
  { _id: 'p4', name: 'Phạm Thị Dung', age: 42, address: { commune: 'xa-3' } },
];

const ids = (docs: Doc[]) => docs.map((d) => d._id);

export function runStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    const seedPeople = async () => {
      const col = store.collection<Person>('people');
      await col.insertMany(people.map((p) => structuredClone(p)));
      return col;
    };

    it('inserts with a generated string _id and hands out copies', async () => {
      const col = store.collection('things');
      const when = new Date('2025-07-01T00:00:00Z');
      const saved = await col.insertOne({ title: 'Hộ tịch', when });
      expect(typeof saved._id).toBe('string');
      expect(saved._id.length).toBeGreaterThan(10);
      const kept = await col.insertOne({ _id: 'fixed', title: 'x' });
      expect(kept._id).toBe('fixed');

      const found = await col.findOne({ _id: saved._id });
      expect(found).toEqual({ _id: saved._id, title: 'Hộ tịch', when });
      expect(found?.when).toBeInstanceOf(Date);
      if (found) found.title = 'changed by caller';
      expect((await col.findOne({ _id: saved._id }))?.title).toBe('Hộ tịch');
      expect(await col.findOne({ _id: 'missing' })).toBeNull();
    });

    it('filters with $eq, $in, $gt, $regex, $or, nested paths and array elements', async () => {
      const col = await seedPeople();
      const q = async (filter: Record<string, unknown>) => ids(await col.find(filter, { sort: { _id: 1 } }));
      expect(await q({ age: { $eq: 34 } })).toEqual(['p1']);
      expect(await q({ _id: { $in: ['p2', 'p4', 'nope'] } })).toEqual(['p2', 'p4']);
      expect(await q({ age: { $gt: 40 } })).toEqual(['p2', 'p4']);
      expect(await q({ name: { $regex: '^Lê' } })).toEqual(['p3']);
      expect(await q({ name: { $regex: 'thị', $options: 'i' } })).toEqual(['p2', 'p4']);
      expect(await q({ $or: [{ age: { $lt: 20 } }, { 'address.commune': 'xa-3' }] })).toEqual(['p3', 'p4']);
      expect(await q({ 'address.commune': 'xa-1' })).toEqual(['p1', 'p3']);
      expect(await q({ tags: 'b' })).toEqual(['p1', 'p2']);
      expect(await q({ age: { $exists: false } })).toEqual([]);
      expect(await q({ 'address.street': { $exists: true } })).toEqual(['p1']);
    });

    it('sorts, skips, limits and projects', async () => {
      const col = await seedPeople();
      expect(ids(await col.find({}, { sort: { age: -1 } }))).toEqual(['p2', 'p4', 'p1', 'p3']);
      expect(ids(await col.find({}, { sort: { age: 1 }, skip: 1, limit: 2 }))).toEqual(['p1', 'p4']);
      expect(ids(await col.find({}, { sort: { 'address.commune': 1, age: -1 } }))).toEqual(['p1', 'p3', 'p2', 'p4']);
      const projected = await col.find({ _id: 'p1' }, { projection: { name: 1, 'address.commune': 1 } });
      expect(projected).toEqual([{ _id: 'p1', name: 'Nguyễn Văn An', address: { commune: 'xa-1' } }]);
      expect(await col.findOne({ _id: 'p1' })).toEqual(people[0]);
      const without = await col.findOne({ _id: 'p2' }, { projection: { tags: 0, address: 0 } });
      expect(without).toEqual({ _id: 'p2', name: 'Trần Thị Bình', age: 51 });
      const oldest = await col.findOne({ 'address.commune': 'xa-1' }, { sort: { age: -1 } });
      expect(oldest?._id).toBe('p1');
    });

    it('counts with and without a filter', async () => {
      const col = await seedPeople();
      expect(await col.count()).toBe(4);
      expect(await col.count({ 'address.commune': 'xa-1' })).toBe(2);
      expect(await col.count({ age: { $gt: 100 } })).toBe(0);
      expect(await store.collection('empty').count()).toBe(0);
    });

    it('applies $set, $unset, $push, $inc, $addToSet and $pull', async () => {
      const col = await seedPeople();
      const r = await col.updateOne(
        { _id: 'p1' },
        { $set: { 'address.street': 'Trần Phú', status: 'moved' }, $inc: { age: 2 }, $push: { tags: 'c' }, $unset: { name: '' } },
      );
      expect(r).toEqual({ matchedCount: 1, modifiedCount: 1, upsertedId: null });
      expect(await col.findOne({ _id: 'p1' })).toEqual({
        _id: 'p1',
        age: 36,
        tags: ['a', 'b', 'c'],
        address: { commune: 'xa-1', street: 'Trần Phú' },
        status: 'moved',
      });
      await col.updateOne({ _id: 'p1' }, { $addToSet: { tags: 'a' } });
      await col.updateOne({ _id: 'p1' }, { $addToSet: { tags: 'z' } });
      await col.updateOne({ _id: 'p1' }, { $pull: { tags: 'b' } });
      expect((await col.findOne({ _id: 'p1' }))?.tags).toEqual(['a', 'c', 'z']);
      await col.updateOne({ _id: 'p4' }, { $inc: { visits: 1 } });
      expect((await col.findOne({ _id: 'p4' }))?.visits).toBe(1);

      const same = await col.updateOne({ _id: 'p2' }, { $set: { age: 51 } });
      expect(same).toEqual({ matchedCount: 1, modifiedCount: 0, upsertedId: null });
      const none = await col.updateOne({ _id: 'nobody' }, { $set: { age: 1 } });
      expect(none).toEqual({ matchedCount: 0, modifiedCount: 0, upsertedId: null });

      const many = await col.updateMany({ 'address.commune': 'xa-1' }, { $set: { flagged: true } });
      expect(many.matchedCount).toBe(2);
      expect(many.modifiedCount).toBe(2);
      expect(ids(await col.find({ flagged: true }, { sort: { _id: 1 } }))).toEqual(['p1', 'p3']);
    });

    it('upserts: filter equalities + update + $setOnInsert, only once', async () => {
      const col = store.collection('idem');
      const first = await col.updateOne(
        { key: 'k1', 'scope.kind': 'feedback' },
        { $set: { seen: 1 }, $setOnInsert: { createdAt: new Date(0) } },
        { upsert: true },
      );
      expect(first.matchedCount).toBe(0);
      expect(typeof first.upsertedId).toBe('string');
      const doc = await col.findOne({ key: 'k1' });
      expect(doc).toEqual({ _id: first.upsertedId, key: 'k1', scope: { kind: 'feedback' }, seen: 1, createdAt: new Date(0) });

      const second = await col.updateOne(
        { key: 'k1', 'scope.kind': 'feedback' },
        { $set: { seen: 2 }, $setOnInsert: { createdAt: new Date(1) } },
        { upsert: true },
      );
      expect(second).toEqual({ matchedCount: 1, modifiedCount: 1, upsertedId: null });
      expect(await col.findOne({ key: 'k1' })).toMatchObject({ seen: 2, createdAt: new Date(0) });
      expect(await col.count()).toBe(1);

      const withId = await col.updateOne({ _id: 'chosen' }, { $set: { x: 1 } }, { upsert: true });
      expect(withId.upsertedId).toBe('chosen');
    });

    it('findOneAndUpdate returns after (default) or before, sorts and upserts', async () => {
      const col = await seedPeople();
      const after = await col.findOneAndUpdate({ 'address.commune': 'xa-1' }, { $inc: { age: 1 } }, { sort: { age: 1 } });
      expect(after).toMatchObject({ _id: 'p3', age: 20 });
      const before = await col.findOneAndUpdate({ _id: 'p2' }, { $set: { age: 60 } }, { returnDocument: 'before' });
      expect(before).toMatchObject({ _id: 'p2', age: 51 });
      expect((await col.findOne({ _id: 'p2' }))?.age).toBe(60);
      expect(await col.findOneAndUpdate({ _id: 'nobody' }, { $set: { age: 1 } })).toBeNull();

      const created = await col.findOneAndUpdate({ name: 'Mới' }, { $set: { age: 1 }, $setOnInsert: { tags: ['new'] } }, { upsert: true });
      expect(created).toMatchObject({ name: 'Mới', age: 1, tags: ['new'] });
      expect(typeof created?._id).toBe('string');
      expect(await col.count()).toBe(5);
    });

    it('replaces a whole document, keeping _id, and upserts a replacement', async () => {
      const col = await seedPeople();
      const r = await col.replaceOne({ _id: 'p1' }, { name: 'Thay thế' });
      expect(r).toEqual({ matchedCount: 1, modifiedCount: 1, upsertedId: null });
      expect(await col.findOne({ _id: 'p1' })).toEqual({ _id: 'p1', name: 'Thay thế' });
      const up = await col.replaceOne({ _id: 'p9' }, { name: 'Chín' }, { upsert: true });
      expect(up.upsertedId).toBe('p9');
      const upNoId = await col.replaceOne({ name: 'Mười' }, { name: 'Mười', age: 10 }, { upsert: true });
      expect(typeof upNoId.upsertedId).toBe('string');
      expect(await col.findOne({ name: 'Mười' })).toEqual({ _id: upNoId.upsertedId, name: 'Mười', age: 10 });
      await expect(col.replaceOne({ _id: 'p2' }, { _id: 'other', name: 'x' })).rejects.toThrow();
    });

    it('deletes one or many', async () => {
      const col = await seedPeople();
      expect(await col.deleteOne({ 'address.commune': 'xa-1' })).toBe(1);
      expect(await col.count({ 'address.commune': 'xa-1' })).toBe(1);
      expect(await col.deleteMany({ age: { $gt: 0 } })).toBe(3);
      expect(await col.count()).toBe(0);
      expect(await col.deleteMany({})).toBe(0);
    });

    it('aggregates with $match, $group, $sort, $project and $limit', async () => {
      const col = await seedPeople();
      const rows = await col.aggregate<{ _id: string; n: number; avgAge: number }>([
        { $match: { age: { $gte: 19 } } },
        { $group: { _id: '$address.commune', n: { $sum: 1 }, avgAge: { $avg: '$age' } } },
        { $sort: { n: -1, _id: 1 } },
        { $project: { _id: 1, n: 1, avgAge: 1 } },
        { $limit: 2 },
      ]);
      expect(rows).toEqual([
        { _id: 'xa-1', n: 2, avgAge: 26.5 },
        { _id: 'xa-2', n: 1, avgAge: 51 },
      ]);
      // Stages that reshape documents work on copies, never on the stored data.
      const reshaped = await col.aggregate([{ $match: { _id: 'p1' } }, { $addFields: { 'address.commune': 'khác' } }, { $unset: 'tags' }]);
      expect(reshaped).toMatchObject([{ _id: 'p1', address: { commune: 'khác', street: 'Lê Lợi' } }]);
      expect(await col.findOne({ _id: 'p1' })).toEqual(people[0]);
    });

    it('enforces unique indexes with DuplicateKeyError and leaves data unchanged', async () => {
      const col = store.collection('feedback');
      await col.createIndex({ keys: { trackingCode: 1 }, unique: true });
      await col.createIndex({ keys: { trackingCode: 1 }, unique: true }); // idempotent at boot
      await col.insertOne({ _id: 'f1', trackingCode: 'PA-1', status: 'new' });
      await col.insertOne({ _id: 'f2', trackingCode: 'PA-2', status: 'new' });
      const snapshot = await col.find({}, { sort: { _id: 1 } });

      const dup = await col.insertOne({ trackingCode: 'PA-1' }).catch((e: unknown) => e);
      expect(dup).toBeInstanceOf(DuplicateKeyError);
      expect((dup as DuplicateKeyError).collection).toBe('feedback');
      await expect(col.insertOne({ _id: 'f1', trackingCode: 'PA-9' })).rejects.toBeInstanceOf(DuplicateKeyError);
      await expect(col.updateOne({ _id: 'f2' }, { $set: { trackingCode: 'PA-1', status: 'x' } })).rejects.toBeInstanceOf(DuplicateKeyError);
      await expect(col.updateMany({}, { $set: { trackingCode: 'SAME' } })).rejects.toBeInstanceOf(DuplicateKeyError);
      await expect(
        col.updateOne({ trackingCode: 'PA-3' }, { $set: { status: 'x' }, $setOnInsert: { _id: 'f1' } }, { upsert: true }),
      ).rejects.toBeInstanceOf(DuplicateKeyError);
      await expect(col.replaceOne({ _id: 'f2' }, { trackingCode: 'PA-1' })).rejects.toBeInstanceOf(DuplicateKeyError);
      await expect(col.findOneAndUpdate({ _id: 'f2' }, { $set: { trackingCode: 'PA-1' } })).rejects.toBeInstanceOf(DuplicateKeyError);
      if (store.kind === 'embedded') {
        // MongoDB's updateMany may stop half way; the embedded store changes nothing.
        expect(await col.find({}, { sort: { _id: 1 } })).toEqual(snapshot);
      } else {
        expect(await col.count({ trackingCode: 'PA-1' })).toBe(1);
      }
      expect(await col.findOne({ trackingCode: 'PA-1' })).toMatchObject({ _id: 'f1', status: 'new' });

      // A unique index over existing duplicates is refused.
      const other = store.collection('tokens');
      await other.insertMany([{ key: 'a' }, { key: 'a' }]);
      await expect(other.createIndex({ keys: { key: 1 }, unique: true })).rejects.toBeInstanceOf(DuplicateKeyError);
    });

    it('insertMany is ordered: documents before a duplicate stay, the rest are not written', async () => {
      const col = store.collection('codes');
      await col.createIndex({ keys: { code: 1 }, unique: true });
      expect(await col.insertMany([{ code: 'a' }, { code: 'b' }])).toBe(2);
      await expect(col.insertMany([{ code: 'c' }, { code: 'a' }, { code: 'd' }])).rejects.toBeInstanceOf(DuplicateKeyError);
      expect((await col.find({}, { sort: { code: 1 } })).map((d) => d.code)).toEqual(['a', 'b', 'c']);
    });

    it('hands out distinct consecutive sequence numbers under concurrency', async () => {
      const values = await Promise.all(Array.from({ length: 60 }, () => store.nextSequence('feedback-2025')));
      expect([...values].sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
      expect(await store.nextSequence('other')).toBe(1);
      expect(await store.nextSequence('feedback-2025')).toBe(61);
    });

    it('claims each job exactly once with a lease, and re-claims an expired lease', async () => {
      const jobs = store.collection('outbox');
      await jobs.insertMany(
        Array.from({ length: 10 }, (_, i) => ({ _id: `job-${i}`, state: 'pending', leaseUntil: new Date(0), attempts: 0, order: i })),
      );
      const now = new Date('2025-07-01T08:00:00Z');
      const claim = (at: Date, worker: string) =>
        jobs.findOneAndUpdate(
          { state: 'pending', leaseUntil: { $lte: at } },
          { $set: { leaseUntil: new Date(at.getTime() + 30_000), worker }, $inc: { attempts: 1 } },
          { sort: { order: 1 } },
        );
      const claimed = await Promise.all(Array.from({ length: 20 }, (_, i) => claim(now, `w${i}`)));
      const got = claimed.filter((j) => j !== null);
      expect(got).toHaveLength(10);
      expect(new Set(got.map((j) => j._id)).size).toBe(10);
      expect(await jobs.count({ attempts: 1 })).toBe(10);

      // Within the lease nobody else gets a job; after it expires one can be claimed again.
      expect(await claim(new Date(now.getTime() + 10_000), 'late')).toBeNull();
      await jobs.updateMany({ _id: { $ne: 'job-3' } }, { $set: { state: 'done' } });
      const again = await claim(new Date(now.getTime() + 31_000), 'rescuer');
      expect(again).toMatchObject({ _id: 'job-3', worker: 'rescuer', attempts: 2 });
    });

    it('insertAtomically writes all documents or none', async () => {
      await store.collection('fb').createIndex({ keys: { trackingCode: 1 }, unique: true });
      await store.insertAtomically([
        { collection: 'fb', doc: { _id: 'fb1', trackingCode: 'T1' } },
        { collection: 'deliveries', doc: { feedbackId: 'fb1', channel: 'email' } },
        { collection: 'deliveries', doc: { feedbackId: 'fb1', channel: 'webhook' } },
      ]);
      expect(await store.collection('fb').count()).toBe(1);
      expect(await store.collection('deliveries').count({ feedbackId: 'fb1' })).toBe(2);

      // The duplicate comes last: nothing of the batch may remain.
      const failed = store.insertAtomically([
        { collection: 'deliveries', doc: { feedbackId: 'fb2', channel: 'email' } },
        { collection: 'fb', doc: { _id: 'fb2', trackingCode: 'T2' } },
        { collection: 'fb', doc: { _id: 'fb3', trackingCode: 'T1' } },
      ]);
      await expect(failed).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await store.collection('fb').count()).toBe(1);
      expect(await store.collection('deliveries').count({ feedbackId: 'fb2' })).toBe(0);

      // Two documents of one batch colliding with each other also write nothing.
      await expect(
        store.insertAtomically([
          { collection: 'fb', doc: { trackingCode: 'T5' } },
          { collection: 'fb', doc: { trackingCode: 'T5' } },
        ]),
      ).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await store.collection('fb').count({ trackingCode: 'T5' })).toBe(0);
    });

    it('rejects malformed filters and updates with a plain Error', async () => {
      const col = await seedPeople();
      const plainError = async (p: Promise<unknown>) => {
        const e = await p.then(
          () => null,
          (err: unknown) => err,
        );
        expect(e).toBeInstanceOf(Error);
        expect(e).not.toBeInstanceOf(DuplicateKeyError);
      };
      await plainError(col.find({ age: { $bogus: 1 } }));
      await plainError(col.updateOne({ _id: 'p1' }, { $bogus: { age: 1 } }));
      await plainError(col.updateOne({ _id: 'p1' }, { age: 1 }));
      await plainError(col.updateOne({ _id: 'p1' }, { $inc: { name: 1 } }));
      await plainError(col.insertOne({ $where: 'x' } as unknown as Person));
      await plainError(col.aggregate([{ $bogus: {} }]));
      expect(await col.count()).toBe(4);
      expect(await store.ping()).toBe(true);
    });
  });
}
