import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { stringify } from 'yaml';
import { parseNationalRecord } from '../server/src/importer/record.js';
const want = new Set(process.argv.slice(2));
const rl = createInterface({ input: createReadStream('../shared/data/national-tthc/procedures.jsonl.gz').pipe(createGunzip()) });
for await (const l of rl) {
  const d = JSON.parse(l);
  if (want.has(d.ma_thu_tuc)) { const r = parseNationalRecord(d) as unknown as { procedure: Record<string, unknown> }; const p = { ...(r.procedure ?? r) }; delete (p as Record<string, unknown>).fullText; console.log(stringify(p)); }
}
