import type { ChatReply } from '../../../server/src/chat/types.js';

/** Anything that answers one turn of a conversation (the chat service). */
interface TurnHandler {
  handle(id: string | undefined, text: string): Promise<{ conversationId: string; reply: ChatReply }>;
}

/** A whole conversation, one message after another in the same conversation; returns every reply. */
export async function converse(chat: TurnHandler, ...texts: string[]): Promise<ChatReply[]> {
  let id: string | undefined;
  const out: ChatReply[] = [];
  for (const text of texts) {
    const r = await chat.handle(id, text);
    id = r.conversationId;
    out.push(r.reply);
  }
  return out;
}
