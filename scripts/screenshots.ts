// `npm run screenshots [-- name…]`: every mini app screen in headless Chromium at 360 px,
// once at the default text size and once at a 22 px root font (the phone's large-text
// setting, set the way the phone sets it: Chromium's default font size), into
// test-results/screenshots/. Prints any screen wider than the phone (sideways scrolling).
// SCREENSHOT_DATA_DIR=… keeps the store between runs. Uses the national procedure file when present (full lists); the built mini app (build first).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, phoneContext } from '../test/e2e/helpers/browser.js';
import { startTestServer } from '../test/e2e/helpers/server.js';

/** A new conversation (the chat screen keeps one while it stays open: leave and come back), then the messages, each answered. */
async function newConversation(p: Page, texts: string[]): Promise<void> {
  await p.evaluate(() => {
    location.hash = '#/';
  });
  await p.evaluate(() => {
    location.hash = '#/chat';
  });
  await p.locator('.chat-bubble-bot').nth(1).waitFor({ state: 'detached' });
  for (const [i, text] of texts.entries()) {
    await p.getByLabel('Câu hỏi của bạn').fill(text);
    await p.getByRole('button', { name: 'Gửi', exact: true }).click();
    await p
      .locator('.chat-bubble-bot')
      .nth(i + 1)
      .waitFor();
  }
}

const outDir = path.resolve(import.meta.dirname, '..', 'test-results', 'screenshots');
const national = path.resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'national-tthc', 'procedures.jsonl.gz');

interface Shot {
  name: string;
  hash: string;
  /** waits for the screen's content (and may act on it) before the picture */
  ready: (p: Page) => Promise<unknown>;
  /** also the whole scrolled screen (default true) */
  fullPage?: boolean;
}

const text = (p: Page, t: string | RegExp) => p.getByText(t).first().waitFor();

const SHOTS: Shot[] = [
  { name: 'home', hash: '/', ready: (p) => text(p, /Hôm nay|Chưa có thông tin giờ|Đã đóng cửa|Chưa mở cửa/) },
  { name: 'procedures-fields', hash: '/procedures', ready: (p) => p.locator('.list-item').first().waitFor() },
  { name: 'procedures-field-ho-tich', hash: '/procedures?field=ho-tich', ready: (p) => text(p, /\d+ thủ tục/) },
  { name: 'procedures-search', hash: '/procedures?q=chung%20thuc', ready: (p) => p.locator('mark').first().waitFor() },
  { name: 'procedure-detail', hash: '/procedures/1.001193', ready: (p) => p.getByRole('heading', { level: 1 }).waitFor() },
  {
    name: 'procedure-building',
    hash: '/procedures/1.013225',
    ready: (p) => p.getByRole('heading', { level: 1 }).waitFor(),
    fullPage: false,
  },
  // Round 33: the curated page for exchanging an ID card (ages to exchange it, Luật Căn cước Điều 21).
  { name: 'procedure-id-exchange', hash: '/procedures/1.014063', ready: (p) => p.getByRole('heading', { level: 1 }).waitFor() },
  { name: 'hotlines', hash: '/hotlines', ready: (p) => p.getByRole('link', { name: /^Gọi / }).first().waitFor() },
  { name: 'guides', hash: '/guides', ready: (p) => p.locator('.list-item').first().waitFor() },
  { name: 'guide', hash: '/guides/nop-ho-so-truc-tuyen', ready: (p) => p.locator('.markdown').waitFor() },
  { name: 'news', hash: '/news', ready: (p) => p.locator('.list-item').first().waitFor() },
  { name: 'faq', hash: '/faq', ready: (p) => p.locator('.faq-item').first().waitFor() },
  {
    name: 'chat',
    hash: '/chat',
    ready: async (p) => {
      await p.getByLabel('Câu hỏi của bạn').fill('làm giấy khai sinh cho con');
      await p.getByRole('button', { name: 'Gửi', exact: true }).click();
      await p.locator('.chat-bubble-bot').nth(1).waitFor();
    },
  },
  {
    // A question too vague to name a procedure: the bot asks back (issue 10); since round 19 it offers the papers such questions mean.
    name: 'chat-ask-back',
    hash: '/chat',
    ready: (p) => newConversation(p, ['xin giấy cho con']),
  },
  {
    // Round 19: a vague question the rules name nothing for, offered the procedures such questions mean.
    name: 'chat-open-ask',
    hash: '/chat',
    ready: (p) => newConversation(p, ['Ủy quyền']),
  },
  {
    // Round 8: a detail asked over the options offered gets them again ("Để trả lời, bạn chọn giúp tôi một thủ tục").
    name: 'chat-reoffer',
    hash: '/chat',
    ready: (p) => newConversation(p, ['hỏi về sổ đỏ', 'phí bao nhiêu']),
  },
  {
    // Round 14: an answer the calibrator doubts is offered to confirm ("Tôi chưa chắc bạn hỏi thủ tục nào …").
    name: 'chat-doubt',
    hash: '/chat',
    ready: (p) => newConversation(p, ['tách hộ', 'xin lỗi, ý tôi là khai báo tạm vắng chứ không phải tách hộ']),
  },
  {
    // Round 16: with a procedure in focus, "có phải trả tiền không" gets its own fee first, then how fees are paid.
    name: 'chat-focus-fee',
    hash: '/chat',
    ready: (p) => newConversation(p, ['cấp lại căn cước', 'có phải trả tiền không']),
  },
  {
    // Round 16: the VNeID answer with the level-2 account procedure it names.
    name: 'chat-vneid-procedure',
    hash: '/chat',
    ready: (p) => newConversation(p, ['bà tôi chưa có định danh mức 2, làm ở đâu']),
  },
  {
    // Round 22: a reply that cannot help (declined, not known) ends with the emergency numbers from content.
    name: 'chat-decline',
    hash: '/chat',
    ready: (p) => newConversation(p, ['mua bảo hiểm xe máy ở đâu rẻ']),
  },
  {
    // Round 28: a polite opener alone ("Xin hỏi ạ") is greeted, an invitation to ask, not declined.
    name: 'chat-polite-opener',
    hash: '/chat',
    ready: (p) => newConversation(p, ['Xin hỏi ạ']),
  },
  {
    // Round 29: an emergency told by what is happening, which the model alone would call not ours,
    // gets the rescue line (112) first.
    name: 'chat-river-emergency',
    hash: '/chat',
    ready: (p) => newConversation(p, ['chồng em ra sông kéo lưới từ sáng chưa thấy về']),
  },
  {
    // Round 37: someone who says they want to die gets a few kind words and the emergency line (115).
    name: 'chat-self-harm',
    hash: '/chat',
    ready: (p) => newConversation(p, ['em bị trầm cảm muốn uống thuốc ngủ cho xong']),
  },
  {
    // Round 38: a scam going on — what not to do, the bank, then 113.
    name: 'chat-scam',
    hash: '/chat',
    ready: (p) => newConversation(p, ['nó bắt tôi đọc mã OTP ngân hàng, có nên đọc không']),
  },
  {
    // Round 40: "cứu tôi với" alone — every emergency line and what is happening asked (birth and marriage registration offered before).
    name: 'chat-plea',
    hash: '/chat',
    ready: (p) => newConversation(p, ['cứu tôi với']),
  },
  {
    // Round 40: a danger given its line, then a turn nothing answers — the line again (declined before).
    name: 'chat-crisis-again',
    hash: '/chat',
    ready: (p) => newConversation(p, ['chồng tôi đang cầm dao ngoài cửa', 'tôi đang trốn trong nhà vệ sinh']),
  },
  {
    // Round 45: a landlord putting a pregnant mother out at night — the commune police, then 113 (the weather's decline before).
    name: 'chat-landlord-night',
    hash: '/chat',
    ready: (p) =>
      newConversation(p, [
        'Chủ trọ vừa đuổi mẹ con em ra ngoài lúc 11 giờ đêm, vứt đồ ra đường, em đang bầu với con nhỏ 5 tuổi đứng ngoài trời mưa',
      ]),
  },
  {
    // Round 45: a later turn on the same matter that only the models decline — not sure, with the office to ask.
    name: 'chat-later-unsure',
    hash: '/chat',
    ready: (p) => newConversation(p, ['ma tui 82 tuoi co duoc tien tro cap nguoi gia hong', 'chua, chua lanh dong nao het']),
  },
  {
    // Round 46: smoke next door at night with a question asked (the feedback form before): the fire line first.
    name: 'chat-fire-smoke',
    hash: '/chat',
    ready: (p) => newConversation(p, ['Bây giờ 2h sáng, tôi thấy khói mù mịt bên nhà hàng xóm, gõ cửa không ai trả lời, tôi phải làm gì']),
  },
  {
    // Round 46: a level-2 account held already, after a procedure (how to get the account before): that procedure online.
    name: 'chat-vneid-held',
    hash: '/chat',
    ready: (p) => newConversation(p, ['đăng ký tạm trú làm sao vậy', 'tài khoản em định danh mức 2 rồi']),
  },
  {
    // Round 47: a child choking, blue (the police's line before): the ambulance, with what to do while it comes.
    name: 'chat-choking',
    hash: '/chat',
    ready: (p) => newConversation(p, ['thằng nhỏ 3 tuổi nuốt hột chôm chôm mắc cổ, mặt tím tái rồi']),
  },
  {
    // Round 47: a woman locked in by her husband (declined before): the police, what to say and do when held.
    name: 'chat-held',
    hash: '/chat',
    ready: (p) => newConversation(p, ['chong toi khoa cua nhot toi voi con trong phong, dt con 5% pin']),
  },
  {
    // Round 48: the one who locked her in is back ("nó về rồi": residence procedures offered before): hide, then the police.
    name: 'chat-threat-back',
    hash: '/chat',
    ready: (p) => newConversation(p, ['chồng nhốt tôi trong phòng, khóa cửa ngoài', 'nó về rồi']),
  },
  {
    // Round 48: flood water rising in the house with old people (the rescue line alone before): what to do now, then 112.
    name: 'chat-flood',
    hash: '/chat',
    ready: (p) => newConversation(p, ['nước lên nhanh quá nhà ngập tới ngực rồi, có ông bà già']),
  },
  {
    // Round 49: a chemical leak at work (115 and nothing to do before): get out, rinse, then 114 and 115.
    name: 'chat-chemical',
    hash: '/chat',
    ready: (p) => newConversation(p, ['bon em bi ro ri hoa chat trong xuong, mat cay xe, kho tho']),
  },
  {
    // Round 50: a damaged ID card is re-issued, not exchanged (Luật Căn cước 2023, Điều 24 khoản 2), said first.
    name: 'chat-damaged-card',
    hash: '/chat',
    ready: (p) => newConversation(p, ['thẻ căn cước của tôi bị gãy đôi, đổi ở đâu']),
  },
  {
    // Round 51: a pupil who wants to die (115 alone before: the child line now), a second marriage while married (the
    // papers before), and people trapped by a landslide (112 alone, "leave the house" before).
    name: 'chat-pupil-self-harm',
    hash: '/chat',
    ready: (p) => newConversation(p, ['e thi trượt lớp 10 r, bố mẹ chửi suốt, e chán lắm ko muốn sống nữa']),
  },
  {
    name: 'chat-second-marriage',
    hash: '/chat',
    ready: (p) => newConversation(p, ['tôi đã có vợ rồi, giờ muốn đăng ký kết hôn thêm với vợ hai người cùng bản được không']),
  },
  {
    // Round 52: a child in the water now — what to do first, then the rescue line and the ambulance.
    name: 'chat-child-in-water',
    hash: '/chat',
    ready: (p) => newConversation(p, ['có đứa bé rơi xuống ao sau nhà trọ, đang chìm']),
  },
  {
    // Round 52: a war invalid's widow unpaid since his death (five unrelated procedures offered before).
    name: 'chat-war-invalid-widow',
    hash: '/chat',
    ready: (p) => newConversation(p, ['bà là vợ thương binh hạng 1/4, ông mất 2023, bà chưa nhận được đồng trợ cấp nào từ lúc đó']),
  },
  {
    // Round 53: a child beaten now by the ex-wife (115 alone before: the police, then the child line), and a wallet found
    // (a scam warning before: handed to the commune, Bộ luật Dân sự 2015 Điều 230).
    name: 'chat-child-beaten-now',
    hash: '/chat',
    ready: (p) => newConversation(p, ['cứu với vợ cũ tôi đang đánh con tôi ở nhà, cháu 5 tuổi đang khóc thét']),
  },
  {
    name: 'chat-wallet-found',
    hash: '/chat',
    ready: (p) => newConversation(p, ['nhặt được cái ví có căn cước với 2 triệu, nộp ở đâu']),
  },
  {
    name: 'chat-landslide-trapped',
    hash: '/chat',
    ready: (p) => newConversation(p, ['nha toi o tren nui, dat bi sat lo, nuoc chay vao nha, nguoi con mac ket trong nha']),
  },
  {
    // Round 50: a landslide typed without accents (declined before), and a fire with someone bedridden inside.
    name: 'chat-landslide',
    hash: '/chat',
    ready: (p) => newConversation(p, ['dat doi phia tren nha toi dang nut to ra, dat truot xuong, so qua']),
  },
  {
    name: 'chat-fire-inside',
    hash: '/chat',
    ready: (p) => newConversation(p, ['o nha ben canh co chay, khoi den mu, co ba cu nam liet trong do']),
  },
  {
    // Round 49: the VNeID password typed into a fake link (the bank's line alone before): the account first.
    name: 'chat-vneid-exposed',
    hash: '/chat',
    ready: (p) =>
      newConversation(p, [
        'co tin nhan bao tai khoan dinh danh cua toi bi khoa, bam vao link de mo lai',
        'toi bam vao roi va nhap mat khau roi',
      ]),
  },
  {
    // Round 40: a denunciation of an official — how complaints and denunciations are sent, with the law, before the feedback form.
    name: 'chat-complaint',
    hash: '/chat',
    ready: (p) => newConversation(p, ['tôi muốn tố cáo cán bộ địa chính xã đòi tiền mới làm sổ đỏ cho nhanh']),
  },
  {
    // Round 40: a time the record gives per case — the BHYT card's own lines (the table's 45 days alone before).
    name: 'chat-time-cases',
    hash: '/chat',
    ready: (p) => newConversation(p, ['mẹ tôi mất thẻ bhyt rồi', 'cấp lại mất bao lâu']),
  },
  {
    // Round 41: money asked by an officer beyond the fee — do not pay, how to denounce (how to follow a dossier before).
    name: 'chat-officer-money',
    hash: '/chat',
    ready: (p) => newConversation(p, ['bị cán bộ gọi điện đòi tiền, nói nếu không đưa thì hồ sơ bị hủy, tôi đang rất hoang mang']),
  },
  {
    // Round 42: violence told beside a residence question — the police line first, then the reply.
    name: 'chat-violence-beside',
    hash: '/chat',
    ready: (p) =>
      newConversation(p, ['toi bi danh, hom nay toi da bo ve nha me de roi, gio muon lam giay tam tru cho 2 me con o nha ngoai']),
  },
  {
    // Round 42: a tenant found dead — the ambulance first (may still be saved), then the police.
    name: 'chat-found-dead',
    hash: '/chat',
    ready: (p) => newConversation(p, ['Người thuê trọ nhà tôi tự tử trong phòng, tôi mới phát hiện']),
  },
  {
    // Round 43: a gas smell (asked which procedure before) — no switch, no flame, then 114; and the light asked after.
    name: 'chat-gas-smell',
    hash: '/chat',
    ready: (p) => newConversation(p, ['ngui thay mui gas nong nac o nha ben canh', 'co nen bat den len xem khong']),
  },
  {
    // Round 43: a grandmother asking to adopt her grandchild — the law says no, first.
    name: 'chat-grandparent-adoption',
    hash: '/chat',
    ready: (p) => newConversation(p, ['ba muon nhan chau lam con nuoi duoc khong']),
  },
  {
    // Round 44: money already taken by a fraud (declined before) — the bank first, then a report with the evidence.
    name: 'chat-scammed',
    hash: '/chat',
    ready: (p) => newConversation(p, ['me em bi lua mat 80 trieu roi, co lay lai duoc khong a, em so qua']),
  },
  {
    // Round 44: a child married off (declined before) — the child line first.
    name: 'chat-child-marriage',
    hash: '/chat',
    ready: (p) => newConversation(p, ['Em 16 tuổi, bố mẹ ép em lấy chồng tháng sau, em không muốn']),
  },
  {
    // Round 42: an example locality's fee says it is an example before the amount.
    name: 'chat-example-fee',
    hash: '/chat',
    ready: (p) => newConversation(p, ['dang ky ho kinh doanh le phi bao nhieu']),
  },
  {
    // Round 41: a phone number sent along — read without it, and said not to be needed (a hotline list before).
    name: 'chat-personal-number',
    hash: '/chat',
    ready: (p) => newConversation(p, ['tôi là Trần Thị Hoa sđt 0912345678 muốn đăng ký hộ kinh doanh']),
  },
  {
    // Round 41: a filed dossier naming its procedure — how to follow it, with that procedure's time limit.
    name: 'chat-filed-dossier',
    hash: '/chat',
    ready: (p) => newConversation(p, ['hồ sơ kết hôn của con tôi nộp 5 hôm rồi chưa có, thường thì mấy ngày mới xong?']),
  },
  {
    // Round 39: a live wire sparking on the road — keep away, then 114 (read as a road feedback before).
    name: 'chat-hazard',
    hash: '/chat',
    ready: (p) => newConversation(p, ['cay do chan ngang duong, day dien dang toe lua']),
  },
  {
    // Round 39: a girl of 15 made to marry — the child-protection line, then the police (declined before).
    name: 'chat-child-risk',
    hash: '/chat',
    ready: (p) => newConversation(p, ['con gai 15 tuoi co bau, nha trai bat ve lam vo']),
  },
  {
    // Round 39: who sees a petition and whether the name is published, answered before the form's text.
    name: 'chat-privacy',
    hash: '/chat',
    ready: (p) => newConversation(p, ['gửi phản ánh không ghi tên có được xử lý không']),
  },
  {
    // Round 39: "someone else files it for me?" after an answer — what the page says, not "who may apply".
    name: 'chat-proxy',
    hash: '/chat',
    ready: (p) => newConversation(p, ['lam giay xac nhan doc than de dang ky ket hon', 'uy quyen cho me lam thay duoc ko']),
  },
  {
    // Round 37: a weekend asked of a procedure: whether the office works that day, then the procedure.
    name: 'chat-weekend',
    hash: '/chat',
    ready: (p) => newConversation(p, ['đk kết hôn thứ 7 đc k ạ']),
  },
  {
    // Round 30: an answer the calibrator doubts, which every opinion names, is offered with the
    // models' next procedure beside it (an ID card re-issued when lost, or exchanged), not alone.
    name: 'chat-doubt-two',
    hash: '/chat',
    ready: (p) => newConversation(p, ['làm lại căn cước']),
  },
  {
    // Round 32: an answer given though not surely right says so, with the next procedure one tap away.
    // (Round 39: round 32's question no longer hedges since the models changed; a lost marriage paper does —
    // registered again, or a copy of its extract.)
    name: 'chat-hedge',
    hash: '/chat',
    ready: (p) => newConversation(p, ['giấy kết hôn bị mất làm lại ở đâu']),
  },
  {
    // Round 33: a fine, which no procedure page holds, is said to be unknown first, with who can tell.
    name: 'chat-unrecorded',
    hash: '/chat',
    ready: (p) => newConversation(p, ['đăng ký khai sinh muộn có bị phạt không']),
  },
  {
    // Round 34: a fine asked right after a procedure is asked of it, not "which procedure?".
    name: 'chat-fine-follow-up',
    hash: '/chat',
    ready: (p) => newConversation(p, ['đăng ký khai sinh cho con', 'nếu không đăng ký thì có bị phạt không']),
  },
  {
    // Round 35: a real follow-up question is answered from the page's lines, not the whole card again.
    name: 'chat-page-lines',
    hash: '/chat',
    ready: (p) => newConversation(p, ['bố tôi mới mất, làm khai tử thế nào', 'giấy báo tử của bệnh viện bị mất thì sao']),
  },
  {
    // Round 35: a citizen tired of waiting for a dossier is heard first, the feedback form offered.
    name: 'chat-dossier-late',
    hash: '/chat',
    ready: (p) => newConversation(p, ['Hồ sơ tôi nộp từ tháng trước đến giờ chưa xong, làm ăn kiểu gì vậy??']),
  },
  {
    // Round 35: a follow-up the page does not speak of is told so, with who can tell.
    name: 'chat-page-silent',
    hash: '/chat',
    ready: (p) => newConversation(p, ['đăng ký khai tử', 'có cần người làm chứng không']),
  },
  {
    // Round 34: one way of filing at two times, each with the case its row names.
    name: 'chat-two-times',
    hash: '/chat',
    ready: (p) => newConversation(p, ['xác nhận cư trú mất bao lâu']),
  },
  {
    // Round 33: by when it must be done, from the page, before the office's processing time.
    name: 'chat-deadline',
    hash: '/chat',
    ready: (p) => newConversation(p, ['trong bao lâu phải khai tử']),
  },
  {
    // Round 33: the ages an ID card must be exchanged at, from its curated page (Luật Căn cước, Điều 21).
    name: 'chat-id-exchange-age',
    hash: '/chat',
    ready: (p) => newConversation(p, ['căn cước của em hết hạn năm 25 tuổi đúng không']),
  },
  {
    // Round 32: "bạn là người hay máy?" is told the truth, and how to reach a person.
    name: 'chat-identity',
    hash: '/chat',
    ready: (p) => newConversation(p, ['bạn là người hay máy']),
  },
  {
    // Round 23: another business's hours are declined, with where to ask instead.
    name: 'chat-other-business',
    hash: '/chat',
    ready: (p) => newConversation(p, ['bưu điện làm việc tới mấy giờ']),
  },
  {
    // Round 24: an emergency told by what is happening (no number asked) gets its line first.
    name: 'chat-emergency',
    hash: '/chat',
    ready: (p) => newConversation(p, ['máy biến áp đầu xóm nổ tung tóe lửa']),
  },
  {
    // Round 25: a foreign spouse makes the marriage the one with a foreign side.
    name: 'chat-foreign',
    hash: '/chat',
    ready: (p) => newConversation(p, ['con gái tôi lấy chồng người Hàn Quốc, về xã đăng ký kết hôn cần giấy gì']),
  },
  {
    // Round 26: a foreign national said as "quốc tịch" — the death with a foreign side, answered.
    name: 'chat-nationality',
    hash: '/chat',
    ready: (p) => newConversation(p, ['khai tử cho chồng tôi, anh ấy quốc tịch Nhật']),
  },
  {
    // Round 26: "chứng thực" alone, doubted — asked which of the kinds, not "Có phải …?" about one.
    name: 'chat-certify',
    hash: '/chat',
    ready: (p) => newConversation(p, ['chứng thực']),
  },
  {
    // Round 23: the level-2 account asked for after the VNeID answer gets its procedure too.
    name: 'chat-vneid-later',
    hash: '/chat',
    ready: (p) => newConversation(p, ['vneid mức 2 là gì', 'thế làm mức 2 thì mang gì']),
  },
  { name: 'feedback-form', hash: '/feedback/new', ready: (p) => p.locator('form').first().waitFor() },
  { name: 'feedback-lookup', hash: '/feedback/lookup?code=PA-2026-000123', ready: (p) => p.locator('form').first().waitFor() },
  { name: 'mine', hash: '/mine', ready: (p) => p.getByRole('heading', { name: 'Cỡ chữ' }).waitFor() },
  { name: 'public-answers', hash: '/feedback/public', ready: (p) => p.locator('.page-body h1').waitFor() },
  { name: 'not-found', hash: '/khong-co', ready: (p) => text(p, 'Không tìm thấy trang này') },
];

const only = process.argv.slice(2);
await mkdir(outDir, { recursive: true });
// SCREENSHOT_DATA_DIR keeps the imported store between runs (the import takes a few seconds).
const server = await startTestServer({
  ...(existsSync(national) ? { NATIONAL_TTHC_FILE: national } : {}),
  ...(process.env.SCREENSHOT_DATA_DIR ? { DATA_DIR: process.env.SCREENSHOT_DATA_DIR } : {}),
});
const browser = await launchBrowser();
const wide: string[] = [];
try {
  for (const large of [false, true]) {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    if (large) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 22, fixed: 22 } });
    }
    for (const shot of SHOTS) {
      if (only.length > 0 && !only.includes(shot.name)) continue;
      const name = `${shot.name}${large ? '-large' : ''}`;
      try {
        await page.goto(`${server.baseUrl}/app/#${shot.hash}`);
        await shot.ready(page);
        await page.waitForTimeout(150);
        const { scroll, client } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        if (scroll > client) wide.push(`${name}: ${scroll} px wide on a ${client} px screen`);
        // The first screen as the phone shows it, then the whole screen with the dock (bottom
        // navigation, composer) laid out at the end instead of floating mid-picture.
        await page.screenshot({ path: path.join(outDir, `${name}.png`) });
        if (shot.fullPage ?? true) {
          // A viewport as tall as the screen's content (Chromium's fullPage capture drops the
          // font-size emulation and lays the page out again at the default text size).
          const style = await page.addStyleTag({ content: '.dock{position:static!important}' });
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          await page.setViewportSize({ width: 360, height: Math.min(height, 12_000) });
          await page.screenshot({ path: path.join(outDir, `${name}-full.png`) });
          await page.setViewportSize({ width: 360, height: 640 });
          await style.evaluate((el) => (el as Element).remove());
        }
        console.log(`  ${name}.png`);
      } catch (err) {
        console.log(`  ${name}: FAILED ${(err as Error).message.split('\n')[0]}`);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Screenshots in ${path.relative(process.cwd(), outDir)}/`);
if (wide.length > 0) {
  console.log(`Wider than the screen:\n  ${wide.join('\n  ')}`);
  process.exitCode = 1;
}
