// The chatbot through POST /api/chat, on the repo's curated content (no national import).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feeText } from '../../../server/src/chat/compose.js';
import { testApp } from '../helpers/app.js';

let app: FastifyInstance;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ app, close } = await testApp({ OUTBOX_ENABLED: 'false', CHAT_RATE_LIMIT_MAX: '10000' }));
});
afterAll(async () => close?.());

interface Reply {
  kind: 'answer' | 'clarify' | 'fallback' | 'decline';
  topic?: string | null;
  hotlines?: { id: string; topic: string; number: string | null; group: string }[];
  text: string;
  procedures: { code: string; name: string }[];
  options?: { label: string; code: string }[];
  actions?: { kind: string; label: string; target: string }[];
  detail?: string | null;
}

async function say(text: string, conversationId?: string): Promise<{ conversationId: string; reply: Reply }> {
  const res = await app.inject({ method: 'POST', url: '/api/chat', payload: { conversationId, text } });
  expect(res.statusCode).toBe(200);
  return res.json();
}

/** A whole conversation; returns every reply. */
async function talk(...texts: string[]): Promise<Reply[]> {
  let id: string | undefined;
  const out: Reply[] = [];
  for (const t of texts) {
    const r = await say(t, id);
    id = r.conversationId;
    out.push(r.reply);
  }
  return out;
}

describe('the four questions from the issue', () => {
  it('"vk e mới đẻ hôm qua…" answers birth registration, with its page', async () => {
    const { reply } = await say('vk e mới đẻ hôm qua, giờ làm giấy tờ cho bé ntn a');
    expect(reply.kind).toBe('answer');
    expect(reply.procedures[0]?.code).toBe('1.001193');
    expect(reply.text).toMatch(/Giấy chứng sinh/);
    expect(reply.actions).toContainEqual(expect.objectContaining({ kind: 'link', target: '/procedures/1.001193' }));
  });

  it('"chung thuc ban sao phi bn" gives the certified-copy fee from the record', async () => {
    const { reply } = await say('chung thuc ban sao phi bn');
    expect(reply.kind).toBe('answer');
    expect(reply.procedures[0]?.code).toBe('2.000815');
    expect(reply.detail).toBe('fee');
    const p = app.catalog.get('2.000815')!;
    const fees = p.methods.flatMap((m) => m.fees).map(feeText);
    expect(fees.some((f) => reply.text.includes(f))).toBe(true);
  });

  it('"ba em mới mất, cần làm giấy gì" lists the needs in order, death registration first with its papers', async () => {
    const { reply } = await say('ba em mới mất, cần làm giấy gì');
    expect(reply.procedures.map((p) => p.code)).toEqual(['1.000656', '1.003197']);
    expect(reply.detail).toBe('papers');
    expect(reply.text).toMatch(/Giấy tờ/);
    expect(reply.text.indexOf('khai tử')).toBeLessThan(reply.text.indexOf('Xóa đăng ký thường trú'));
  });

  it('"thế còn lệ phí?" follows up on the procedure in focus', async () => {
    const [, fee] = await talk('vk e mới đẻ hôm qua, giờ làm giấy tờ cho bé ntn a', 'thế còn lệ phí?');
    expect(fee!.kind).toBe('answer');
    expect(fee!.procedures[0]?.code).toBe('1.001193');
    expect(fee!.text).toMatch(/Lệ phí: miễn phí/);
  });
});

describe('dialogue', () => {
  it('asks which one for a family, then takes "cái thứ hai" and keeps the focus', async () => {
    const [ask, pick, time] = await talk('chứng thực', 'cái thứ hai', 'mất mấy ngày');
    expect(ask!.kind).toBe('clarify');
    expect(ask!.options!.length).toBeGreaterThanOrEqual(2);
    expect(ask!.text).toContain(`2. ${ask!.options![1]!.label}`);
    expect(pick!.kind).toBe('answer');
    expect(pick!.procedures[0]?.code).toBe(ask!.options![1]!.code);
    expect(time!.procedures[0]?.code).toBe(ask!.options![1]!.code);
    expect(time!.detail).toBe('time');
  });

  it('understands "cái cuối" and a named option ("chữ ký")', async () => {
    const [ask, last] = await talk('chứng thực', 'thôi cái cuối');
    expect(last!.procedures[0]?.code).toBe(ask!.options!.at(-1)!.code);
    const [, named] = await talk('chung thuc', 'chữ ký');
    expect(named!.procedures[0]?.code).toBe('2.000884');
  });

  it('answers directly when the question tells the siblings apart', async () => {
    expect((await say('chứng thực chữ ký')).reply.procedures[0]?.code).toBe('2.000884');
    expect((await say('gia hạn giấy phép xây dựng')).reply.procedures[0]?.code).toBe('1.013227');
    // A bare family name: asked which with the permits as options, or (round 13: the learned model,
    // without the bare phrase itself — a held-out writer's text, left out — leads with the writers'
    // usual reading) the new-building permit; never another family's procedure.
    const permits = (await say('hỏi về giấy phép xây dựng')).reply;
    if (permits.kind === 'clarify') expect(permits.options!.map((o) => o.code)).toEqual(expect.arrayContaining(['1.013225', '1.013227']));
    else expect(permits.procedures[0]?.code).toBe('1.013225');
  });

  it('a correction switches the focus and keeps the asked detail', async () => {
    const [, fixed] = await talk('đăng ký tạm trú cần giấy tờ gì', 'không, ý tôi là xóa thường trú');
    expect(fixed!.procedures[0]?.code).toBe('1.003197');
    expect(fixed!.detail).toBe('papers');
  });

  it('a new topic resets the focus', async () => {
    const [, , fee] = await talk('đăng ký kết hôn', 'mở quán', 'lệ phí bao nhiêu');
    expect(fee!.procedures[0]?.code).toBe('1.001612');
  });

  it('round 8: "cho hỏi thủ tục", papers spoken of and none named, is asked which — not greeted', async () => {
    for (const text of ['cho hỏi thủ tục', 'Cô ơi tui hỏi cái giấy tờ nhà']) {
      const { reply } = await say(text);
      expect(reply.kind).toBe('clarify');
      expect(reply.topic ?? null).toBeNull();
    }
    // (A greeting alone is still greeted.)
    expect((await say('cho hỏi')).reply.topic).toBe('greeting');
  });

  it('round 8: a detail asked over the options offered gets the same options again, and the pick answers that detail', async () => {
    const [asked, again, picked] = await talk('hỏi về sổ đỏ', 'phí bao nhiêu', '2');
    expect(asked!.kind).toBe('clarify');
    const offered = asked!.options!.map((o) => o.code);
    expect(offered.length).toBeGreaterThanOrEqual(2);
    expect(again!.kind).toBe('clarify');
    expect(again!.options!.map((o) => o.code)).toEqual(offered);
    expect(again!.text).toMatch(/chọn giúp tôi một thủ tục/);
    expect(picked!.kind).toBe('answer');
    expect(picked!.procedures[0]?.code).toBe(offered[1]);
    expect(picked!.detail).toBe('fee');
  });

  it('a follow-up with nothing in focus does not guess: it asks which procedure', async () => {
    const { reply } = await say('thế còn lệ phí?');
    expect(reply.kind).toBe('clarify');
    // (Round 36: since blinds 303–326 were learned, the model's near twins were asked back with the
    // common procedures to pick from — offered, none answered.)
    expect(reply.options?.length ?? 0).not.toBe(1);
    expect(reply.text).toMatch(/thủ tục nào\?/);
  });

  it('opened from a procedure page (?procedure=CODE) starts focused on it', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/chat', payload: { text: 'mất mấy ngày', procedure: '1.004194' } });
    expect(res.json().reply.procedures[0].code).toBe('1.004194');
  });
});

describe('honesty', () => {
  it('out of scope: divorce goes to the court, with hotline and feedback form', async () => {
    const { reply } = await say('ly hôn thì làm ở đâu');
    expect(reply.kind).toBe('fallback');
    expect(reply.text).toMatch(/Tòa án nhân dân khu vực/);
    expect(reply.text).toMatch(/phản ánh/);
  });

  it('driving licences: no agency from code (the vocabulary no longer says "Sở Xây dựng"); without the record, no guess', async () => {
    const { reply } = await say('đổi bằng lái xe ở đâu');
    expect(reply.text).not.toMatch(/Sở Xây dựng/);
    // The curated content has no driving-licence record: naming another procedure would be confidently wrong.
    expect(reply.procedures).toEqual([]);
  });

  it('out of scope is declined with a real hotline from content and the feedback form; example numbers are never dialled', async () => {
    const { reply } = await say('giá vàng hôm nay thế nào');
    expect(reply.kind).toBe('decline');
    expect(reply.procedures).toEqual([]);
    const hotlines = (await app.inject({ method: 'GET', url: '/api/hotlines' })).json().items as {
      number: string | null;
      group: string;
      example: boolean;
    }[];
    const real = hotlines.filter((h) => h.group !== 'khan_cap' && !h.example && h.number).map((h) => h.number!);
    const examples = hotlines.filter((h) => h.example && h.number).map((h) => h.number!);
    expect(real.some((n) => reply.text.includes(n))).toBe(true);
    expect(examples.some((n) => reply.text.includes(n))).toBe(false);
    for (const a of reply.actions ?? [])
      if (a.kind === 'call') expect(examples.map((n) => `tel:${n.replace(/\D/g, '')}`)).not.toContain(a.target);
    expect(reply.text).toMatch(/Gửi phản ánh/);
    expect(reply.actions).toContainEqual(expect.objectContaining({ kind: 'feedback', target: '/feedback/new' }));
  });

  it('a reply that cannot help — declined or not known — still gives the emergency numbers from content', async () => {
    // (A message about danger the assistant misreads must not end at "out of scope".)
    const hotlines = (await app.inject({ method: 'GET', url: '/api/hotlines' })).json().items as {
      number: string | null;
      group: string;
      example: boolean;
    }[];
    const emergency = hotlines.filter((h) => h.group === 'khan_cap' && !h.example && h.number).map((h) => h.number!);
    expect(emergency.length).toBeGreaterThanOrEqual(4);
    for (const text of ['mua bảo hiểm xe máy ở đâu rẻ', 'asdkj qwe zxcv']) {
      const { reply } = await say(text);
      expect(['decline', 'fallback']).toContain(reply.kind);
      const last = reply.text.split('\n').at(-1)!;
      expect(last).toMatch(/^Nếu đang gặp nguy hiểm, gọi ngay:/);
      for (const n of emergency) expect(last).toContain(n);
    }
    // A procedure answer does not carry it.
    const { reply } = await say('đăng ký khai sinh cần giấy tờ gì');
    expect(reply.kind).toBe('answer');
    expect(reply.text).not.toMatch(/gặp nguy hiểm/);
  });

  it('never states a fee the data does not have, and says "free" only where the record does', async () => {
    for (const p of app.catalog.all()) {
      const { reply } = await say(`${p.name} lệ phí bao nhiêu`);
      // (An answer only: asked back — "Có phải bạn hỏi thủ tục này không?" — states no fee.)
      if (reply.kind !== 'answer' || reply.procedures[0]?.code !== p.code) continue;
      const fees = p.methods.flatMap((m) => m.fees);
      const amounts = reply.text.match(/\d[\d.]*(?= (?:đồng|USD))/g) ?? [];
      // Data: the record's amounts, its dated conditions, and what applies today (province values from content).
      const detail = app.catalog.get(p.code)!.methods.flatMap((m) => m.fees);
      const dataAmounts = [
        ...fees.map((f) => f.amount),
        ...fees.flatMap((f) => (f.conditions ?? []).map((c) => c.amount)),
        ...detail.map((f) => f.applicable.amount),
      ];
      const known = new Set(dataAmounts.filter((a): a is number => a !== null).map((a) => new Intl.NumberFormat('vi-VN').format(a)));
      for (const a of amounts) {
        // Amounts in the record's own notes may appear as quoted; every stated amount must be in the data.
        const inNotes = fees.some((f) => (f.note ?? '').includes(a));
        expect(known.has(a) || inNotes, `${p.code}: ${a}`).toBe(true);
      }
      if (/miễn phí/.test(reply.text.split('\n').find((l) => l.startsWith('Lệ phí')) ?? '')) expect(fees.some((f) => f.free)).toBe(true);
      if (fees.every((f) => f.amount === null && !f.free)) expect(reply.text).toMatch(/chưa có thông tin/);
    }
  });
});

describe('feedback status and hotline', () => {
  it('asks for the last 4 phone digits, then looks the code up', async () => {
    const [ask, result] = await talk('phản ánh PA-2026-000123 của tôi sao rồi', '1234');
    expect(ask!.text).toMatch(/4 số cuối/);
    expect(result!.text).toMatch(/PA-2026-000123/);
    expect(result!.text).not.toMatch(/1234/);
  });

  it('gives hotlines when asked; only real numbers become call buttons', async () => {
    const { reply } = await say('cho xin số hotline');
    expect(reply.kind).toBe('answer');
    expect(reply.topic).toBe('hotline');
    for (const a of reply.actions ?? []) if (a.kind === 'call') expect(a.target).not.toMatch(/^tel:0200/);
  });
});

describe('validation', () => {
  it.each([
    ['empty text', { text: '   ' }, /chưa nhập/],
    ['text over 1,000 characters (a long story fits)', { text: 'a'.repeat(1001) }, /1.000 ký tự/],
  ])('refuses %s with a Vietnamese 400 problem', async (_l, payload, detail) => {
    const res = await app.inject({ method: 'POST', url: '/api/chat', payload });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json().detail).toMatch(detail);
  });
});

it('is rate-limited per client with a Vietnamese 429 problem', async () => {
  const limited = await testApp({ OUTBOX_ENABLED: 'false', CHAT_RATE_LIMIT_MAX: '2' });
  try {
    const send = () => limited.app.inject({ method: 'POST', url: '/api/chat', payload: { text: 'xin chào' } });
    expect((await send()).statusCode).toBe(200);
    expect((await send()).statusCode).toBe(200);
    const third = await send();
    expect(third.statusCode).toBe(429);
    expect(third.json().detail).toMatch(/quá nhiều/);
  } finally {
    await limited.close();
  }
});
