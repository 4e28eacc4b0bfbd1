// Withdraw consent and erase: confirmed first, then the server removes name, phone, address,
// location and photos. The question, the answer and the tracking code stay. The proof is the
// erase code given at submission: remembered on the sending device, typed on another one.
import { useState } from 'react';
import Modal from 'zmp-ui/modal';
import { ApiError } from '@/lib/api-client.js';
import { eraseFeedback } from '../api/erase-feedback.js';
import { sentEraseCode } from '../utils/sent-store.js';
import { TextField } from './text-field.js';

const ERASE_CODE = /^[A-Za-z0-9]{4}[\s-]?[A-Za-z0-9]{4}[\s-]?[A-Za-z0-9]{4}$/;

export function EraseSection({ code, erased, onErased }: { code: string; erased: boolean; onErased: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const known = sentEraseCode(code);
  const [typed, setTyped] = useState('');
  const eraseCode = known ?? typed.trim();

  function ask() {
    if (!ERASE_CODE.test(eraseCode)) {
      setFailure('Vui lòng nhập mã xóa dữ liệu được cấp khi gửi phản ánh (dạng ABCD-EFGH-JKLM).');
      return;
    }
    setFailure(null);
    setConfirming(true);
  }

  async function erase() {
    setConfirming(false);
    setBusy(true);
    setFailure(null);
    try {
      await eraseFeedback(code, eraseCode);
      onErased();
    } catch (err) {
      setFailure(err instanceof ApiError ? err.message : 'Chưa xóa được. Vui lòng thử lại.');
    } finally {
      setBusy(false);
    }
  }

  if (erased) {
    return (
      <section className="card fb-erase" aria-live="polite">
        <h2 className="card-title">Dữ liệu cá nhân đã được xóa</h2>
        <p>Họ tên, số điện thoại, địa chỉ, vị trí và ảnh của bạn đã được xóa khỏi phản ánh này.</p>
      </section>
    );
  }
  return (
    <section className="card fb-erase" aria-labelledby="fb-erase-title">
      <h2 className="card-title" id="fb-erase-title">
        Dữ liệu cá nhân của bạn
      </h2>
      <p>
        Bạn có thể rút lại sự đồng ý bất cứ lúc nào. Khi đó họ tên, số điện thoại, địa chỉ, vị trí và ảnh bị xóa; cơ quan có thể không liên
        hệ lại được với bạn.
      </p>
      {!known && (
        <TextField
          id="fb-erase-code"
          label="Mã xóa dữ liệu"
          value={typed}
          onChange={setTyped}
          placeholder="ABCD-EFGH-JKLM"
          required
          autoComplete="off"
          hint="Mã được cấp khi bạn gửi phản ánh. Nếu mất mã, vui lòng liên hệ đơn vị xử lý."
        />
      )}
      <button type="button" className="btn btn-secondary fb-danger" disabled={busy} onClick={ask}>
        {busy ? 'Đang xóa…' : 'Rút lại đồng ý và xóa dữ liệu của tôi'}
      </button>
      {failure && (
        <p className="fb-error" role="alert">
          {failure}
        </p>
      )}
      <Modal
        visible={confirming}
        title="Xóa dữ liệu cá nhân?"
        description="Họ tên, số điện thoại, địa chỉ, vị trí và ảnh của bạn sẽ bị xóa vĩnh viễn khỏi phản ánh này. Không thể hoàn tác."
        onClose={() => setConfirming(false)}
        actions={[
          { text: 'Không xóa', close: true },
          { text: 'Xóa dữ liệu', danger: true, onClick: () => void erase() },
        ]}
      />
    </section>
  );
}
