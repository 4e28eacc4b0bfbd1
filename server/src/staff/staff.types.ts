// Staff accounts, sessions and audit events as stored. Dates are ISO strings.
import type { Role } from './capabilities.js';

export { ROLE_LABELS, ROLES, type Role } from './capabilities.js';

export interface StaffDoc {
  [k: string]: unknown;
  _id: string;
  /** Lower case, unique. */
  username: string;
  displayName: string;
  roles: Role[];
  /** Handling unit ids whose feedback a handler may see and act on. */
  units: string[];
  passwordHash: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  lastLoginAt: string | null;
}

export interface SessionDoc {
  [k: string]: unknown;
  /** sha256 of the cookie value: a stolen database does not yield usable cookies. */
  _id: string;
  staffId: string;
  createdAt: string;
  expiresAt: string;
}

export interface AuditDoc {
  [k: string]: unknown;
  _id: string;
  at: string;
  /** Staff id and username at the time (the account may be renamed later). */
  by: string;
  username: string;
  action: string;
  target: { type: string; id: string } | null;
  /** Non-personal details only: ids, statuses, counts. Never a citizen's data or free text. */
  data: Record<string, string | number | boolean | null>;
}

/** What a route knows about the signed-in staff member. */
export interface StaffPrincipal {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  units: string[];
}
