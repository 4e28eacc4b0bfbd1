// POST /api/chat: one message to the assistant, its reply back. Problem+json errors become
// ApiError with the server's Vietnamese detail (e.g. "Câu hỏi dài tối đa 500 ký tự").
import { ApiError, apiUrl } from '@/lib/api-client.js';

/** decline = out of scope: no procedure, the right channel given. */
export type ReplyKind = 'answer' | 'clarify' | 'fallback' | 'decline';

export interface ChatAction {
  kind: 'call' | 'feedback' | 'link' | 'status' | 'ask';
  label: string;
  target: string;
}

export interface ChatReply {
  kind: ReplyKind;
  text: string;
  procedures: { code: string; name: string }[];
  options?: { label: string; code: string }[];
  actions?: ChatAction[];
  detail?: string | null;
  /** What a non-procedure answer is about (office_hours, hotline …). */
  topic?: string | null;
  /** Hotlines named; number null = an example or blank number, never dialled. */
  hotlines?: { id: string; name: string; topic: string; number: string | null; group: string }[];
}

export interface ChatResponse {
  conversationId: string;
  reply: ChatReply;
}

export const CHAT_TEXT_MAX = 500;
const TIMEOUT_MS = 15_000;

export async function sendChat(body: { conversationId?: string; text: string; procedure?: string }): Promise<ChatResponse> {
  let res: Response;
  try {
    res = await fetch(apiUrl('/chat'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    throw new ApiError('Không kết nối được máy chủ. Vui lòng kiểm tra mạng rồi thử lại.', 0, true);
  }
  if (!res.ok) {
    let detail = '';
    try {
      detail = ((await res.json()) as { detail?: string }).detail ?? '';
    } catch {
      // not problem+json
    }
    throw new ApiError(res.status >= 500 || !detail ? 'Trợ lý đang gặp sự cố. Vui lòng thử lại sau ít phút.' : detail, res.status, false);
  }
  return (await res.json()) as ChatResponse;
}
