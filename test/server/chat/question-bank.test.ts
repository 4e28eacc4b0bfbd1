// The question bank (content/chat/questions.yaml): valid content, written in its own words (no
// phrasing copied from an evaluation set), and matching that picks one entry only when it is clear.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionBankContent, QuestionBank, questionBankSchema } from '../../../server/src/chat/question-bank.js';
import { repoRoot } from '../../../server/src/config.js';
import { fold, words } from '../../../server/src/text/normalize.js';

const norm = (s: string) => words(s).map(fold).join(' ');

describe('question bank content', () => {
  it('validates and names each procedure code once', () => {
    const content = loadQuestionBankContent(path.join(repoRoot, 'content'));
    const codes = content.entries.flatMap((e) => e.codes ?? []);
    expect(codes.length).toBeGreaterThan(50);
    const firsts = content.entries.flatMap((e) => (e.codes ? [e.codes[0]] : []));
    expect(new Set(firsts).size).toBe(firsts.length);
  });

  it('copies no turn of the evaluation sets it may read (own and blind tuning sets)', () => {
    const phrasings = new Set(QuestionBank.phrasings(loadQuestionBankContent(path.join(repoRoot, 'content'))).map(norm));
    // The blind held-out set is never opened, not even here.
    const files = ['chat-eval.json', 'chat-eval-blind-tuning.json', 'chat-eval-blind2-tuning.json'];
    let turns = 0;
    for (const f of files) {
      const file = path.join(repoRoot, 'test', 'fixtures', f);
      if (!existsSync(file)) continue;
      const items = (JSON.parse(readFileSync(file, 'utf8')) as { items: { turns: { text: string }[] }[] }).items;
      for (const t of items.flatMap((i) => i.turns)) {
        turns++;
        expect(phrasings.has(norm(t.text)), `bank copies eval turn "${t.text}"`).toBe(false);
      }
    }
    expect(turns).toBeGreaterThan(200);
  });

  it('rejects an entry with neither codes nor topic, or a malformed code', () => {
    expect(questionBankSchema.safeParse({ entries: [{ phrasings: ['làm gì đó'] }] }).success).toBe(false);
    expect(questionBankSchema.safeParse({ entries: [{ codes: ['1234'], phrasings: ['làm gì đó'] }] }).success).toBe(false);
    expect(questionBankSchema.safeParse({ entries: [{ topic: 'weather', phrasings: ['trời mưa'] }] }).success).toBe(false);
  });
});

describe('question bank matching', () => {
  const bank = new QuestionBank({
    entries: [
      { codes: ['3.000347'], phrasings: ['đổi bằng lái xe', 'bằng lái hết hạn đổi thẻ mới'] },
      { codes: ['3.000348'], phrasings: ['mất bằng lái xe', 'làm lại bằng lái bị mất'] },
      { codes: ['1.013225'], phrasings: ['xin giấy phép xây dựng', 'làm nhà mới có phải xin phép'] },
      { codes: ['1.004222'], phrasings: ['nhập hộ khẩu', 'chuyển khẩu về quê'] },
      { topic: 'office_hours', phrasings: ['mấy giờ mở cửa', 'thứ bảy có làm việc không'] },
    ],
  });

  it('finds the entry an everyday message is, with its fit and the margin over the next', () => {
    const m = bank.match('cho bác hỏi bằng lái xe máy của bác hết hạn rồi, đổi ở đâu cháu')!;
    expect(m.codes).toEqual(['3.000347']);
    expect(m.fit).toBeGreaterThan(0.7);
    expect(m.score).toBeGreaterThan(m.second);
    expect(bank.match('hôm qua đi chợ bị mất bằng lái xe')!.codes).toEqual(['3.000348']);
    expect(QuestionBank.topicOf(bank.match('thứ bảy xã có làm việc không')!)).toBe('office_hours');
  });

  it('never matches an entry for a special case none of its phrasings says (lost, again)', () => {
    const m = bank.match('giấy phép xây dựng bị mất xin lại ở đâu');
    expect(m?.codes ?? []).not.toContain('1.013225');
  });

  it('finds nothing in a message with none of its words', () => {
    expect(bank.match('hôm nay trời đẹp quá')).toBeNull();
  });
});
