import { cp, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem, loadContent } from '../../../server/src/content/loader.js';
import { syncContent } from '../../../server/src/content/sync.js';
import { createStore } from '../../../server/src/store/index.js';
import { contentDir } from '../helpers/app.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cchc-content-'));
  await cp(contentDir, dir, { recursive: true });
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('content loader', () => {
  it('loads the shipped content without problems', async () => {
    const { content, problems } = await loadContent(dir);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content!.locality.example).toBe(true);
  });

  it('reports every problem at once as file: path: message, cross-references included', async () => {
    await writeFile(
      path.join(dir, 'procedures', 'zz-broken.yaml'),
      'code: "9.000001"\nname: ""\nfield: linh-vuc-khong-co\nmethods:\n  - kind: bay\n    time: { value: 1, unit: ngay }\n',
    );
    await writeFile(
      path.join(dir, 'routing.yaml'),
      'fallbackUnit: don-vi-khong-co\nrules:\n  - { communeCode: KHONG-CO, unit: vp-ubnd-hoa-an }\n',
    );
    await writeFile(
      path.join(dir, 'hotlines.yaml'),
      'hotlines:\n  - id: x\n    group: khan_cap\n    name: X\n    number: "abc!"\n    purpose: y\n',
    );
    const { content, problems } = await loadContent(dir);
    expect(content).toBeNull();
    const lines = problems.map(formatProblem);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^procedures\/zz-broken\.yaml: name: /),
        expect.stringMatching(/^procedures\/zz-broken\.yaml: methods\.0\.kind: /),
        expect.stringMatching(/^hotlines\.yaml: hotlines\.0\.number: số điện thoại không hợp lệ/),
      ]),
    );
    // Schema errors stop before cross-references; fix them and the references are reported.
    await writeFile(path.join(dir, 'procedures', 'zz-broken.yaml'), 'code: "9.000001"\nname: Thủ tục thử\nfield: linh-vuc-khong-co\n');
    await writeFile(path.join(dir, 'hotlines.yaml'), 'hotlines: []\n');
    const second = (await loadContent(dir)).problems.map(formatProblem);
    expect(second).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^procedures\/zz-broken\.yaml: field: không có lĩnh vực "linh-vuc-khong-co"/),
        expect.stringMatching(/^routing\.yaml: fallbackUnit: /),
        expect.stringMatching(/^routing\.yaml: rules\.0\.communeCode: /),
      ]),
    );
  });

  // Round 35: an unquoted comma in a flow mapping cut six synonyms short, silently.
  it('reports a synonym whose meaning an unquoted comma cut short', async () => {
    await writeFile(path.join(dir, 'synonyms.yaml'), 'synonyms:\n  - { terms: [nhận con], means: nhận cha, mẹ, con }\n');
    const { problems } = await loadContent(dir);
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^synonyms\.yaml: synonyms\.0: .*ngoặc kép/)]);
    await writeFile(path.join(dir, 'synonyms.yaml'), 'synonyms:\n  - { terms: [nhận con], means: "nhận cha, mẹ, con" }\n');
    const fixed = await loadContent(dir);
    expect(fixed.problems).toEqual([]);
    expect(fixed.content!.synonyms[0]!.means).toBe('nhận cha, mẹ, con');
  });

  it('names the line of a YAML syntax error', async () => {
    await writeFile(path.join(dir, 'fields.yaml'), 'fields:\n  - id: a\n   name: [\n');
    const { problems } = await loadContent(dir);
    expect(problems[0]!.file).toBe('fields.yaml');
    expect(problems[0]!.path).toMatch(/dòng \d+/);
  });
});

describe('content sync', () => {
  it('is idempotent, removes what a deleted file held and keeps console edits', async () => {
    const store = await createStore({ dataDir: path.join(dir, '.data') });
    try {
      const first = (await loadContent(dir)).content!;
      await syncContent(store, first);
      await syncContent(store, first);
      const procedures = store.collection('procedures');
      expect(await procedures.count({})).toBe(first.procedures.length);

      const news = store.collection('news');
      const [one] = await news.find({});
      await news.updateOne({ _id: one!._id }, { $set: { origin: 'console', title: 'Sửa trong bảng điều khiển' } });

      const victim = first.procedures[0]!;
      await unlink(path.join(dir, victim.file));
      const second = (await loadContent(dir)).content!;
      await syncContent(store, second);
      expect(await procedures.count({})).toBe(first.procedures.length - 1);
      expect(await procedures.findOne({ code: victim.code })).toBeNull();
      expect((await news.findOne({ _id: one!._id }))!.title).toBe('Sửa trong bảng điều khiển');
    } finally {
      await store.close();
    }
  });
});
