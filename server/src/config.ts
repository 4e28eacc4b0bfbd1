// Configuration: one schema, parsed once at boot; a bad value fails with the whole list.
import path from 'node:path';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');
const csv = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Public base URL, used in links sent to citizens and staff (e-mails, Zalo messages). */
  PUBLIC_URL: z.url().optional(),
  /** Link that opens the mini app inside Zalo (e.g. https://zalo.me/s/<APP_ID>/), printed as a QR code on posters; default PUBLIC_URL/app/. */
  ZALO_MINI_APP_URL: z.url().optional(),
  /** The Official Account's page (e.g. https://zalo.me/<OA_ID>), printed as a second QR code on posters. */
  ZALO_OA_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, 'phải bắt đầu bằng mongodb:// hoặc mongodb+srv://')
    .optional(),
  MONGODB_DB: z.string().min(1).default('cchc'),
  CONTENT_DIR: z.string().min(1).default(path.join(repoRoot, 'content')),
  /** National procedure records imported at start when the store has none yet; "" turns it off. */
  NATIONAL_TTHC_FILE: z.string().default(path.join(repoRoot, '..', 'shared', 'data', 'national-tthc', 'procedures.jsonl.gz')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Extra allowed CORS origins; https://h5.zdn.vn (Zalo Mini App) is always allowed. */
  CORS_ORIGINS: csv.default([]),
  TRUST_PROXY: bool.default(false),
  RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_WINDOW: z.string().default('1 minute'),
  /** Watch content/ and reload on change (on by default in development). */
  CONTENT_WATCH: bool.optional(),
  /** Remember recent search answers (off only to measure the index itself). */
  SEARCH_CACHE: bool.default(true),
  MINI_APP_DIR: z.string().default(path.join(repoRoot, 'mini-app', 'www')),
  /** The staff console's build (npm run build:console), served at /console/. */
  CONSOLE_DIR: z.string().default(path.join(repoRoot, 'console', 'www')),
  /** A whole request (headers and body) must arrive within this time; 0 would turn it off. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(120_000),
  /** A socket that sends nothing for this long is closed. */
  CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  // ── Feedback intake and delivery (server/src/feedback, server/src/outbox) ──
  /** SMTP server for the e-mail channel, e.g. smtp://user:pass@mail.example.vn:587 ; unset = e-mail deliveries wait and retry. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'phải bắt đầu bằng smtp:// hoặc smtps://')
    .optional(),
  SMTP_FROM: z.string().min(3).default('Phản ánh, kiến nghị CCHC <no-reply@cchc.invalid>'),
  /** Months after a feedback is closed before the sender's personal data is anonymised. */
  FEEDBACK_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  /** Per-IP and per-phone limits on POST /api/feedback (per 10 minutes and per hour). */
  FEEDBACK_RATE_IP_MAX: z.coerce.number().int().min(1).default(20),
  FEEDBACK_RATE_PHONE_MAX: z.coerce.number().int().min(1).default(5),
  /** Anti-bot: a form filled faster than this is refused. */
  FEEDBACK_MIN_FILL_MS: z.coerce.number().int().min(0).default(3000),
  /** Photos not yet attached to a feedback: at most this many MB per address, and in total. */
  UPLOAD_PENDING_MB_PER_IP: z.coerce.number().min(1).default(30),
  UPLOAD_PENDING_MB_TOTAL: z.coerce.number().min(1).default(2000),
  /** Uploads stop (503) while the disk holding DATA_DIR has less free space than this. */
  UPLOAD_MIN_FREE_MB: z.coerce.number().min(0).default(1024),
  /** Photos never attached to a feedback are removed after this many hours. */
  UPLOAD_ORPHAN_HOURS: z.coerce.number().min(0.1).max(48).default(6),
  OUTBOX_ENABLED: bool.default(true),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).default(1000),
  /** A claimed delivery not finished within this time is taken again (crashed instance). */
  OUTBOX_LEASE_MS: z.coerce.number().int().min(100).default(60_000),
  OUTBOX_RETRY_BASE_MS: z.coerce.number().int().min(1).default(5000),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  /** Sends in flight per channel type, and per handling unit and channel type. */
  OUTBOX_PER_CHANNEL: z.coerce.number().int().min(1).max(100).default(8),
  OUTBOX_PER_UNIT: z.coerce.number().int().min(1).max(20).default(2),
  /** Timeout of one send (SMTP, webhook, Zalo); keep it well below OUTBOX_LEASE_MS. */
  OUTBOX_SEND_TIMEOUT_MS: z.coerce.number().int().min(100).default(20_000),
  /** Webhooks may target loopback/private addresses (testing, a receiver in the same network). */
  WEBHOOK_ALLOW_PRIVATE: bool.default(false),
  ZALO_OA_API_BASE: z.url().default('https://openapi.zalo.me'),
  // ── Chatbot and Zalo OA webhook (server/src/chat, server/src/zalo) ──
  /** Chat messages per client per minute. */
  CHAT_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(60),
  /**
   * Build the chat's learned models when the server starts (the default), so the first question is
   * not the one that waits for them (about 10 s on a slow machine). The tests turn it off: most of
   * them never chat, and a model is then built at its first question instead.
   */
  CHAT_MODELS_AT_START: bool.default(true),
  /** Conversation memory (per process) forgets a conversation after this many idle minutes. */
  CHAT_CONVERSATION_TTL_MINUTES: z.coerce
    .number()
    .min(1)
    .max(24 * 60)
    .default(30),
  ZALO_OAUTH_BASE: z.url().default('https://oauth.zaloapp.com'),
  /** Zalo Graph API: the server exchanges the mini app's phone token here (GET /v2.0/me/info). */
  ZALO_GRAPH_BASE: z.url().default('https://graph.zalo.me'),
  /** POST /api/zalo/phone requests per client per minute. */
  ZALO_PHONE_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(10),
  ZALO_APP_ID: z.string().min(1).optional(),
  /** OA secret key: checks the X-ZEvent-Signature of webhook events. */
  ZALO_OA_SECRET_KEY: z.string().min(1).optional(),
  /** App secret: sent as secret_key when refreshing the OA access token. */
  ZALO_APP_SECRET: z.string().min(1).optional(),
  /** First refresh token; afterwards the rotated one lives in the store (it works only once). */
  ZALO_OA_REFRESH_TOKEN: z.string().min(1).optional(),
  ZALO_WEBHOOK_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(1200),
  /** Static OA access token, used only while no refreshed one is stored (set ZALO_APP_ID/SECRET + ZALO_OA_REFRESH_TOKEN to refresh). */
  ZALO_OA_ACCESS_TOKEN: z.string().min(1).optional(),
  // ── Staff console (server/src/staff, /api/staff, /console/) ──
  /** How long a console sign-in lasts. */
  STAFF_SESSION_HOURS: z.coerce.number().min(0.25).max(72).default(8),
  /** Failed console sign-ins allowed per IP and per username within the window. */
  STAFF_LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  STAFF_LOGIN_MAX_PER_IP: z.coerce.number().int().min(1).default(20),
  STAFF_LOGIN_MAX_PER_USER: z.coerce.number().int().min(1).default(5),
  /** Open311 GeoReport v2 clients allowed to POST requests: "client:key,client2:key2". */
  OPEN311_API_KEYS: z
    .string()
    .regex(/^([A-Za-z0-9._-]+:[^,:\s]{16,})(,[A-Za-z0-9._-]+:[^,:\s]{16,})*$/, 'dạng "client:key,client2:key2" (khóa dài ít nhất 16 ký tự)')
    .optional(),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cấu hình không hợp lệ:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env, overrides: Partial<Config> = {}): Config {
  // Empty strings mean "not set", as in most deployment tools.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([k, v]) => v !== '' || k === 'NATIONAL_TTHC_FILE'));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return { ...parsed.data, ...overrides };
}
