// Imports the national procedure file (.jsonl or .jsonl.gz, one record per line) into the
// store collection `national_procedures`, keyed by code. Streams line by line; idempotent:
// a re-import replaces each record in place and counts it as updated.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Level, Procedure } from '../content/schemas.js';
import type { Store } from '../store/port.js';
import { InvalidRecordError, parseNationalRecord, QUALITY_FIELDS, type Quality, type QualityField } from './record.js';
import { foldVietnamese } from './text.js';

export const NATIONAL_COLLECTION = 'national_procedures';

export interface ImportOptions {
  level?: Exclude<Level, 'khac'>;
  /** Field name as on the portal ("Hộ tịch") or its slug ("ho-tich"). */
  field?: string;
  onProgress?: (done: number, total: number) => void;
}

export type SkipReason = 'invalidJson' | 'missingCodeOrName' | 'filteredOut' | 'invalidRecord';

export interface ImportSummary {
  file: string;
  /** Non-empty lines read. */
  read: number;
  imported: number;
  inserted: number;
  updated: number;
  skipped: Record<SkipReason, number> & { total: number };
  /** First few skipped lines, for the operator (line number and reason; records hold no personal data). */
  skippedLines: { line: number; reason: SkipReason; message: string }[];
  fields: Record<QualityField, Record<Quality, number>>;
  methods: { total: number; knownTime: number; knownFee: number };
  /** Imported records per online level (Decree 42/2022 terms; 'chua_ro' = the record does not say). */
  online: Record<Procedure['online']['level'], number>;
  durationMs: number;
}

const MAX_SKIPPED_LINES = 20;
const MAX_IN_FLIGHT = 32;

/** Runs up to `max` writes at once; writes for one key run in order, so an upsert never races itself. */
function writeQueue(max: number) {
  const pending = new Set<Promise<void>>();
  const lastByKey = new Map<string, Promise<void>>();
  return {
    async add(key: string, write: () => Promise<void>): Promise<void> {
      const before = lastByKey.get(key) ?? Promise.resolve();
      const p = before.then(write);
      lastByKey.set(key, p);
      pending.add(p);
      p.then(
        () => pending.delete(p),
        () => {},
      ).finally(() => {
        if (lastByKey.get(key) === p) lastByKey.delete(key);
      });
      // A failed write rejects here (or in drain), so the import stops with its error.
      if (pending.size >= max) await Promise.race(pending);
    },
    async drain(): Promise<void> {
      await Promise.all(pending);
    },
  };
}

function lines(file: string): AsyncIterable<string> {
  let input: Readable = createReadStream(file);
  if (file.endsWith('.gz')) input = input.pipe(createGunzip());
  return createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
}

/** Counts records first so progress can say "n of N"; cheap next to parsing and writing. */
async function countLines(file: string): Promise<number> {
  let n = 0;
  for await (const line of lines(file)) if (line.trim()) n++;
  return n;
}

/** Fails early (ENOENT, EACCES, EISDIR) before anything is written. */
export async function checkReadable(file: string): Promise<void> {
  const st = await stat(file);
  if (!st.isFile()) throw Object.assign(new Error(`${file} không phải là tệp`), { code: 'EISDIR' });
  const handle = await open(file, 'r');
  await handle.close();
}

function emptyFieldCounts(): ImportSummary['fields'] {
  return Object.fromEntries(QUALITY_FIELDS.map((f) => [f, { structured: 0, unknown: 0, empty: 0 }])) as ImportSummary['fields'];
}

export async function importNational(store: Store, file: string, opts: ImportOptions = {}): Promise<ImportSummary> {
  const started = Date.now();
  await checkReadable(file);
  const total = opts.onProgress ? await countLines(file) : 0;
  const col = store.collection(NATIONAL_COLLECTION);
  await col.createIndex({ keys: { code: 1 }, unique: true, name: 'code_unique' });
  const wantField = opts.field ? foldVietnamese(opts.field.trim()) : null;

  const summary: ImportSummary = {
    file,
    read: 0,
    imported: 0,
    inserted: 0,
    updated: 0,
    skipped: { total: 0, invalidJson: 0, missingCodeOrName: 0, filteredOut: 0, invalidRecord: 0 },
    skippedLines: [],
    fields: emptyFieldCounts(),
    methods: { total: 0, knownTime: 0, knownFee: 0 },
    online: { toan_trinh: 0, mot_phan: 0, khong: 0, chua_ro: 0 },
    durationMs: 0,
  };
  const skip = (line: number, reason: SkipReason, message: string) => {
    summary.skipped[reason]++;
    summary.skipped.total++;
    if (summary.skippedLines.length < MAX_SKIPPED_LINES) summary.skippedLines.push({ line, reason, message });
  };

  const writes = writeQueue(MAX_IN_FLIGHT);
  let lineNo = 0;
  let lastReport = -1;
  for await (const line of lines(file)) {
    lineNo++;
    if (!line.trim()) continue;
    summary.read++;
    try {
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (err) {
        skip(lineNo, 'invalidJson', (err as Error).message);
        continue;
      }
      let parsed: ReturnType<typeof parseNationalRecord>;
      try {
        parsed = parseNationalRecord(raw);
      } catch (err) {
        const reason = err instanceof InvalidRecordError && /thiếu mã/.test(err.message) ? 'missingCodeOrName' : 'invalidRecord';
        skip(lineNo, reason, (err as Error).message.slice(0, 300));
        continue;
      }
      const { procedure, quality } = parsed;
      if (opts.level && !procedure.levels.includes(opts.level)) {
        skip(lineNo, 'filteredOut', `không có cấp ${opts.level}`);
        continue;
      }
      if (wantField && foldVietnamese(procedure.fieldName ?? '') !== wantField && procedure.field !== wantField) {
        skip(lineNo, 'filteredOut', `lĩnh vực khác ${opts.field}`);
        continue;
      }
      // Writes overlap (the embedded store commits them in batches); the same code never races itself.
      const doc = { ...procedure, importedAt: new Date().toISOString() };
      await writes.add(procedure.code, async () => {
        const res = await col.replaceOne({ code: procedure.code }, doc, { upsert: true });
        if (res.upsertedId !== null) summary.inserted++;
        else summary.updated++;
      });
      summary.imported++;
      for (const f of QUALITY_FIELDS) summary.fields[f][quality[f]]++;
      summary.online[procedure.online.level]++;
      for (const m of procedure.methods) {
        summary.methods.total++;
        if (m.time.value !== null) summary.methods.knownTime++;
        // Known fee: the row states one and every amount is known (free counts as known, 0).
        if (m.fees.length > 0 && m.fees.every((fee) => fee.amount !== null)) summary.methods.knownFee++;
      }
    } finally {
      if (opts.onProgress) {
        const done = Math.min(summary.read, total);
        if (done !== lastReport) {
          lastReport = done;
          opts.onProgress(done, total);
        }
      }
    }
  }
  await writes.drain();
  summary.durationMs = Date.now() - started;
  return summary;
}

/**
 * The national record's whole page text (raw_text) for the given codes, read straight from the
 * national file: content:check compares curated facts with it. Missing file → empty map.
 */
export async function readRecordTexts(file: string, codes: ReadonlySet<string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!file) return out;
  try {
    await checkReadable(file);
  } catch {
    return out;
  }
  for await (const line of lines(file)) {
    if (!line.trim()) continue;
    let raw: Record<string, unknown>;
    try {
      raw = JSON.parse(line) as Record<string, unknown>;
    } catch {
      continue;
    }
    const code = typeof raw.ma_thu_tuc === 'string' ? raw.ma_thu_tuc.trim() : '';
    if (!codes.has(code)) continue;
    const text = ['raw_text', 'cach_thuc_thuc_hien', 'can_cu_phap_ly', 'co_quan_thuc_hien']
      .map((k) => (typeof raw[k] === 'string' ? (raw[k] as string) : ''))
      .join('\n');
    out.set(code, text.normalize('NFC'));
  }
  return out;
}
