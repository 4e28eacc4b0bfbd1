// Content: validated from content/, written to the store, then served from an in-memory
// catalog with its search index. Rebuilt when the content version in the store moves
// (another instance, an import, the console), and on file changes when watching.
import { existsSync, watch } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { type ContentRepository, contentRepository } from '../content/content.repository.js';
import { formatProblem, loadContent } from '../content/loader.js';
import { contentVersion, syncContent } from '../content/sync.js';
import { importNational } from '../importer/national.js';
import { buildCatalog, type Catalog } from '../procedures/catalog.js';

declare module 'fastify' {
  interface FastifyInstance {
    catalog: Catalog;
    /** Read access to content collections, built once: other modules use this, not the store. */
    contentRepo: ContentRepository;
    reloadContent(): Promise<void>;
  }
}

export class ContentInvalidError extends Error {}

async function contentPlugin(app: FastifyInstance, opts: { config: Config }) {
  const { config } = opts;
  const { store } = app;
  const repo = contentRepository(store);
  app.decorate('contentRepo', repo);

  // First start: bring in the national records when they are at hand.
  const file = config.NATIONAL_TTHC_FILE;
  if (file && existsSync(file) && (await repo.nationalCount()) === 0) {
    app.log.info({ file }, 'importing national procedure records (first start)');
    const summary = await importNational(store, file, {});
    app.log.info({ imported: summary.imported, skipped: summary.skipped }, 'national procedure records imported');
  }

  const known = await repo.nationalCodes();
  const { content, problems } = await loadContent(config.CONTENT_DIR, { knownCodes: known });
  if (!content) throw new ContentInvalidError(`Nội dung trong ${config.CONTENT_DIR} có lỗi:\n${problems.map(formatProblem).join('\n')}`);
  await syncContent(store, content);

  let version = await contentVersion(store);
  app.decorate('catalog', await buildCatalog(store, { searchCache: config.SEARCH_CACHE }));

  let rebuilding: Promise<void> | null = null;
  const rebuild = () => {
    rebuilding ??= (async () => {
      try {
        version = await contentVersion(store);
        app.catalog = await buildCatalog(store, { searchCache: config.SEARCH_CACHE });
        app.log.info({ procedures: app.catalog.size, version }, 'catalog rebuilt');
      } finally {
        rebuilding = null;
      }
    })();
    return rebuilding;
  };
  app.decorate('reloadContent', async () => {
    const r = await loadContent(config.CONTENT_DIR, { knownCodes: known });
    if (!r.content) throw new ContentInvalidError(r.problems.map(formatProblem).join('\n'));
    await syncContent(store, r.content);
    await rebuild();
  });

  const timer = setInterval(() => {
    contentVersion(store)
      .then((v) => (v !== version ? rebuild() : undefined))
      .catch((err) => app.log.warn({ err: { message: (err as Error).message } }, 'content version check failed'));
  }, 15_000);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));

  if (config.CONTENT_WATCH ?? config.NODE_ENV === 'development') {
    let debounce: NodeJS.Timeout | undefined;
    const watcher = watch(config.CONTENT_DIR, { recursive: true }, () => {
      clearTimeout(debounce);
      debounce = setTimeout(() => {
        app.reloadContent().catch((err) => app.log.error(`content not reloaded:\n${(err as Error).message}`));
      }, 200);
    });
    app.addHook('onClose', async () => watcher.close());
  }
}

export default fp(contentPlugin, { name: 'content', dependencies: ['store'] });
