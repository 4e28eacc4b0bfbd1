// Who sends it: name, phone, address are required by Decree 20/2008 (amended by Decree 92/2017).
// Inside Zalo the name and the phone can be filled from Zalo, each only after the person agrees:
// the app says why, then Zalo asks its own question; the server exchanges the phone token.
import { useState } from 'react';
import Modal from 'zmp-ui/modal';
import { platform } from '@/lib/platform/platform.js';
import { PHONE_FALLBACK, phoneFromZalo } from '../api/zalo-phone.js';
import type { FieldErrors } from '../utils/validate.js';
import { TextField } from './text-field.js';

export function SenderSection({
  name,
  phone,
  address,
  onChange,
  errors,
}: {
  name: string;
  phone: string;
  address: string;
  onChange: (patch: { name?: string; phone?: string; address?: string }) => void;
  errors: FieldErrors;
}) {
  const [asking, setAsking] = useState(false);
  const [zaloNote, setZaloNote] = useState<string | null>(null);
  const inZalo = platform().kind === 'zalo';
  const [askingPhone, setAskingPhone] = useState(false);
  const [phoneBusy, setPhoneBusy] = useState(false);
  const [phoneNote, setPhoneNote] = useState<{ ok: boolean; text: string } | null>(null);

  async function fillPhoneFromZalo() {
    setAskingPhone(false);
    setPhoneBusy(true);
    setPhoneNote(null);
    try {
      const grant = await platform().getPhoneGrant();
      if (!grant) throw new Error(PHONE_FALLBACK);
      onChange({ phone: await phoneFromZalo(grant) });
      setPhoneNote({ ok: true, text: 'Đã điền số điện thoại từ Zalo. Bạn có thể sửa lại nếu muốn dùng số khác.' });
    } catch (err) {
      setPhoneNote({ ok: false, text: (err as Error).message || PHONE_FALLBACK });
    } finally {
      setPhoneBusy(false);
    }
  }

  async function fillFromZalo() {
    setAsking(false);
    const info = await platform().getUserInfo();
    if (info?.name) {
      onChange({ name: info.name });
      setZaloNote('Đã điền tên từ Zalo. Bạn có thể sửa lại cho đúng họ tên.');
    } else {
      setZaloNote('Chưa lấy được tên từ Zalo. Vui lòng tự nhập.');
    }
  }

  return (
    <section className="fb-section" aria-labelledby="fb-sender-title">
      <h2 className="fb-section-title" id="fb-sender-title">
        Thông tin người gửi
      </h2>
      <p className="fb-hint">
        Theo Nghị định 20/2008/NĐ-CP (sửa đổi bởi Nghị định 92/2017/NĐ-CP), phản ánh cần có họ tên, địa chỉ và số điện thoại người gửi.
      </p>
      {inZalo && (
        <div className="fb-field">
          <button type="button" className="btn btn-secondary btn-small" onClick={() => setAsking(true)}>
            Điền tên từ Zalo
          </button>
          {zaloNote && <p className="fb-hint">{zaloNote}</p>}
          <Modal
            visible={asking}
            title="Dùng tên Zalo của bạn?"
            description="Ứng dụng sẽ xin Zalo cho dùng tên hiển thị của bạn để điền vào ô Họ và tên. Bạn có thể sửa lại trước khi gửi."
            onClose={() => setAsking(false)}
            actions={[
              { text: 'Không', close: true },
              { text: 'Đồng ý', highLight: true, onClick: () => void fillFromZalo() },
            ]}
          />
        </div>
      )}
      <TextField
        id="fb-name"
        label="Họ và tên"
        required
        value={name}
        onChange={(v) => onChange({ name: v })}
        autoComplete="name"
        maxLength={100}
        error={errors['sender.name']}
      />
      <TextField
        id="fb-phone"
        label="Số điện thoại"
        required
        type="tel"
        value={phone}
        onChange={(v) => onChange({ phone: v })}
        autoComplete="tel"
        maxLength={20}
        placeholder="Ví dụ: 0912 345 678"
        hint="Để cơ quan liên hệ khi cần; 4 số cuối dùng để tra cứu kết quả."
        error={errors['sender.phone']}
      />
      {inZalo && (
        <div className="fb-field">
          <button
            type="button"
            className="btn btn-secondary btn-small"
            disabled={phoneBusy}
            aria-busy={phoneBusy || undefined}
            onClick={() => setAskingPhone(true)}
          >
            {phoneBusy ? 'Đang lấy số từ Zalo…' : 'Điền số từ Zalo'}
          </button>
          {phoneNote && (
            <p className={phoneNote.ok ? 'fb-hint' : 'fb-error'} role="status">
              {phoneNote.text}
            </p>
          )}
          <Modal
            visible={askingPhone}
            title="Dùng số điện thoại Zalo của bạn?"
            description="Ứng dụng sẽ xin Zalo cho dùng số điện thoại của tài khoản Zalo để điền vào ô Số điện thoại, để cơ quan xử lý liên hệ với bạn khi cần."
            onClose={() => setAskingPhone(false)}
            actions={[
              { text: 'Không', close: true },
              { text: 'Đồng ý', highLight: true, onClick: () => void fillPhoneFromZalo() },
            ]}
          />
        </div>
      )}
      <TextField
        id="fb-address"
        label="Địa chỉ"
        required
        value={address}
        onChange={(v) => onChange({ address: v })}
        autoComplete="street-address"
        maxLength={300}
        placeholder="Số nhà, thôn/tổ dân phố, xã/phường"
        error={errors['sender.address']}
      />
    </section>
  );
}
