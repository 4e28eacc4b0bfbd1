// Who may see which feedback: admins all; handlers only the feedback of their units; editors
// none. Another unit's feedback answers 404, exactly like a code that does not exist, so its
// existence is not revealed.
import type { FeedbackDoc } from '../feedback/feedback.types.js';
import { notFound } from '../lib/errors.js';
import type { StaffContext } from './context.js';
import { isAdmin, type StaffPrincipal } from './staff.types.js';

export const canSeeFeedback = (s: StaffPrincipal, unitId: string) =>
  isAdmin(s) || (s.roles.includes('handler') && s.units.includes(unitId));

/** Store filter limiting a query to what this staff member may see. */
export const scopeFilter = (s: StaffPrincipal): Record<string, unknown> =>
  isAdmin(s) ? {} : { unitId: { $in: s.roles.includes('handler') ? s.units : [] } };

export const feedbackNotVisible = (code: string) => notFound(`Không tìm thấy phản ánh ${code} trong các đơn vị bạn phụ trách.`);

export async function feedbackFor(ctx: StaffContext, s: StaffPrincipal, code: string): Promise<FeedbackDoc> {
  const fb = await ctx.feedback.byTrackingCode(code.trim().toUpperCase());
  if (!fb || !canSeeFeedback(s, fb.unitId)) throw feedbackNotVisible(code);
  return fb;
}
