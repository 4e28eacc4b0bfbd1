// The chatbot: understand → (dialogue state) → retrieve → answer from structured fields,
// ask which one when several fit, or say plainly it does not know and give the hotline.
import { randomUUID } from 'node:crypto';
import type { Hotline } from '../content/schemas.js';
import type { Catalog, ProcedureDetail } from '../procedures/catalog.js';
import { composeAnswer } from './compose.js';
import { type ConversationStore, emptyState, memoryConversations } from './conversations.js';
import type { FeedbackLookup } from './feedback-lookup.js';
import { FEEDBACK_ROUTE, FEEDBACK_STATUS_ROUTE, helpActions, helpHotlines, helpText, hotlineLine, hotlinesByPriority } from './help.js';
import { pickWithin, resolveProcedure } from './resolver.js';
import type { ChatAction, ChatReply, Detail, DialogueState, Intent, Understander } from './types.js';
import { RuleBasedUnderstander } from './understander.js';
import { OUT_OF_SCOPE } from './vocabulary.js';

export interface ChatDeps {
  catalog: () => Catalog;
  hotlines: () => Promise<Hotline[]>;
  feedbackLookup?: FeedbackLookup;
  /** Defaults to the rule-based one built with the catalog's synonyms. */
  understander?: Understander;
  conversations?: ConversationStore;
  /** Idle time after which a conversation is forgotten (default 30 minutes). */
  conversationTtlMs?: number;
}

export interface ChatResult {
  conversationId: string;
  reply: ChatReply;
}

const FOLLOW_UPS: Record<Detail, string> = {
  papers: 'Cần giấy tờ gì?',
  fee: 'Lệ phí bao nhiêu?',
  time: 'Mất mấy ngày?',
  where: 'Nộp ở đâu?',
  online: 'Làm online được không?',
  who: 'Ai được làm?',
  steps: 'Các bước làm?',
  forms: 'Mẫu tờ khai?',
  result: 'Nhận được gì?',
  conditions: 'Điều kiện gì?',
};
const SUGGESTED: Detail[] = ['papers', 'fee', 'time', 'where', 'online'];

export class ChatService {
  private readonly conversations: ConversationStore;
  private understanderFor: { catalog: Catalog; understander: Understander } | null = null;

  constructor(private readonly deps: ChatDeps) {
    this.conversations = deps.conversations ?? memoryConversations({ ttlMs: deps.conversationTtlMs ?? 30 * 60_000, max: 20_000 });
  }

  private understander(catalog: Catalog): Understander {
    if (this.deps.understander) return this.deps.understander;
    // Rebuilt with the catalog, so content synonyms stay current.
    if (this.understanderFor?.catalog !== catalog) {
      this.understanderFor = { catalog, understander: new RuleBasedUnderstander({ synonyms: catalog.synonyms }) };
    }
    return this.understanderFor.understander;
  }

  /** Start (or continue) a conversation focused on one procedure, e.g. the mini app's ?procedure=CODE. */
  focus(conversationId: string | undefined, code: string): string | null {
    const p = this.deps.catalog().get(code);
    if (!p) return null;
    const id = conversationId ?? randomUUID();
    this.conversations.set(id, { ...(this.conversations.get(id) ?? emptyState()), focus: code, options: [] });
    return id;
  }

  async handle(conversationId: string | undefined, text: string): Promise<ChatResult> {
    const id = conversationId && conversationId.length > 0 ? conversationId : randomUUID();
    const state = this.conversations.get(id) ?? emptyState();
    const catalog = this.deps.catalog();
    const u = await this.understander(catalog).understand(text, { state });
    const next: DialogueState = { ...state, awaitingLast4: null };
    const reply = await this.reply(u.intent, state, next, catalog);
    this.conversations.set(id, next);
    return { conversationId: id, reply };
  }

  private async reply(intent: Intent, state: DialogueState, next: DialogueState, catalog: Catalog): Promise<ChatReply> {
    switch (intent.kind) {
      case 'greeting':
        return {
          kind: 'answer',
          text: 'Xin chào! Tôi trả lời về thủ tục hành chính ở xã: giấy tờ cần có, lệ phí, thời gian, nơi nộp, làm online được không. Bạn cứ hỏi như khi nói chuyện, ví dụ: “vợ mới sinh, làm giấy khai sinh thế nào?”',
          procedures: [],
          actions: ['Làm giấy khai sinh', 'Đăng ký tạm trú', 'Chứng thực bản sao', 'Số đường dây nóng'].map(ask),
        };
      case 'thanks':
        return { kind: 'answer', text: 'Không có gì ạ. Bạn cần hỏi thêm thủ tục nào cứ nhắn nhé.', procedures: [] };
      case 'goodbye':
        return { kind: 'answer', text: 'Chào bạn. Khi cần hỏi về thủ tục, bạn cứ nhắn lại nhé.', procedures: [] };
      case 'hotline':
        return this.hotlineReply();
      case 'feedback_new':
        return {
          kind: 'answer',
          text: 'Bạn gửi phản ánh, kiến nghị qua mục “Gửi phản ánh”: ghi rõ nội dung, họ tên, địa chỉ và số điện thoại. Bạn sẽ nhận mã theo dõi (dạng PA-2026-000123) để tra cứu kết quả.',
          procedures: [],
          actions: [{ kind: 'feedback', label: 'Gửi phản ánh', target: FEEDBACK_ROUTE }],
        };
      case 'feedback_status':
        return this.feedbackReply(intent, next);
      case 'out_of_scope':
        return this.outOfScopeReply(intent.topic);
      case 'choice': {
        const opt = intent.index < 0 ? state.options.at(intent.index) : state.options[intent.index];
        if (!opt)
          return this.clarifyReply(
            state.options.map((o) => o.code),
            state.pendingDetails,
            next,
            catalog,
            'Tôi chưa rõ bạn chọn mục nào. ',
          );
        const details = intent.details.length > 0 ? intent.details : state.pendingDetails;
        return this.answerReply(opt.code, details, next, catalog);
      }
      case 'procedure':
        return this.procedureReply(intent, state, next, catalog);
      default:
        return this.fallbackReply('Xin lỗi, tôi chưa hiểu câu hỏi.');
    }
  }

  private async procedureReply(
    intent: Extract<Intent, { kind: 'procedure' }>,
    state: DialogueState,
    next: DialogueState,
    catalog: Catalog,
  ): Promise<ChatReply> {
    const details = intent.details.length > 0 ? intent.details : intent.correction ? state.lastDetails : [];
    if (intent.query === '') {
      if (state.focus && catalog.get(state.focus)) return this.answerReply(state.focus, details, next, catalog);
      return this.fallbackReply(
        'Bạn muốn hỏi về thủ tục nào? Hãy nói tên việc cần làm, ví dụ “đăng ký khai sinh” hay “chứng thực bản sao”.',
      );
    }
    // A reply to our question may name the option instead of its number ("chữ ký").
    const q = { text: intent.query, terms: intent.terms, accented: intent.accentedTerms, action: intent.action };
    if (state.options.length > 0) {
      const picked = pickWithin(
        catalog,
        q,
        state.options.map((o) => o.code),
      );
      if (picked) return this.answerReply(picked, details.length ? details : state.pendingDetails, next, catalog);
    }
    const r = resolveProcedure(catalog, q);
    if (r.kind === 'one') return this.answerReply(r.code, details, next, catalog);
    if (r.kind === 'many') return this.clarifyReply(r.codes, details, next, catalog);
    // Extra words we could not place, but a follow-up detail on the procedure in focus.
    if (state.focus && intent.details.length > 0 && !intent.correction) return this.answerReply(state.focus, details, next, catalog);
    return this.fallbackReply('Xin lỗi, tôi chưa tìm thấy thủ tục phù hợp với câu hỏi này, nên không muốn đoán.');
  }

  private async answerReply(code: string, details: Detail[], next: DialogueState, catalog: Catalog): Promise<ChatReply> {
    const p = catalog.get(code);
    if (!p) return this.fallbackReply('Xin lỗi, tôi không tìm thấy thủ tục này.');
    next.focus = code;
    next.options = [];
    next.pendingDetails = [];
    next.lastDetails = details;
    const { text } = composeAnswer(p, details);
    return {
      kind: 'answer',
      text: limit(text),
      procedures: [{ code: p.code, name: p.name }],
      detail: details[0] ?? null,
      actions: [...procedureActions(p), ...SUGGESTED.filter((d) => !details.includes(d)).map((d) => ask(FOLLOW_UPS[d]))],
    };
  }

  private clarifyReply(codes: string[], details: Detail[], next: DialogueState, catalog: Catalog, prefix = ''): ChatReply {
    const procs = codes.map((c) => catalog.get(c)).filter((p): p is ProcedureDetail => p !== null);
    const options = procs.map((p) => ({ label: p.name, code: p.code }));
    next.options = options;
    next.pendingDetails = details;
    const list = options.map((o, i) => `${i + 1}. ${o.label}`).join('\n');
    return {
      kind: 'clarify',
      text: limit(`${prefix}Có ${options.length} thủ tục gần với câu hỏi. Bạn hỏi thủ tục nào? (trả lời số thứ tự)\n${list}`),
      procedures: options.map((o) => ({ code: o.code, name: o.label })),
      options,
      detail: details[0] ?? null,
    };
  }

  private async hotlineReply(): Promise<ChatReply> {
    const all = hotlinesByPriority(await this.deps.hotlines());
    if (all.length === 0) return this.fallbackReply('Hiện chưa có danh sách đường dây nóng.');
    const shown = all.slice(0, 5);
    return {
      kind: 'answer',
      text: `Đường dây nóng:\n${shown.map((h) => `• ${hotlineLine(h)}${h.hours ? ` (${h.hours})` : ''}`).join('\n')}\nSố khẩn cấp: 113 công an, 114 cứu hỏa, 115 cấp cứu.`,
      procedures: [],
      actions: shown
        .slice(0, 2)
        .map((h) => ({ kind: 'call' as const, label: `Gọi ${h.number}`, target: `tel:${h.number.replace(/[^\d+]/g, '')}` })),
    };
  }

  private async feedbackReply(intent: Extract<Intent, { kind: 'feedback_status' }>, next: DialogueState): Promise<ChatReply> {
    const statusAction: ChatAction = { kind: 'status', label: 'Tra cứu phản ánh', target: FEEDBACK_STATUS_ROUTE };
    if (!intent.trackingCode) {
      return {
        kind: 'answer',
        text: 'Bạn cho tôi mã theo dõi phản ánh (dạng PA-2026-000123, có trong tin nhắn xác nhận khi gửi) để tôi tra cứu.',
        procedures: [],
        actions: [statusAction],
      };
    }
    if (!intent.last4) {
      next.awaitingLast4 = intent.trackingCode;
      return {
        kind: 'answer',
        text: `Để bảo vệ thông tin của bạn, hãy nhắn 4 số cuối của số điện thoại đã dùng khi gửi phản ánh ${intent.trackingCode}.`,
        procedures: [],
      };
    }
    const lookup = this.deps.feedbackLookup ? await this.deps.feedbackLookup(intent.trackingCode, intent.last4) : null;
    if (lookup === null) {
      return {
        kind: 'answer',
        text: `Tôi chưa tra cứu trực tiếp được. Bạn mở mục “Tra cứu phản ánh”, nhập mã ${intent.trackingCode} và 4 số cuối điện thoại để xem trạng thái và câu trả lời.`,
        procedures: [],
        actions: [statusAction],
      };
    }
    if (!lookup.found) {
      return {
        kind: 'answer',
        text: `Không tìm thấy phản ánh ${intent.trackingCode} với 4 số cuối điện thoại này. Bạn kiểm tra lại mã và số điện thoại đã dùng khi gửi.`,
        procedures: [],
        actions: [statusAction],
      };
    }
    const due = lookup.dueAt ? ` Hạn trả lời: ${formatDate(lookup.dueAt)}.` : '';
    const unit = lookup.unit ? ` Đơn vị xử lý: ${lookup.unit}.` : '';
    const answer = lookup.answer ? `\nTrả lời: ${lookup.answer.slice(0, 600)}` : '';
    return {
      kind: 'answer',
      text: `Phản ánh ${intent.trackingCode}: ${lookup.statusLabel}.${unit}${due}${answer}`,
      procedures: [],
      actions: [statusAction],
    };
  }

  private async outOfScopeReply(topic: string): Promise<ChatReply> {
    const rule = OUT_OF_SCOPE.find((r) => r.id === topic);
    const hotlines = await this.deps.hotlines();
    return {
      kind: 'fallback',
      text: limit(`${rule?.text ?? 'Việc này không thuộc các thủ tục xã giải quyết.'}\n${helpText(hotlines)}`),
      procedures: [],
      actions: helpActions(hotlines),
    };
  }

  private async fallbackReply(lead: string): Promise<ChatReply> {
    return this.fallbackSync(lead, await this.deps.hotlines());
  }

  private fallbackSync(lead: string, hotlines: Hotline[]): ChatReply {
    const help =
      helpHotlines(hotlines).length > 0
        ? helpText(hotlines)
        : 'Bạn có thể gửi phản ánh, kiến nghị qua mục “Gửi phản ánh” (biểu mẫu phản ánh).';
    return { kind: 'fallback', text: limit(`${lead}\n${help}`), procedures: [], actions: helpActions(hotlines) };
  }
}

const ask = (q: string): ChatAction => ({ kind: 'ask', label: q, target: q });

function procedureActions(p: ProcedureDetail): ChatAction[] {
  const actions: ChatAction[] = [{ kind: 'link', label: 'Xem chi tiết thủ tục', target: `/procedures/${p.code}` }];
  if (p.officialUrl) actions.push({ kind: 'link', label: 'Trang chính thức', target: p.officialUrl });
  return actions;
}

function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
}

/** Replies stay readable in a chat bubble (and under Zalo's 2000 characters). */
function limit(text: string, max = 1800): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
