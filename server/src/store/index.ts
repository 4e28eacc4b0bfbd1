// Picks the store adapter: MongoDB when a URI is configured, otherwise the embedded
// LMDB store under the data directory (one machine, nothing to install).
import path from 'node:path';
import type { Store } from './port.js';

export interface StoreConfig {
  /** MongoDB connection string; when set, the MongoDB adapter is used. */
  mongodbUri?: string;
  /** Database name for MongoDB; defaults to the one in the URI (or "cchc"). */
  dbName?: string;
  /** Directory of the embedded store; its LMDB files live in `<dataDir>/store`. */
  dataDir: string;
}

export async function createStore(config: StoreConfig): Promise<Store> {
  if (config.mongodbUri) {
    // Imported lazily so the embedded path never loads the driver.
    const { createMongoStore } = await import('./mongo.js');
    return createMongoStore(config.mongodbUri, config.dbName);
  }
  const { createEmbeddedStore } = await import('./embedded.js');
  return createEmbeddedStore(path.join(config.dataDir, 'store'));
}

export type { Collection, Doc, Filter, Store, Update } from './port.js';
export { DuplicateKeyError } from './port.js';
