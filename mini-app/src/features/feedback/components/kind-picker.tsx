// The three kinds, each with one plain sentence, as big radio cards.
import type { FeedbackKind } from '../api/types.js';
import { FieldError } from './text-field.js';

export const KINDS: { value: FeedbackKind; label: string; explain: string }[] = [
  {
    value: 'phan_anh',
    label: 'Phản ánh',
    explain: 'Báo một việc chưa đúng, chưa hợp lý khi làm thủ tục hoặc trong quy định (ví dụ: bị đòi thêm giấy tờ).',
  },
  { value: 'kien_nghi', label: 'Kiến nghị', explain: 'Đề xuất sửa đổi, cải thiện quy định hoặc cách giải quyết thủ tục.' },
  { value: 'hoi_dap', label: 'Hỏi đáp', explain: 'Hỏi cách làm thủ tục, giấy tờ cần có, lệ phí, thời hạn.' },
];

export const kindLabel = (k: FeedbackKind) => KINDS.find((x) => x.value === k)?.label ?? k;

export function KindPicker({ value, onChange, error }: { value: FeedbackKind | ''; onChange: (k: FeedbackKind) => void; error?: string }) {
  return (
    <fieldset
      className={`fb-field fb-kinds${error ? ' has-error' : ''}`}
      id="fb-kind"
      aria-describedby={error ? 'fb-kind-error' : undefined}
    >
      <legend className="fb-label">
        Bạn muốn gửi gì?<span className="fb-required"> (bắt buộc)</span>
      </legend>
      {KINDS.map((k) => (
        <label key={k.value} className={`fb-kind${value === k.value ? ' is-selected' : ''}`}>
          <input type="radio" name="kind" value={k.value} checked={value === k.value} onChange={() => onChange(k.value)} />
          <span className="fb-kind-text">
            <span className="fb-kind-label">{k.label}</span>
            <span className="fb-kind-explain">{k.explain}</span>
          </span>
        </label>
      ))}
      {error && <FieldError id="fb-kind-error">{error}</FieldError>}
    </fieldset>
  );
}
