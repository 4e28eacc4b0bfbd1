// "Nhận thông báo khi có trả lời qua Zalo OA": shown only inside Zalo, unticked by default.
// Ticking it is the person's agreement: only then is the Zalo profile asked for the id the
// locality's Official Account messages them by (Zalo gives it only to followers of a linked OA).
import { useState } from 'react';
import Checkbox from 'zmp-ui/checkbox';
import { platform } from '@/lib/platform/platform.js';

/** The server accepts digits only (Zalo's ids are digit strings). */
const ZALO_ID = /^\d{1,64}$/;

export function ZaloNotifyOption({ userId, onChange }: { userId: string | null; onChange: (userId: string | null) => void }) {
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  if (platform().kind !== 'zalo') return null;

  async function toggle(checked: boolean) {
    setNote(null);
    if (!checked) return onChange(null);
    setBusy(true);
    try {
      const id = (await platform().getUserInfo())?.idByOA ?? null;
      if (id && ZALO_ID.test(id)) onChange(id);
      else {
        onChange(null);
        setNote(
          'Chưa nhận được thông tin từ Zalo. Hãy quan tâm Zalo OA của địa phương rồi thử lại, hoặc tra cứu kết quả bằng mã theo dõi.',
        );
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="fb-field">
      <div className="fb-check">
        <Checkbox
          id="fb-zalo-notify"
          value="zalo-notify"
          checked={userId !== null}
          disabled={busy}
          aria-describedby="fb-zalo-notify-hint"
          onChange={(e: { target: { checked: boolean } }) => void toggle(e.target.checked)}
        >
          <span>Nhận thông báo khi có trả lời qua Zalo OA</span>
        </Checkbox>
      </div>
      <p className="fb-hint" id="fb-zalo-notify-hint" role={note ? 'status' : undefined}>
        {note ?? 'Không bắt buộc. Ứng dụng dùng mã Zalo của bạn chỉ để gửi tin báo khi phản ánh có trả lời.'}
      </p>
    </div>
  );
}
