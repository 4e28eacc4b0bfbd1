// The chatbot's contracts. Understanding is behind an interface so a language model can be
// plugged in later (same input, same Understanding out) without touching dialogue or answers.

/** Which detail of a procedure the citizen asks about. */
export type Detail = 'papers' | 'fee' | 'time' | 'where' | 'online' | 'who' | 'steps' | 'forms' | 'result' | 'conditions';

/** Questions answered from content rather than from one procedure. */
export type Topic =
  | 'greeting'
  | 'thanks'
  | 'goodbye'
  | 'office_hours'
  | 'office_address'
  | 'payment'
  | 'online_levels'
  | 'vneid'
  | 'dossier_tracking'
  | 'feedback_status'
  | 'feedback_new'
  | 'hotline'
  | 'faq';

/** What a hotline question is about: matched to the hotlines' `topic` in content. */
export type HotlineTopic = 'tre_em' | 'cuu_nan' | 'an_ninh' | 'chay_no' | 'cap_cuu' | 'dich_vu_cong' | 'cu_tru' | 'mot_cua' | 'phan_anh';

export type Intent =
  | { kind: 'greeting' }
  | { kind: 'thanks' }
  | { kind: 'goodbye' }
  | { kind: 'hotline'; topic: HotlineTopic | null }
  | { kind: 'feedback_new' }
  /** Office hours, address, paying fees online, what toàn trình means, VNeID, following a dossier. */
  | { kind: 'info'; topic: 'office_hours' | 'office_address' | 'payment' | 'online_levels' | 'vneid' | 'dossier_tracking' }
  /** Status of a feedback by tracking code; last4 when the citizen gave it. */
  | { kind: 'feedback_status'; trackingCode: string | null; last4: string | null; lost?: boolean }
  /** A question one FAQ entry answers (its id in content/faq.yaml). */
  | { kind: 'faq'; id: string }
  /** Something the commune does not handle here, with the right channel. */
  | { kind: 'out_of_scope'; topic: string }
  /** A story with several needs in order (a death: khai tử, cắt khẩu, mai táng phí). */
  | { kind: 'situation'; id: string; details: Detail[] }
  /** "cái thứ hai", "số 3": an index into the last options (0-based; -1 = last). */
  | { kind: 'choice'; index: number; details: Detail[] }
  /**
   * A procedure question. `query` is what to look up ("" = the procedure in focus); `terms` are
   * its folded topic words (what a matching procedure should mention); `details` are the asked
   * details in the order asked (empty = an overview).
   */
  | {
      kind: 'procedure';
      query: string;
      terms: string[];
      /** Each term as typed when typed with diacritics (then it must match with them), else null. */
      accentedTerms: (string | null)[];
      details: Detail[];
      correction: boolean;
      /** The message says the procedure in focus is not the one asked about ("ko phải bản sao"). */
      denied?: boolean;
      /** The citizen wants to do something ("xin", "làm", "đăng ký"), not only names a topic. */
      action: boolean;
      /** "quay lại …": prefer a procedure answered earlier in the conversation. */
      back?: boolean;
      /** An age the message states ("con 10 tuổi"), to pick between age-bound procedures. */
      age?: number | null;
      /** "còn … thì sao": the message moves to another topic than the one in focus. */
      shift?: boolean;
      /** Only the words of the everyday situations found (and "mất"/"lại"), for a second look-up. */
      situationTerms?: string[];
      situationQuery?: string;
      /** "có cần mang … không": a document asked about, for the procedure in focus. */
      asksDocument?: boolean;
      /** For a child, no age said: age-bound procedures are offered, not assumed. */
      child?: boolean;
      /** A document named alone ("giấy khai sinh"): which of its procedures is asked. */
      documentOnly?: boolean;
    }
  | { kind: 'unknown' };

export interface Understanding {
  intent: Intent;
  /** The normalized text (folded, abbreviations expanded), for logs-free debugging and tests. */
  normalized: string;
}

export interface DialogueState {
  /** Procedure the conversation is about. */
  focus: string | null;
  /** The citizen chose the focus (asked from the procedure's own page), so answers about it are never doubted. */
  focusChosen?: boolean;
  /** Options offered in the last clarify reply, in order. */
  options: { label: string; code: string }[];
  /** The details asked when we had to clarify, answered once the citizen picks. */
  pendingDetails: Detail[];
  /** The details of the last answer, reused by a correction ("không, ý tôi là …"). */
  lastDetails: Detail[];
  /** Waiting for the last 4 phone digits of this tracking code. */
  awaitingLast4: string | null;
  /** Procedures answered in this conversation, most recent last (for "quay lại …"). */
  history?: string[];
  /** Feedback lookups tried in this conversation (bounded: the last-4 proof is guessable). */
  lookups?: number;
  /** The message we asked which about, while its options are open (read with the reply). */
  asked?: string;
  /** A foreign side said (or denied) earlier in this conversation, for the civil-status twin step. */
  foreign?: 'said' | 'denied';
  /** The topic the last reply answered ("vneid" …), for a follow-up on it that names nothing ("k nhớ mk luôn"). */
  lastTopic?: ChatReply['topic'];
  /**
   * Someone said they want to die, or a life is at risk, and was given the emergency line: a later
   * turn nothing else answers ("e dang dung tren cau roi") gets that line again, not "outside my scope".
   */
  atRisk?: boolean;
  /**
   * A danger happening now was given its line ("chồng tôi đang cầm dao ngoài cửa" → 113): a later turn
   * nothing else answers ("tôi đang trốn trong nhà vệ sinh") gets that line again, not "outside my scope".
   */
  crisis?: string;
  /**
   * The last reply was on the commune's business (a procedure, a topic, a question back, "not known"), not
   * declined: a later turn the models alone decline is not declined (round 45's tryouts).
   */
  inScope?: boolean;
  /**
   * The "not known" FAQ the last reply gave (an out-of-scope rule's, e.g. the social allowance): a short follow-up
   * nothing else answers ("làm hồ sơ ở đâu ạ", "bác không có lương hưu") gets it again (round 51's tryouts).
   */
  lastFaq?: string;
  /** A child under six said earlier in this conversation (the State pays that child's health insurance card). */
  underSix?: boolean;
  updatedAt: number;
}

export interface UnderstandContext {
  state: DialogueState;
  /** The name of the procedure in focus, when there is one. */
  focusName?: string;
  /**
   * Read the procedure words only: the office, paying, VNeID and dossier cues set aside (a filed
   * dossier's own procedure, "hồ sơ kết hôn nộp 5 hôm rồi chưa có").
   */
  topicsAside?: boolean;
}

/** Turns one message into an Intent. The rule-based one ships; a model-backed one can replace it. */
export interface Understander {
  understand(text: string, ctx: UnderstandContext): Understanding | Promise<Understanding>;
}

/** decline = out of scope (opinions, shopping, private disputes …): no procedure, a channel given. */
export type ReplyKind = 'answer' | 'clarify' | 'fallback' | 'decline';

export interface ChatAction {
  /** ask = a suggested follow-up question (target is the text to send). */
  kind: 'call' | 'feedback' | 'link' | 'status' | 'ask';
  label: string;
  /** tel: number, app route (/feedback/new, /procedures/CODE), https URL, or the question to send. */
  target: string;
}

export interface ChatReply {
  kind: ReplyKind;
  text: string;
  procedures: { code: string; name: string }[];
  options?: { label: string; code: string }[];
  actions?: ChatAction[];
  /** The detail the answer states, when it is about one procedure detail. */
  detail?: Detail | null;
  /** What a non-procedure answer is about (office hours, hotline …). */
  topic?: Topic | null;
  /** Hotlines the reply names, first = the one for the question; example numbers have number null. */
  hotlines?: ReplyHotline[];
}

export interface ReplyHotline {
  id: string;
  name: string;
  topic: string;
  /** null while the content still holds an example (or blank) number: never dialled. */
  number: string | null;
  group: string;
}
