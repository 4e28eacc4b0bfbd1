// One list of indicators (key, group, Vietnamese label, value) behind the CSV, the XLSX and the
// printed report, so the three always show the same figures as the JSON summary.
import type { Breakdown, Summary } from './summary.js';

export interface Indicator {
  /** Path in the JSON summary, e.g. "feedback.answeredOnTime". */
  key: string;
  group: string;
  label: string;
  value: number | null;
  /** How to show the value: a count, a share (0–1, shown as %), a mean. */
  unit: 'count' | 'share' | 'mean';
}

const FB = 'Phản ánh, kiến nghị';
const SAT = 'Khảo sát mức độ hài lòng tại bộ phận một cửa';
const USE = 'Lượt tiếp cận trên Zalo (mini app, trợ lý hỏi đáp)';
const PUB = 'Nội dung đã đăng tải';

export function indicators(s: Summary): Indicator[] {
  const f = s.feedback;
  const u = s.usage;
  const c = s.content;
  const row = (key: string, group: string, label: string, value: number | null, unit: Indicator['unit'] = 'count'): Indicator => ({
    key,
    group,
    label,
    value,
    unit,
  });
  return [
    row('content.curatedProcedures', PUB, 'Thủ tục hành chính có hướng dẫn dễ hiểu', c.curatedProcedures),
    row('content.procedures', PUB, 'Thủ tục hành chính tra cứu được', c.procedures),
    row('content.guides', PUB, 'Hướng dẫn dịch vụ công trực tuyến', c.guides),
    row('content.newsInPeriod', PUB, 'Tin tức đăng trong kỳ', c.newsInPeriod),
    row('content.faq', PUB, 'Câu hỏi thường gặp', c.faq),
    row('content.hotlines', PUB, 'Số đường dây nóng công khai', c.hotlines),
    row('usage.appOpens', USE, 'Lượt mở mini app', u.appOpens),
    row('usage.procedureViews', USE, 'Lượt xem thủ tục', u.procedureViews),
    row('usage.searches', USE, 'Lượt tìm kiếm thủ tục', u.searches),
    row('usage.searchesZero', USE, 'Lượt tìm kiếm không có kết quả', u.searchesZero),
    row('usage.chatTurns', USE, 'Lượt hỏi trợ lý', u.chatTurns),
    row('usage.chatAnswers', USE, 'Lượt trợ lý trả lời được', u.chatAnswers),
    row('usage.chatClarify', USE, 'Lượt trợ lý hỏi lại (nhiều thủ tục cùng khớp)', u.chatClarify),
    row('usage.chatFallbacks', USE, 'Lượt trợ lý chưa trả lời được (chuyển tổng đài, từ chối)', u.chatFallbacks),
    row('usage.hotlineTaps', USE, 'Lượt bấm gọi đường dây nóng', u.hotlineTaps),
    row('usage.guideViews', USE, 'Lượt xem hướng dẫn', u.guideViews),
    row('usage.newsViews', USE, 'Lượt xem tin tức', u.newsViews),
    row('feedback.received', FB, 'Số phản ánh, kiến nghị tiếp nhận', f.received),
    row('feedback.answered', FB, 'Đã trả lời', f.answered),
    row('feedback.answeredOnTime', FB, 'Trả lời đúng hạn', f.answeredOnTime),
    row('feedback.answeredLate', FB, 'Trả lời quá hạn', f.answeredLate),
    row('feedback.onTimeShare', FB, 'Tỷ lệ trả lời đúng hạn', f.onTimeShare, 'share'),
    row('feedback.open', FB, 'Đang xử lý', f.open),
    row('feedback.overdueOpen', FB, 'Đang xử lý đã quá hạn', f.overdueOpen),
    row('feedback.closedWithoutAnswer', FB, 'Không tiếp nhận hoặc trùng', f.closedWithoutAnswer),
    row('feedback.avgWorkingDaysToAnswer', FB, 'Số ngày làm việc trung bình để trả lời', f.avgWorkingDaysToAnswer, 'mean'),
    row('feedback.rated', FB, 'Số lượt người dân đánh giá câu trả lời', f.rated),
    row('feedback.ratingAverage', FB, 'Điểm đánh giá trung bình (1–5 sao)', f.ratingAverage, 'mean'),
    row('feedback.solvedShare', FB, 'Tỷ lệ người đánh giá cho biết đã được giải quyết', f.solvedShare, 'share'),
    row('feedback.publishedAnswers', FB, 'Câu trả lời đã công khai', f.publishedAnswers),
    row('satisfaction.responses', SAT, 'Số phiếu khảo sát', s.satisfaction.responses),
    row('satisfaction.average', SAT, 'Điểm hài lòng trung bình (1–5)', s.satisfaction.average, 'mean'),
    row('satisfaction.satisfiedShare', SAT, 'Tỷ lệ câu trả lời hài lòng, rất hài lòng', s.satisfaction.satisfiedShare, 'share'),
    ...s.satisfaction.criteria.map((c) => row(`satisfaction.criteria.${c.id}`, SAT, `Điểm trung bình — ${c.label}`, c.average, 'mean')),
  ];
}

/** The breakdown tables, titled. */
export function breakdowns(s: Summary): { title: string; rows: Breakdown[] }[] {
  return [
    { title: 'Phản ánh, kiến nghị theo loại', rows: s.feedback.byKind },
    { title: 'Phản ánh, kiến nghị theo lĩnh vực', rows: s.feedback.byField },
    { title: 'Phản ánh, kiến nghị theo đơn vị xử lý', rows: s.feedback.byUnit },
    { title: 'Phản ánh, kiến nghị theo kênh gửi', rows: s.feedback.byChannel },
  ];
}

const nf = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
/** Vietnamese display: "1.234", "87 %", "4,25"; "—" for no data. */
export function formatValue(i: Pick<Indicator, 'value' | 'unit'>): string {
  if (i.value === null) return '—';
  if (i.unit === 'share') return `${nf.format(Math.round(i.value * 1000) / 10)} %`;
  return nf.format(i.value);
}
