// The store: embedded (LMDB + mingo) by default, MongoDB when MONGODB_URI is set.
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { createStore } from '../store/index.js';
import type { Store } from '../store/port.js';

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
  }
}

async function storePlugin(app: FastifyInstance, opts: { config: Config; store?: Store }) {
  const store =
    opts.store ??
    (await createStore({
      mongodbUri: opts.config.MONGODB_URI,
      dataDir: path.resolve(opts.config.DATA_DIR),
      dbName: opts.config.MONGODB_DB,
    }));
  app.decorate('store', store);
  // A store handed in by a test belongs to the test; one we opened, we close.
  if (!opts.store) app.addHook('onClose', async () => store.close());
}

export default fp(storePlugin, { name: 'store' });
