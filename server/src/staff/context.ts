// Everything the staff routes work with, built once per app (see staff/staff.plugin.ts).
import type { calendarRepository } from '../calendar/calendar.repository.js';
import type { Config } from '../config.js';
import type { ContentRepository } from '../content/content.repository.js';
import type { FeedbackRepository } from '../feedback/feedback.repository.js';
import type { FeedbackService } from '../feedback/feedback.service.js';
import type { Outbox } from '../outbox/outbox.js';
import type { Store } from '../store/port.js';
import type { AuditLog } from './audit.js';
import type { LoginLimiter } from './login-limit.js';
import type { StaffRepository } from './staff.repository.js';

export interface StaffContext {
  store: Store;
  config: Config;
  staff: StaffRepository;
  audit: AuditLog;
  feedback: FeedbackRepository;
  service: FeedbackService;
  outbox: Outbox;
  calendar: ReturnType<typeof calendarRepository>;
  limiter: LoginLimiter;
  content: ContentRepository;
  /** Name of a procedure in the current catalog, or null. */
  procedureName(code: string): string | null;
  /** Reads a stored photo (null when gone, e.g. erased with the personal data). */
  readPhoto(id: string): Promise<{ data: Buffer; type: string } | null>;
  now: () => Date;
}
