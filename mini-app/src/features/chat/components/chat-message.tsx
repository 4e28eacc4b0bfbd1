// One bubble. The assistant's bubbles carry links to procedure pages, numbered choices and
// follow-up questions as chips, and call / feedback buttons when it could not answer.
import { Link } from 'react-router-dom';
import { CallLink, ExternalLink } from '@/components/call-link.js';
import { Icon } from '@/components/icons.js';
import type { ChatReply } from '../api/send-chat.js';

export interface ChatEntry {
  id: number;
  from: 'user' | 'bot';
  text: string;
  reply?: ChatReply;
}

export function ChatMessage({
  entry,
  onSend,
  latest,
}: {
  entry: ChatEntry;
  onSend: (shown: string, sent?: string) => void;
  latest: boolean;
}) {
  if (entry.from === 'user') {
    return (
      <li className="chat-row chat-row-user" data-entry={entry.id}>
        <div className="chat-bubble chat-bubble-user">{entry.text}</div>
      </li>
    );
  }
  const reply = entry.reply;
  const asks = reply?.actions?.filter((a) => a.kind === 'ask') ?? [];
  const others = reply?.actions?.filter((a) => a.kind !== 'ask') ?? [];
  return (
    <li className="chat-row" data-entry={entry.id}>
      <div
        className={`chat-bubble chat-bubble-bot${reply?.kind === 'fallback' || reply?.kind === 'decline' ? ' chat-bubble-fallback' : ''}`}
      >
        <p className="chat-text">{entry.text}</p>
        {reply && reply.kind === 'answer' && reply.procedures.length > 0 && (
          <div className="chat-links">
            {reply.procedures.map((p) => (
              <Link key={p.code} className="chat-link" to={`/procedures/${encodeURIComponent(p.code)}`}>
                <Icon name="file" />
                <span>
                  {reply.procedures.length > 1 ? (
                    p.name
                  ) : (
                    <>
                      Xem trang thủ tục<span className="visually-hidden">: {p.name}</span>
                    </>
                  )}
                </span>
              </Link>
            ))}
          </div>
        )}
        {others.length > 0 && (
          <div className="chat-actions">
            {others.map((a) => {
              if (a.kind === 'call')
                return (
                  <CallLink key={a.target} number={a.target.replace(/^tel:/, '')} className="btn btn-call btn-small">
                    {a.label}
                  </CallLink>
                );
              if (a.kind === 'feedback' || a.kind === 'status' || (a.kind === 'link' && a.target.startsWith('/'))) {
                if (a.kind === 'link' && a.target.startsWith('/procedures/')) return null;
                return (
                  <Link key={a.target} className="btn btn-secondary btn-small" to={a.target}>
                    {a.kind === 'feedback' && <Icon name="message" />}
                    <span>{a.label}</span>
                  </Link>
                );
              }
              return (
                <ExternalLink key={a.target} href={a.target} className="btn btn-link btn-small">
                  {a.label}
                </ExternalLink>
              );
            })}
          </div>
        )}
      </div>
      {latest && reply?.options && reply.options.length > 0 && (
        <fieldset className="chat-chips">
          <legend className="visually-hidden">Chọn thủ tục</legend>
          {reply.options.map((o, i) => (
            <button key={o.code} type="button" className="chat-chip" onClick={() => onSend(o.label, `số ${i + 1}`)}>
              {i + 1}. {o.label.length > 90 ? `${o.label.slice(0, 88)}…` : o.label}
            </button>
          ))}
        </fieldset>
      )}
      {latest && asks.length > 0 && (
        <fieldset className="chat-chips">
          <legend className="visually-hidden">Hỏi tiếp</legend>
          {asks.map((a) => (
            <button key={a.target} type="button" className="chat-chip" onClick={() => onSend(a.target)}>
              {a.label}
            </button>
          ))}
        </fieldset>
      )}
    </li>
  );
}
