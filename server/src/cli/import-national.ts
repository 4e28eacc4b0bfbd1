// npm run import:national -- <file.jsonl[.gz]> [--level xa|tinh|bo] [--field NAME]
// Imports national procedure records into the store (DATA_DIR, or MONGODB_URI when set),
// with a progress bar on stderr and a Vietnamese summary on stdout.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bumpContentVersion } from '../content/sync.js';
import { checkReadable, type ImportSummary, importNational } from '../importer/national.js';
import { formatSummary, progressReporter } from '../importer/report.js';
import { createStore } from '../store/index.js';

const USAGE = 'Cách dùng: npm run import:national -- <tệp.jsonl hoặc tệp.jsonl.gz> [--level xa|tinh|bo] [--field "Tên lĩnh vực"]';

function fail(message: string, code = 2): never {
  process.stderr.write(`Lỗi: ${message}\n`);
  process.exit(code);
}

function readArgs() {
  try {
    return parseArgs({
      options: { level: { type: 'string' }, field: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (err) {
    return fail(`${(err as Error).message}\n${USAGE}`);
  }
}

function explain(err: NodeJS.ErrnoException, file: string): string {
  if (err.code === 'ENOENT') return `không tìm thấy tệp ${file}`;
  if (err.code === 'EACCES' || err.code === 'EPERM' || err.code === 'EISDIR') return `không đọc được tệp ${file} (${err.code})`;
  if (err.code === 'Z_DATA_ERROR' || err.code === 'Z_BUF_ERROR') return `tệp ${file} không phải gzip hợp lệ`;
  return `nhập dữ liệu thất bại: ${err.message}`;
}

async function main() {
  const { values, positionals } = readArgs();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1) fail(`cần đúng một tệp dữ liệu.\n${USAGE}`);
  const file = path.resolve(positionals[0]!);
  const level = values.level;
  if (level !== undefined && level !== 'xa' && level !== 'tinh' && level !== 'bo')
    fail(`--level chỉ nhận xa, tinh hoặc bo (nhận được "${level}").`);
  // Check the file before opening the store, so a typo costs nothing.
  await checkReadable(file).catch((err: NodeJS.ErrnoException) => fail(explain(err, file)));

  const store = await createStore({
    mongodbUri: process.env.MONGODB_URI || undefined,
    dataDir: path.resolve(process.env.DATA_DIR || './data'),
    dbName: process.env.MONGODB_DB || 'cchc',
  });
  let summary: ImportSummary;
  try {
    summary = await importNational(store, file, { level, field: values.field, onProgress: progressReporter() });
    // Running servers rebuild their catalog when the content version moves.
    if (summary.imported > 0) await bumpContentVersion(store);
  } catch (err) {
    await store.close();
    return fail(explain(err as NodeJS.ErrnoException, file), 1);
  }
  await store.close();
  process.stdout.write(`${formatSummary(summary)}\n`);
}

main().catch((err) => fail(`nhập dữ liệu thất bại: ${(err as Error).message}`, 1));
