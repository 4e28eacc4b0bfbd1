import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importNational } from '../../../server/src/importer/national.js';
import { formatSummary, nationalDataMissing, progressReporter } from '../../../server/src/importer/report.js';
import { createStore } from '../../../server/src/store/index.js';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/national/sample.jsonl');

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream };
}

describe('import progress and summary', () => {
  it('prints one line per 10 % when stderr is not a terminal', () => {
    const { writes, stream } = fakeStream(false);
    const report = progressReporter(stream);
    for (let i = 1; i <= 200; i++) report(i, 200);
    expect(writes).toHaveLength(10);
    expect(writes.at(-1)).toBe('Đã xử lý 200/200 bản ghi (100%)\n');
  });

  it('redraws one bar in place on a terminal and ends the line when done', () => {
    const { writes, stream } = fakeStream(true);
    const report = progressReporter(stream);
    report(1, 2);
    report(2, 2);
    expect(writes[0]!.startsWith('\r[')).toBe(true);
    expect(writes.join('')).toContain('100% (2/2)');
    expect(writes.at(-1)).toBe('\n');
  });

  it('summarises counts, skip reasons and field quality in Vietnamese', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'import-report-'));
    const store = await createStore({ dataDir });
    const text = formatSummary(await importNational(store, fixture, {}));
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
    expect(text).toMatch(/Đã nhập\s+7/);
    expect(text).toMatch(/Dòng JSON hỏng\s+1/);
    expect(text).toMatch(/Thiếu mã hoặc tên thủ tục\s+1/);
    expect(text).toMatch(/Cách thức thực hiện\s+6\s+1\s+0/);
    expect(text).toContain('có phí, lệ phí rõ (số tiền hoặc miễn phí)');
  });
});

describe('nationalDataMissing', () => {
  it('says what is loaded, what is missing and the command to import, naming the file it looked for', () => {
    const text = nationalDataMissing('/data/procedures.jsonl.gz', 41);
    expect(text).toMatch(/chỉ nạp 41 thủ tục biên soạn/);
    expect(text).toMatch(/Không thấy tệp \/data\/procedures\.jsonl\.gz/);
    expect(text).toMatch(/npm run import:national -- </);
    expect(nationalDataMissing('', 41)).toMatch(/NATIONAL_TTHC_FILE đang để rỗng/);
  });
});
