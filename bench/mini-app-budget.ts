// Mini app budget: sizes of mini-app/www (gzipped initial JS, every file, the total) and,
// given a running server's mini app URL, first contentful paint and "home usable" (search
// box visible and enabled) in Chromium with 4× CPU throttling, median of 3 cold loads.
//
//   npm run build -w mini-app && npx tsx bench/mini-app-budget.ts [http://127.0.0.1:3000/app/]
//
// Exits 1 when a budget is exceeded (sizes; and the medians when timed: FCP < 1 s, home usable < 1.2 s).
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../test/e2e/helpers/browser.js';

const WWW = path.resolve(import.meta.dirname, '..', 'mini-app', 'www');
const KB = 1024;
const BUDGET = { initialJsGzip: 150 * KB, perFile: 3 * 1024 * KB, total: 10 * 1024 * KB, fcpMs: 1000, usableMs: 1200 };
const RUNS = 3;

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else out.push(full);
  }
  return out;
}

const gz = async (file: string) => gzipSync(await readFile(file), { level: 9 }).length;
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

/** Initial JS = the entry scripts and the chunks they import statically (zmp-vite-plugin lists both in app-config.json). */
async function initialJs(): Promise<string[]> {
  const config = JSON.parse(await readFile(path.join(WWW, 'app-config.json'), 'utf8')) as { listSyncJS?: string[]; listAsyncJS?: string[] };
  return [...new Set([...(config.listSyncJS ?? []), ...(config.listAsyncJS ?? [])])].filter((f) => f.endsWith('.js'));
}

async function sizes(): Promise<boolean> {
  const files = await walk(WWW);
  let total = 0;
  let ok = true;
  let largest = { file: '', size: 0 };
  for (const file of files) {
    const size = (await stat(file)).size;
    total += size;
    if (size > largest.size) largest = { file: path.relative(WWW, file), size };
    if (size >= BUDGET.perFile) {
      ok = false;
      console.log(`  OVER: ${path.relative(WWW, file)} is ${kb(size)} (limit 3 MB per file)`);
    }
  }
  const initial = await initialJs();
  let initialGzip = 0;
  for (const f of initial) initialGzip += await gz(path.join(WWW, f));
  const cssGzip = (await Promise.all(files.filter((f) => f.endsWith('.css')).map(gz))).reduce((a, b) => a + b, 0);
  console.log('Mini app www/ sizes');
  console.log(`  initial JS (gzip): ${kb(initialGzip)} in ${initial.length} file(s)  [budget ${kb(BUDGET.initialJsGzip)}]`);
  console.log(`  CSS (gzip):        ${kb(cssGzip)}`);
  console.log(`  largest file:      ${largest.file} ${kb(largest.size)}  [budget < 3 MB]`);
  console.log(`  total www/:        ${kb(total)} in ${files.length} files  [budget < 10 MB]`);
  if (initialGzip > BUDGET.initialJsGzip || total >= BUDGET.total) ok = false;
  return ok;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function timings(url: string): Promise<boolean> {
  const browser = await launchBrowser();
  const fcp: number[] = [];
  const usable: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      // A fresh context each run: cold cache, empty storage, like a first open.
      const context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, locale: 'vi-VN' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(url, { waitUntil: 'commit' });
      const search = page.getByRole('searchbox', { name: 'Tìm thủ tục' });
      await search.waitFor({ state: 'visible', timeout: 60_000 });
      await page.waitForFunction(() => {
        const el = document.querySelector<HTMLInputElement>('#home-search');
        return el !== null && !el.disabled;
      });
      const usableAt = await page.evaluate(() => performance.now());
      const fcpAt = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const now = performance.getEntriesByName('first-contentful-paint')[0];
            if (now) return resolve(now.startTime);
            new PerformanceObserver((list) => {
              const e = list.getEntriesByName('first-contentful-paint')[0];
              if (e) resolve(e.startTime);
            }).observe({ type: 'paint', buffered: true });
          }),
      );
      fcp.push(fcpAt);
      usable.push(usableAt);
      console.log(`  run ${i + 1}: FCP ${fcpAt.toFixed(0)} ms, home usable ${usableAt.toFixed(0)} ms`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  console.log(
    `Median of ${RUNS} (CPU ×4 throttled, 360×640): FCP ${median(fcp).toFixed(0)} ms [budget < ${BUDGET.fcpMs}], home usable ${median(usable).toFixed(0)} ms [budget < ${BUDGET.usableMs}]`,
  );
  return median(fcp) < BUDGET.fcpMs && median(usable) < BUDGET.usableMs;
}

let ok = await sizes();
const url = process.argv[2];
if (url) {
  console.log(`Timings against ${url}`);
  ok = (await timings(url)) && ok;
} else {
  console.log('(pass the mini app URL of a running server, e.g. http://127.0.0.1:3000/app/, to measure FCP and "home usable")');
}
if (!ok) {
  console.log('Budget exceeded.');
  process.exit(1);
}
