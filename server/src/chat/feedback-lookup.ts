// What the chatbot needs to tell a citizen the status of a feedback by tracking code. The feedback
// module answers it through its service (feedback/chat-lookup.ts), so the chat never reads feedback
// records directly and makes no HTTP call to its own server. Phone digits are never logged.

export type FeedbackStatus =
  | { found: true; statusLabel: string; dueAt: string | null; unit: string | null; answer: string | null }
  | { found: false };

/** null = the feedback service is not available here. */
export type FeedbackLookup = (trackingCode: string, last4: string, conversationId: string) => Promise<FeedbackStatus | null>;
