// POST /api/chat: one message to the assistant, its reply back. Problem+json errors become
// ApiError with the server's Vietnamese detail (e.g. "Câu hỏi dài tối đa 1.000 ký tự").
import { apiRequest } from '@/lib/api-client.js';
import type { ChatRequest, ChatResponse } from '@/types/api.js';

export { CHAT_TEXT_MAX } from '@contract/constants.js';
export type { ChatAction, ChatReply, ChatResponse, ReplyKind } from '@/types/api.js';

const TROUBLE = 'Trợ lý đang gặp sự cố. Vui lòng thử lại sau ít phút.';

export const sendChat = (body: ChatRequest): Promise<ChatResponse> =>
  apiRequest<ChatResponse>('/chat', {
    method: 'POST',
    json: body,
    messages: { server: TROUBLE, notFound: TROUBLE, invalid: TROUBLE },
  });
