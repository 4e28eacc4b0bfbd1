// Consent (Law 91/2025/QH15 on personal data): the server's versioned purpose text as the label
// of an explicit checkbox, the details in plain words, and a separate, unticked choice to publish
// the question and answer without personal data.
import { CONSENT_PURPOSE } from '@contract/constants.js';
import Checkbox from 'zmp-ui/checkbox';
import type { ConsentText } from '../api/types.js';
import { FieldError } from './text-field.js';

/** Version of the details list below; sent with the server's text version as what was shown. */
export const CONSENT_DETAILS_VERSION = 'app1';

/** Shown when the server's text cannot be loaded (offline): the server's own text, built in. */
export const FALLBACK_CONSENT: ConsentText = CONSENT_PURPOSE;

export const consentVersion = (c: ConsentText) => `${c.version}+${CONSENT_DETAILS_VERSION}`;

export function ConsentSection({
  consent,
  consentText,
  publish,
  onConsent,
  onPublish,
  error,
}: {
  consent: boolean;
  consentText: ConsentText;
  publish: boolean;
  onConsent: (v: boolean) => void;
  onPublish: (v: boolean) => void;
  error?: string;
}) {
  return (
    <section className="fb-section" aria-labelledby="fb-consent-title">
      <h2 className="fb-section-title" id="fb-consent-title">
        Đồng ý xử lý dữ liệu cá nhân
      </h2>
      <ul className="fb-consent-details">
        <li>
          <strong>Thu thập:</strong> họ tên, số điện thoại, địa chỉ, nội dung bạn viết, ảnh và vị trí (nếu bạn thêm).
        </li>
        <li>
          <strong>Để làm gì:</strong> chỉ để xem xét, giải quyết, liên hệ và trả lời phản ánh này.
        </li>
        <li>
          <strong>Ai được xem:</strong> chỉ đơn vị được giao xử lý phản ánh của bạn.
        </li>
        <li>
          <strong>Lưu bao lâu:</strong> đến 24 tháng sau khi phản ánh kết thúc, sau đó thông tin cá nhân được ẩn danh.
        </li>
        <li>
          <strong>Quyền của bạn:</strong> rút lại sự đồng ý và yêu cầu xóa thông tin cá nhân bất cứ lúc nào, bằng mã theo dõi.
        </li>
        <li>Căn cứ: Luật Bảo vệ dữ liệu cá nhân (Luật số 91/2025/QH15).</li>
      </ul>
      <div className={`fb-check${error ? ' has-error' : ''}`}>
        <Checkbox
          id="fb-consent"
          value="consent"
          checked={consent}
          aria-describedby={error ? 'fb-consent-error' : undefined}
          aria-invalid={error ? true : undefined}
          onChange={(e: { target: { checked: boolean } }) => onConsent(e.target.checked)}
        >
          <span>{consentText.text}</span>
        </Checkbox>
      </div>
      {error && <FieldError id="fb-consent-error">{error}</FieldError>}
      <div className="fb-check">
        <Checkbox
          id="fb-publish"
          value="publish"
          checked={publish}
          aria-describedby="fb-publish-hint"
          onChange={(e: { target: { checked: boolean } }) => onPublish(e.target.checked)}
        >
          <span>Cho phép công khai câu hỏi và câu trả lời (không kèm tên, số điện thoại, địa chỉ)</span>
        </Checkbox>
      </div>
      <p className="fb-hint" id="fb-publish-hint">
        Không bắt buộc. Cán bộ xem lại trước khi công khai, để người có cùng câu hỏi tìm được câu trả lời.
      </p>
    </section>
  );
}
