// The counter survey follows the five factors of SIPAS, the index of people's satisfaction with
// public administration services (Ministry of Home Affairs, Decision 2640/QĐ-BNV of 10/10/2017):
// access to the service, the administrative procedure, the civil servant handling the case, the
// result, and the handling of comments, feedback and petitions. The hints are our plain words.
export const CRITERIA = [
  { id: 'access', label: 'Tiếp cận dịch vụ', hint: 'Tìm đến nơi làm thủ tục, chỗ ngồi chờ, thông tin được niêm yết' },
  { id: 'procedure', label: 'Thủ tục hành chính', hint: 'Giấy tờ phải nộp, lệ phí, thời hạn đúng như niêm yết' },
  { id: 'staff', label: 'Công chức giải quyết công việc', hint: 'Thái độ, cách hướng dẫn của cán bộ tiếp nhận' },
  { id: 'result', label: 'Kết quả giải quyết', hint: 'Nhận kết quả đúng hẹn, đúng nội dung' },
  {
    id: 'feedback',
    label: 'Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị',
    hint: 'Nếu bạn đã góp ý, phản ánh: được tiếp nhận và trả lời thế nào',
  },
] as const;

export type CriterionId = (typeof CRITERIA)[number]['id'];
export const CRITERION_IDS = CRITERIA.map((c) => c.id) as [CriterionId, ...CriterionId[]];
/** Only this one may be left out ("Tôi chưa góp ý, phản ánh"). */
export const OPTIONAL_CRITERIA: ReadonlySet<CriterionId> = new Set(['feedback']);

export const SCALE = [
  { value: 1, label: 'Rất không hài lòng' },
  { value: 2, label: 'Không hài lòng' },
  { value: 3, label: 'Bình thường' },
  { value: 4, label: 'Hài lòng' },
  { value: 5, label: 'Rất hài lòng' },
] as const;

/** A score of 4 or 5 counts as satisfied, as in the SIPAS share of satisfied answers. */
export const SATISFIED_FROM = 4;
