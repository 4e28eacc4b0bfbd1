// After sending: the tracking code (big, copyable), the due date, what happens next.
import { Link } from 'react-router-dom';
import useSnackbar from 'zmp-ui/useSnackbar';
import { Icon } from '@/components/icons.js';
import type { SubmitResult } from '../api/types.js';
import { copyText } from '../utils/copy.js';
import { vnDay } from '../utils/dates.js';

export function SuccessView({ result }: { result: SubmitResult }) {
  const { openSnackbar } = useSnackbar();
  const copy = async () => {
    const ok = await copyText(result.trackingCode);
    openSnackbar({
      text: ok ? `Đã sao chép mã ${result.trackingCode}` : 'Chưa sao chép được. Vui lòng ghi lại mã.',
      type: ok ? 'success' : 'error',
      prefixIcon: <Icon name={ok ? 'check' : 'alert'} />,
    });
  };
  return (
    <div className="fb-success">
      <div className="fb-success-head">
        <span className="fb-success-icon">
          <Icon name="check" />
        </span>
        <h2>Đã gửi thành công</h2>
      </div>
      <div className="card fb-code-card">
        <p className="fb-code-label">Mã theo dõi của bạn</p>
        <p className="fb-code">{result.trackingCode}</p>
        <button type="button" className="btn btn-secondary" onClick={() => void copy()}>
          Sao chép mã
        </button>
        <p className="fb-due">
          Hạn trả lời: <strong>{vnDay(result.dueAt)}</strong>
        </p>
      </div>
      {result.eraseCode && (
        <div className="card fb-erase-code-card">
          <p className="fb-code-label">Mã xóa dữ liệu (giữ kín)</p>
          <p className="fb-erase-code">{result.eraseCode}</p>
          <p>
            Dùng mã này nếu sau này bạn muốn rút lại đồng ý và xóa họ tên, số điện thoại, địa chỉ của mình. Mã đã được lưu trên máy này; hãy
            ghi lại nếu bạn dùng máy khác. Không đưa mã cho người khác.
          </p>
        </div>
      )}
      <h2 className="section-title">Tiếp theo</h2>
      <ol className="fb-next">
        <li>Phản ánh được chuyển ngay đến đơn vị xử lý.</li>
        <li>Đơn vị xem xét và trả lời trước hạn trên (tính theo ngày làm việc).</li>
        <li>
          Bạn xem trạng thái và câu trả lời bằng mã theo dõi và 4 số cuối số điện thoại đã nhập. Mã cũng được lưu ở “Phản ánh của tôi” trên
          máy này.
        </li>
      </ol>
      <div className="actions-stack">
        <Link className="btn btn-primary" to={`/feedback/status/${encodeURIComponent(result.trackingCode)}`}>
          Xem trạng thái
        </Link>
        <Link className="btn btn-secondary" to="/feedback/mine">
          Phản ánh của tôi
        </Link>
        <Link className="btn btn-link" to="/">
          Về trang chủ
        </Link>
      </div>
    </div>
  );
}
