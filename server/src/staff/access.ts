// Who may see which feedback (capabilities.ts): admins all; handlers only the feedback of their
// units; editors and leaders none. Another unit's feedback answers 404, exactly like a code that does not exist, so its
// existence is not revealed.
import type { FeedbackDoc } from '../feedback/feedback.types.js';
import { notFound } from '../lib/errors.js';
import { can } from './capabilities.js';
import type { StaffContext } from './context.js';
import type { StaffPrincipal } from './staff.types.js';

export const canSeeFeedback = (s: StaffPrincipal, unitId: string) =>
  can(s.roles, 'feedback.allUnits') || (can(s.roles, 'feedback.handle') && s.units.includes(unitId));

/** Store filter limiting a query to what this staff member may see. */
export const scopeFilter = (s: StaffPrincipal): Record<string, unknown> =>
  can(s.roles, 'feedback.allUnits') ? {} : { unitId: { $in: can(s.roles, 'feedback.handle') ? s.units : [] } };

export const feedbackNotVisible = (code: string) => notFound(`Không tìm thấy phản ánh ${code} trong các đơn vị bạn phụ trách.`);

export async function feedbackFor(ctx: StaffContext, s: StaffPrincipal, code: string): Promise<FeedbackDoc> {
  const fb = await ctx.feedback.byTrackingCode(code.trim().toUpperCase());
  if (!fb || !canSeeFeedback(s, fb.unitId)) throw feedbackNotVisible(code);
  return fb;
}
