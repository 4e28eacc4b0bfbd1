// The assistant: a conversation in bubbles, quick replies as chips, links to procedure pages,
// and "Gửi phản ánh" / "Gọi tổng đài" always at hand. /chat?procedure=CODE starts focused on
// that procedure; /chat?q=… asks the question right away (from "Hỏi trợ lý" buttons).
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { helpHotline, useHotlines } from '@/api/get-hotlines.js';
import { CallLink } from '@/components/call-link.js';
import { Icon } from '@/components/icons.js';
import { PageLayout } from '@/components/page-layout.js';
import { procedureTitle } from '@/features/procedures/utils/labels.js';
import { cachedProcedure } from '@/features/procedures/utils/procedure-cache.js';
import { ApiError } from '@/lib/api-client.js';
import { CHAT_TEXT_MAX, sendChat } from '../api/send-chat.js';
import { type ChatEntry, ChatMessage } from './chat-message.js';
import './chat.css';

const WELCOME =
  'Xin chào! Bạn hỏi về thủ tục hành chính ở xã như khi nói chuyện, ví dụ: “vợ mới sinh, làm giấy khai sinh thế nào?”, “chứng thực bản sao phí bao nhiêu?”. Tôi trả lời từ dữ liệu thủ tục; điều gì chưa có thông tin, tôi sẽ nói rõ.';
/** "“Đăng ký khai sinh”" from the copy saved when the procedure page was opened; the code only when unknown. */
function procedureLabel(code: string): string {
  const saved = cachedProcedure(code)?.procedure;
  return saved ? `“${procedureTitle(saved)}”` : `mã ${code}`;
}

const STARTERS = ['Làm giấy khai sinh', 'Đăng ký tạm trú', 'Chứng thực bản sao', 'Số đường dây nóng'];

export function ChatPage() {
  const [params] = useSearchParams();
  const procedure = params.get('procedure')?.slice(0, 40) || undefined;
  const initialQuestion = params.get('q')?.slice(0, CHAT_TEXT_MAX) || undefined;
  const [entries, setEntries] = useState<ChatEntry[]>(() => [
    {
      id: 0,
      from: 'bot',
      text: procedure
        ? `${WELCOME}\nBạn đang hỏi về thủ tục ${procedureLabel(procedure)}: cứ hỏi “cần giấy tờ gì”, “lệ phí bao nhiêu”, “mất mấy ngày”.`
        : WELCOME,
    },
  ]);
  const [draft, setDraft] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<{ message: string; shown: string; sent: string } | null>(null);
  const conversation = useRef<string | undefined>(undefined);
  const focusSent = useRef(false);
  const nextId = useRef(1);
  const endRef = useRef<HTMLDivElement>(null);
  const hotlines = useHotlines();
  const hotline = hotlines.data ? helpHotline(hotlines.data.items) : null;

  const send = useCallback(
    async (shown: string, sent = shown, resend = false) => {
      const text = sent.trim();
      if (!text || sending) return;
      setError(null);
      setSending(true);
      // A resend keeps the bubble already shown.
      if (!resend) setEntries((xs) => [...xs, { id: nextId.current++, from: 'user', text: shown.trim() }]);
      try {
        const res = await sendChat({ conversationId: conversation.current, text, procedure: focusSent.current ? undefined : procedure });
        focusSent.current = true;
        conversation.current = res.conversationId;
        setEntries((xs) => [...xs, { id: nextId.current++, from: 'bot', text: res.reply.text, reply: res.reply }]);
      } catch (err) {
        setError({ message: err instanceof ApiError ? err.message : 'Không gửi được câu hỏi. Vui lòng thử lại.', shown, sent: text });
      } finally {
        setSending(false);
      }
    },
    [procedure, sending],
  );

  const asked = useRef(false);
  useEffect(() => {
    if (initialQuestion && !asked.current) {
      asked.current = true;
      void send(initialQuestion);
    }
  }, [initialQuestion, send]);

  // A new answer is shown from its first line (a long one would otherwise open at its end and an
  // older reader scrolls up to find which procedure it is about); anything else scrolls to the end.
  useEffect(() => {
    const last = entries.at(-1);
    if (last?.from === 'bot' && !sending && entries.length > 1) {
      document.querySelector(`[data-entry="${last.id}"]`)?.scrollIntoView?.({ block: 'start' });
      return;
    }
    endRef.current?.scrollIntoView?.({ block: 'end' });
  }, [entries, sending]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const text = draft;
    setDraft('');
    void send(text);
  };
  const lastBot = [...entries].reverse().find((x) => x.from === 'bot')?.id;

  return (
    <PageLayout title="Trợ lý hỏi đáp" tab dock={<Composer draft={draft} setDraft={setDraft} sending={sending} onSubmit={onSubmit} />}>
      <ol className="chat-log" aria-live="polite" aria-label="Hội thoại">
        {entries.map((entry) => (
          <ChatMessage key={entry.id} entry={entry} latest={entry.id === lastBot && !sending} onSend={(s, t) => void send(s, t)} />
        ))}
        {sending && (
          <li className="chat-row">
            <div className="chat-bubble chat-bubble-bot chat-typing">Đang trả lời…</div>
          </li>
        )}
      </ol>
      {entries.length === 1 && !sending && (
        <fieldset className="chat-chips">
          <legend className="visually-hidden">Gợi ý câu hỏi</legend>
          {STARTERS.map((s) => (
            <button key={s} type="button" className="chat-chip" onClick={() => void send(s)}>
              {s}
            </button>
          ))}
        </fieldset>
      )}
      {error && (
        <div className="notice notice-error chat-error" role="alert">
          <Icon name="alert" />
          <p>{error.message}</p>
          <button type="button" className="btn btn-secondary btn-small" onClick={() => void send(error.shown, error.sent, true)}>
            Gửi lại
          </button>
        </div>
      )}
      <div className="actions chat-help">
        <Link className="btn btn-secondary btn-small" to="/feedback/new">
          <Icon name="message" />
          <span>Gửi phản ánh</span>
        </Link>
        {hotline && (
          <CallLink number={hotline.number} className="btn btn-call btn-small">
            Gọi tổng đài
          </CallLink>
        )}
      </div>
      <div ref={endRef} className="chat-end" />
    </PageLayout>
  );
}

function Composer({
  draft,
  setDraft,
  sending,
  onSubmit,
}: {
  draft: string;
  setDraft: (s: string) => void;
  sending: boolean;
  onSubmit: (e: FormEvent) => void;
}) {
  return (
    <form className="chat-form" onSubmit={onSubmit}>
      <label className="visually-hidden" htmlFor="chat-input">
        Câu hỏi của bạn
      </label>
      <input
        id="chat-input"
        className="chat-input"
        value={draft}
        maxLength={CHAT_TEXT_MAX}
        placeholder="Nhập câu hỏi…"
        autoComplete="off"
        onChange={(e) => setDraft(e.target.value)}
      />
      <button type="submit" className="btn btn-primary" disabled={sending || draft.trim() === ''}>
        Gửi
      </button>
    </form>
  );
}
