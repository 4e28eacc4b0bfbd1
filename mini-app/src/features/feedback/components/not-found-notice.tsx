// The one kind "not found" message: the same for an unknown code and a wrong phone number.
import { Link } from 'react-router-dom';

export function NotFoundNotice({ lookupLink = true }: { lookupLink?: boolean }) {
  return (
    <div className="fb-notice fb-notice-info" role="alert">
      <h2 className="fb-notice-title">Không tìm thấy phản ánh</h2>
      <p>
        Chưa tìm thấy phản ánh với mã theo dõi và 4 số cuối điện thoại này. Vui lòng kiểm tra lại: mã có dạng PA-2026-000123 (có thể bắt đầu
        bằng PA, KN hoặc HD), và 4 số cuối là của số điện thoại bạn đã nhập khi gửi.
      </p>
      {lookupLink && (
        <p>
          <Link to="/feedback/lookup">Tra cứu lại</Link>
        </p>
      )}
    </div>
  );
}
