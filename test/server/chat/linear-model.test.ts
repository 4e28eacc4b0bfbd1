// Round 17: the linear model read beside the nearest examples (server/src/chat/linear-model.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IntentModel } from '../../../server/src/chat/intent-model.js';
import { fitLinear, LinearModel, linearModelSchema, loadLinearModel } from '../../../server/src/chat/linear-model.js';

// Births and deaths asked with the same everyday words ("làm giấy", "ở đâu", "vậy"), births more
// often: only "sinh" / "tử" tell them apart.
const B = 'code:1.001193';
const D = 'code:1.000656';
const examples = [
  ...[
    'làm giấy khai sinh ở đâu',
    'khai sinh cho con làm ở đâu',
    'làm giấy khai sinh cần gì',
    'giấy khai sinh làm ở đâu vậy',
    'khai sinh cho bé',
    'đăng ký khai sinh',
    'khai sinh cho cháu ở đâu vậy',
  ].map((text) => ({ text, label: B })),
  ...['làm giấy khai tử ở đâu', 'khai tử cần gì', 'đăng ký khai tử'].map((text) => ({ text, label: D })),
  ...['thời tiết mai thế nào', 'đội nào vô địch bóng đá năm nay', 'bạn nghĩ sao về giá vàng'].map((text) => ({ text, label: 'decline' })),
];

describe('the linear model', () => {
  // (Thirteen examples need more passes than the shipped model's four over some fifty thousand.)
  const data = fitLinear(examples, { minDf: 1, epochs: 30 });
  const model = new LinearModel(data);

  it('reads the telling word, not the everyday ones the message shares with another label', () => {
    // The everyday words are mostly the births': the neighbours lean to the birth, the weights do not.
    const text = 'làm giấy khai tử cho mẹ ở đâu vậy ạ';
    const p = model.predict(text);
    expect(p?.label).toBe(D);
    expect(p!.p).toBeGreaterThan(0.6);
    expect(p!.prob(D)).toBe(p!.p);
    expect(new IntentModel(examples).predict(text)?.label).toBe(B);
  });

  it('says how sure it is: probabilities over the labels add up to one', () => {
    const p = model.predict('thời tiết bóng đá')!;
    expect(p.label).toBe('decline');
    const sum = data.labels.reduce((a, l) => a + p.prob(l), 0);
    expect(sum).toBeCloseTo(1, 6);
    expect(p.prob('code:9.999999')).toBe(0);
  });

  it("round 18: a procedure example's accepted codes are not pushed down", () => {
    // One writer's copy of a birth record accepts both the copy (2.000635) and the registration; the
    // others label copies alone. Read with what its writer accepted, a copy asked keeps the registration
    // as a close second instead of being taught that it is wrong.
    const C = 'code:2.000635';
    const more = [
      ...examples,
      ...['xin bản sao giấy khai sinh', 'trích lục khai sinh bản sao', 'bản sao khai sinh ở đâu'].map((text) => ({ text, label: C })),
    ];
    const split = [...more, { text: 'xin lại giấy khai sinh bản sao', label: C, accept: ['2.000635', '1.001193'] }];
    const plain = split.map(({ text, label }) => ({ text, label }));
    const read = (ex: typeof split) => new LinearModel(fitLinear(ex, { minDf: 1, epochs: 30 })).predict('xin lại giấy khai sinh bản sao')!;
    const withAccept = read(split);
    const without = read(plain);
    expect(withAccept.label).toBe(C);
    expect(withAccept.prob(B)).toBeGreaterThan(without.prob(B) * 2);
  });

  it('reads nothing into a message of words it never saw', () => {
    expect(model.predict('xyzq wvut')).toBeNull();
  });

  it('is the same model from the same examples, and reads back the same from its file', () => {
    expect(fitLinear(examples, { minDf: 1, epochs: 30 })).toEqual(data);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'linear-'));
    const file = path.join(dir, 'linear-model.json');
    writeFileSync(file, JSON.stringify(data));
    const back = new LinearModel(loadLinearModel(file));
    for (const e of examples) expect(back.predict(e.text)?.p).toBeCloseTo(model.predict(e.text)!.p, 9);
  });

  it('refuses a file whose weights point at no label', () => {
    const bad = { ...data, weights: { ...data.weights, 'w:sinh': [data.labels.length, 0.5] } };
    expect(linearModelSchema.safeParse(bad).success).toBe(false);
    expect(linearModelSchema.safeParse({ ...data, bias: [] }).success).toBe(false);
  });

  it('rides along with the neighbours: the intent model reports its reading', () => {
    const p = new IntentModel(examples, model).predict('khai tử cho ông');
    expect(p?.linear?.label).toBe(D);
  });
});
