// Micro-benchmark of the procedure search index on the real national data (read at run time,
// never copied into the repository). Usage: npx tsx bench/search-micro.ts [path/to/procedures.jsonl.gz]
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { createProcedureIndex, type SearchDoc } from '../server/src/search/index.js';
import { fold } from '../server/src/text/normalize.js';

const FILE = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '/work/shared/data/national-tthc/procedures.jsonl.gz';
const LEVELS: Record<string, string> = { 'Cấp xã': 'xa', 'Cấp tỉnh': 'tinh', 'Cấp bộ': 'bo', 'Cơ quan khác': 'khac' };

interface NationalRecord {
  ma_thu_tuc: string;
  ten_thu_tuc: string;
  linh_vuc: string;
  cap_thuc_hien: string;
  raw_text: string;
}

const slug = (s: string) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function toDoc(r: NationalRecord): SearchDoc {
  return {
    code: r.ma_thu_tuc,
    name: r.ten_thu_tuc,
    aliases: [],
    situations: [],
    fieldName: r.linh_vuc || null,
    field: slug(r.linh_vuc || 'khac'),
    levels: r.cap_thuc_hien
      .split(',')
      .map((l) => LEVELS[l.trim()])
      .filter((l): l is string => l !== undefined),
    documents: [],
    fullText: r.raw_text,
    online: 'chua_ro',
    curated: false,
  };
}

const SYNONYMS = [
  { terms: ['hộ khẩu'], means: 'thường trú' },
  { terms: ['cắt khẩu', 'cắt hộ khẩu'], means: 'xóa đăng ký thường trú' },
  { terms: ['công chứng'], means: 'chứng thực' },
  { terms: ['giấy chứng tử'], means: 'khai tử' },
  { terms: ['độc thân'], means: 'tình trạng hôn nhân' },
  { terms: ['sổ đỏ'], means: 'giấy chứng nhận quyền sử dụng đất' },
];

const QUERIES = [
  'đăng ký khai sinh',
  'dang ky khai sinh',
  'khai sinnh',
  'đăng ki kết hôn',
  'chung thuc ban sao',
  'cắt khẩu',
  'xin giấy độc thân',
  'sổ đỏ',
  'đăng ký tạm trú',
  'giấy chứng tử',
  'công chứng hợp đồng',
  'thuế',
  'hộ kinh doanh',
  'cấp lại giấy phép lái xe',
  'đăng ký xe máy',
  '1.001193',
  'căn cước',
  'thủ tục hành chính',
  'làm sao để đăng ký thường trú cho con mới sinh',
  'xac nhan tinh trang hon nhan',
  'nhận cha mẹ con',
  'trích lục hộ tịch',
  'hải quan',
  'giấy phép xây dựng nhà ở',
  'chuyển mục đích sử dụng đất',
  'ly hôn',
  'bảo hiểm xã hội',
  'nuôi con nuôi',
  'lý lịch tư pháp',
  'đất đai',
  // Worst cases: a long chat message, and long words with typos (two-edit lookups).
  'cho em hỏi là vợ em mới sinh con thì làm giấy khai sinh cho con ở đâu cần những giấy tờ gì và mất bao nhiêu tiền ạ',
  'chứnggg nhậnnn quyềnnn sửdụng đấttt nghiệeep',
];

const t0 = performance.now();
const records = gunzipSync(readFileSync(FILE))
  .toString('utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => toDoc(JSON.parse(l) as NationalRecord));
const t1 = performance.now();
const cpu0 = process.cpuUsage();
const index = createProcedureIndex(records, { synonyms: SYNONYMS });
const cpu = process.cpuUsage(cpu0);
const t2 = performance.now();
// CPU time next to wall time: on a shared machine the wall clock also counts other processes.
console.log(
  `docs ${records.length}; read ${(t1 - t0).toFixed(0)} ms; build ${(t2 - t1).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU; heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`,
);

// Warm up the JIT, then time each query many times.
for (let i = 0; i < 20; i++) for (const q of QUERIES) index.search(q);
const ROUNDS = 200;
const all: number[] = [];
const allCpu: number[] = [];
const perQuery: { q: string; p50: number; max: number }[] = [];
for (const q of QUERIES) {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const c = process.cpuUsage();
    const s = performance.now();
    index.search(q, { limit: 20 });
    times.push(performance.now() - s);
    const used = process.cpuUsage(c);
    allCpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  all.push(...times);
  perQuery.push({ q, p50: times[ROUNDS >> 1]!, max: times[ROUNDS - 1]! });
}
all.sort((a, b) => a - b);
allCpu.sort((a, b) => a - b);
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))]!.toFixed(3);
const line = (xs: number[]) => `p50 ${pct(xs, 0.5)} ms, p90 ${pct(xs, 0.9)} ms, p99 ${pct(xs, 0.99)} ms, max ${pct(xs, 1)} ms`;
console.log(`queries ${QUERIES.length} × ${ROUNDS}, wall: ${line(all)}`);
// CPU time per query (µs resolution) is not inflated when other processes take the CPU.
console.log(`queries ${QUERIES.length} × ${ROUNDS}, CPU:  ${line(allCpu)}`);
for (const { q, p50, max } of perQuery.sort((a, b) => b.p50 - a.p50).slice(0, 5)) {
  console.log(`  slowest: ${q.padEnd(50)} p50 ${p50.toFixed(3)} ms, max ${max.toFixed(3)} ms`);
}
if (process.argv.includes('--show')) {
  const names = new Map(records.map((r) => [r.code, r.name]));
  for (const q of QUERIES) {
    const r = index.search(q, { limit: 3 });
    console.log(`\n${q}  (total ${r.total}; highlight ${index.highlightTerms(q).join(', ')})`);
    for (const it of r.items) console.log(`  ${it.score.toFixed(2).padStart(7)} ${it.code} ${names.get(it.code)?.slice(0, 100)}`);
  }
}

// Hostile input mixed into normal traffic: long made-up words (typo look-ups on them were
// unbounded), a 24-word query of such words, and a 500-character message. Each hostile query's
// cost is what it steals from everyone else on the event loop; the mixed stream shows the p99 of
// normal queries when one request in ten is hostile.
const junk = (n: number, seed: number) => Array.from({ length: n }, (_, i) => 'abcdeghiklmnopqrstuvxy'[(i * 7 + seed * 13) % 22]).join('');
const HOSTILE = [
  junk(300, 1),
  Array.from({ length: 24 }, (_, i) => junk(12, i)).join(' '),
  Array.from({ length: 40 }, (_, i) => junk(11, i + 50))
    .join(' ')
    .slice(0, 500),
  `đăng ký khai sinh ${junk(120, 3)} ${junk(80, 4)}`,
];
for (let i = 0; i < 5; i++) for (const q of HOSTILE) index.search(q);
const hostileTimes: number[] = [];
const hostileCpu: number[] = [];
const normalInMix: number[] = [];
for (let round = 0; round < 40; round++) {
  QUERIES.forEach((q, i) => {
    if (i % 10 === 0) {
      const h = HOSTILE[(round + i) % HOSTILE.length]!;
      const c = process.cpuUsage();
      const s = performance.now();
      index.search(h, { limit: 20 });
      hostileTimes.push(performance.now() - s);
      const used = process.cpuUsage(c);
      hostileCpu.push((used.user + used.system) / 1000);
    }
    const s = performance.now();
    index.search(q, { limit: 20 });
    normalInMix.push(performance.now() - s);
  });
}
hostileTimes.sort((a, b) => a - b);
hostileCpu.sort((a, b) => a - b);
normalInMix.sort((a, b) => a - b);
console.log(`hostile queries (${HOSTILE.length} kinds, ${hostileTimes.length} runs), wall: ${line(hostileTimes)}`);
console.log(`hostile queries (${HOSTILE.length} kinds, ${hostileTimes.length} runs), CPU:  ${line(hostileCpu)}`);
console.log(`normal queries mixed 10:1 with hostile ones: ${line(normalInMix)}`);
console.log(
  `  hostile p99 / normal p50 = ${(Number(pct(hostileTimes, 0.99)) / Number(pct(all, 0.5))).toFixed(0)}× ; a hostile query delays a queued normal one by at most ${pct(hostileTimes, 1)} ms`,
);
