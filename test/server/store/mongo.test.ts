// The same contract against a real MongoDB, when MONGODB_URI points at one. Each test
// gets its own database, dropped at the end.
import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { afterAll, describe } from 'vitest';
import { createMongoStore } from '../../../server/src/store/mongo.js';
import { runStoreContract } from './contract.js';

const uri = process.env.MONGODB_URI;

describe.skipIf(!uri)('MongoDB adapter', () => {
  const dbNames: string[] = [];
  afterAll(async () => {
    if (!uri) return;
    const client = await MongoClient.connect(uri);
    try {
      for (const name of dbNames) await client.db(name).dropDatabase();
    } finally {
      await client.close();
    }
  });

  runStoreContract('mongodb', async () => {
    const dbName = `cchc_contract_${randomUUID().slice(0, 8)}`;
    dbNames.push(dbName);
    return createMongoStore(uri as string, dbName);
  });
});
