// Who may do what: one table from role to capability, read by the server's permission checks
// (requireStaff, access.ts) and by the staff console (which hides what the server would refuse).
// Zod-free and node-free so the console bundles it. Admins hold every capability.
export const ROLES = ['admin', 'handler', 'editor', 'leader'] as const;
export type Role = (typeof ROLES)[number];

/** What an account is called in the settings (role checkboxes) and in the staff list. */
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  handler: 'Cán bộ xử lý phản ánh',
  editor: 'Biên tập nội dung',
  /** Read-only: reports and printable material, never a citizen's data. */
  leader: 'Lãnh đạo (xem báo cáo, không xem dữ liệu cá nhân)',
};

/** The short form next to the signed-in name. */
export const ROLE_SHORT_LABELS: Record<Role, string> = {
  admin: 'Quản trị',
  handler: 'Cán bộ xử lý',
  editor: 'Biên tập',
  leader: 'Lãnh đạo',
};

export const CAPABILITIES = [
  /** Inbox, detail and every action on the feedback of one's own units. */
  'feedback.handle',
  /** Every unit's feedback, not only one's own. */
  'feedback.allUnits',
  /** Hotlines, news, guides, FAQ, answer templates. */
  'content.edit',
  /** Read the answer templates (to answer with them). */
  'templates.read',
  /** The period's figures, exports and the printable report. */
  'reports.figures',
  /** Questions people asked that the product could not answer. */
  'reports.gaps',
  /** Posters and leaflets with the QR code. */
  'print',
  /** Units, routing, holidays, staff accounts, the audit log. */
  'settings',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

export const ROLE_CAPABILITIES: Record<Role, readonly Capability[]> = {
  admin: CAPABILITIES,
  handler: ['feedback.handle', 'templates.read'],
  editor: ['content.edit', 'templates.read', 'reports.gaps', 'print'],
  leader: ['reports.figures', 'reports.gaps', 'print'],
};

/** Whether someone with these roles may do this. */
export const can = (roles: readonly Role[], capability: Capability): boolean =>
  roles.some((r) => ROLE_CAPABILITIES[r]?.includes(capability));
