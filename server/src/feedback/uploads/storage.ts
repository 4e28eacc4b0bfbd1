// Where uploaded photos live: files under DATA_DIR/uploads with the embedded store, GridFS with
// MongoDB (so every server instance sees every photo). One small interface for both.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GridFSBucket, MongoClient } from 'mongodb';

export interface UploadStorage {
  readonly kind: 'disk' | 'gridfs';
  save(id: string, data: Buffer, contentType: string): Promise<void>;
  read(id: string): Promise<Buffer | null>;
  remove(id: string): Promise<void>;
  close(): Promise<void>;
}

const SAFE_ID = /^[0-9a-f-]{36}$/;

export function diskStorage(dir: string): UploadStorage {
  const file = (id: string) => {
    if (!SAFE_ID.test(id)) throw new Error('bad upload id');
    return path.join(dir, id.slice(0, 2), id);
  };
  return {
    kind: 'disk',
    async save(id, data) {
      const f = file(id);
      await mkdir(path.dirname(f), { recursive: true });
      // Write then rename would be atomic; a half-written photo is only possible on a crash
      // before its record exists, so a plain write is enough here.
      await writeFile(f, data, { flag: 'wx' });
    },
    async read(id) {
      try {
        return await readFile(file(id));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    async remove(id) {
      await rm(file(id), { force: true });
    },
    async close() {},
  };
}

export function gridfsStorage(uri: string, dbName: string): UploadStorage {
  let client: MongoClient | null = null;
  let bucket: GridFSBucket | null = null;
  // The driver is loaded only when MongoDB is configured (the embedded setup never needs it).
  const getBucket = async () => {
    if (!bucket) {
      const mongodb = await import('mongodb');
      client = new mongodb.MongoClient(uri);
      await client.connect();
      bucket = new mongodb.GridFSBucket(client.db(dbName), { bucketName: 'uploads' });
    }
    return bucket;
  };
  return {
    kind: 'gridfs',
    async save(id, data, contentType) {
      const b = await getBucket();
      await new Promise<void>((resolve, reject) => {
        const up = b.openUploadStream(id, { metadata: { contentType } });
        up.once('finish', () => resolve());
        up.once('error', reject);
        up.end(data);
      });
    },
    async read(id) {
      const b = await getBucket();
      const files = await b.find({ filename: id }).limit(1).toArray();
      const f = files[0];
      if (!f) return null;
      const chunks: Buffer[] = [];
      for await (const c of b.openDownloadStream(f._id)) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    },
    async remove(id) {
      const b = await getBucket();
      for (const f of await b.find({ filename: id }).toArray()) await b.delete(f._id);
    },
    async close() {
      await client?.close();
    },
  };
}
