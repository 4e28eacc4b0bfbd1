// The staff console's API contract: types inferred from the staff routes' schemas (nothing written
// by hand). The console imports these with `import type` only. Separate from ./index.ts so the
// mini app's typecheck does not walk the staff modules.
import type { z } from 'zod';
import type { handlingUnitSchema, holidayYearSchema, routingSchema } from '../content/schemas.js';
import type { Summary } from '../reports/summary.js';
import type { publishPreviewResponse } from '../staff/actions.js';
import type { detailResponse } from '../staff/detail.js';
import type { countsResponse, inboxQuery, inboxResponse } from '../staff/inbox.js';
import type { loginResponse, me } from '../staff/routes/auth.routes.js';
import type { meta as contentMeta, KINDS } from '../staff/routes/content.routes.js';
import type { actionResponse, staffUnitsResponse } from '../staff/routes/feedback.routes.js';
import type { auditItem, meta as settingsMeta } from '../staff/routes/settings.routes.js';
import type { createStaffBody, staffView, updateStaffBody } from '../staff/staff-accounts.js';
import type { gapsResponse } from './schemas.js';

type Out<S extends z.ZodType> = z.output<S>;
type In<S extends z.ZodType> = z.input<S>;
type Meta<M extends Record<string, z.ZodType>> = { [K in keyof M]: Out<M[K]> };

export type StaffMe = Out<typeof me>;
export type StaffLogin = Out<typeof loginResponse>;
export type StaffUnits = Out<typeof staffUnitsResponse>;

// ---- Feedback handling
export type InboxQuery = In<typeof inboxQuery>;
export type InboxResponse = Out<typeof inboxResponse>;
export type InboxItem = InboxResponse['items'][number];
export type InboxCounts = Out<typeof countsResponse>;
export type FeedbackDetail = Out<typeof detailResponse>;
export type FeedbackAction = FeedbackDetail['actions'][number];
export type ActionResult = Out<typeof actionResponse>;
export type PublishPreview = Out<typeof publishPreviewResponse>;

// ---- Content editors: each kind's record as listed, with where it came from
export type ContentKind = keyof typeof KINDS;
export type ContentMeta = Meta<typeof contentMeta>;
export type ContentRecord<K extends ContentKind> = Out<(typeof KINDS)[K]['schema']> & ContentMeta;

// ---- Settings
export type SettingsMeta = Meta<typeof settingsMeta>;
export type HandlingUnit = Out<typeof handlingUnitSchema> & SettingsMeta;
export type Channel = HandlingUnit['channels'][number];
export type Routing = Out<typeof routingSchema>;
export type RoutingRule = Routing['rules'][number];
export type HolidayYear = Out<typeof holidayYearSchema> & SettingsMeta;
export type StaffAccount = Out<typeof staffView>;
export type CreateStaffRequest = In<typeof createStaffBody>;
export type UpdateStaffRequest = In<typeof updateStaffBody>;
export type AuditItem = Out<typeof auditItem>;

// ---- Reports
export type ReportSummary = Summary;
export type ReportGaps = Out<typeof gapsResponse>;
