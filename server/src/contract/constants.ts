// Values the clients share with the server, zod-free so a client bundle may import them: the
// consent text and its version (the mini app shows it when offline), the names of statuses and
// kinds, the staff roles and what each may do (the console hides what the server would refuse).
export { CHAT_TEXT_MAX } from '../chat/limits.js';
export { CONSENT_PURPOSE } from '../feedback/consent.js';
export { KIND_LABELS } from '../feedback/kinds.js';
export { STATUSES } from '../feedback/statuses.js';
export {
  CAPABILITIES,
  type Capability,
  can,
  ROLE_CAPABILITIES,
  ROLE_LABELS,
  ROLE_SHORT_LABELS,
  ROLES,
  type Role,
} from '../staff/capabilities.js';
