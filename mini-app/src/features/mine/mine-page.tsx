// "Của tôi": what is kept on this device — feedback sent (with its status), procedures saved
// for reading offline — and the text size.
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Icon } from '@/components/icons.js';
import { PageLayout } from '@/components/page-layout.js';
import { SentList } from '@/features/feedback/components/sent-list.js';
import { SavedProcedureLinks } from '@/features/procedures/components/saved-procedures.js';
import { loadRecent } from '@/features/procedures/utils/procedure-cache.js';
import { loadTextSize, saveTextSize, TEXT_SIZES, type TextSize } from '@/lib/text-size.js';

export function TextSizePicker() {
  const [size, setSize] = useState<TextSize>(loadTextSize);
  return (
    <fieldset className="text-size">
      <legend className="visually-hidden">Cỡ chữ</legend>
      {TEXT_SIZES.map((s) => (
        <label key={s.id} className={`text-size-option${size === s.id ? ' is-selected' : ''}`}>
          <input
            type="radio"
            name="text-size"
            value={s.id}
            checked={size === s.id}
            onChange={() => {
              saveTextSize(s.id);
              setSize(s.id);
            }}
          />
          <span style={{ fontSize: `${s.percent}%` }}>{s.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function MinePage() {
  const saved = loadRecent();
  const [params] = useSearchParams();
  const textSection = useRef<HTMLElement>(null);
  // From home's "Cỡ chữ": straight to the choice.
  useEffect(() => {
    if (params.get('muc') !== 'co-chu') return;
    // After the new screen's scroll-to-top (a parent effect, which runs after this one).
    const frame = requestAnimationFrame(() => textSection.current?.scrollIntoView?.({ block: 'start' }));
    return () => cancelAnimationFrame(frame);
  }, [params]);
  return (
    <PageLayout title="Của tôi" tab>
      <section aria-labelledby="mine-feedback">
        <h2 id="mine-feedback" className="section-title">
          Phản ánh của tôi
        </h2>
        <SentList />
        <div className="actions actions-stack">
          <Link className="btn btn-primary" to="/feedback/new">
            <Icon name="message" />
            <span>Gửi phản ánh mới</span>
          </Link>
          <Link className="btn btn-secondary" to="/feedback/lookup">
            <Icon name="track" />
            <span>Tra cứu bằng mã (gửi từ máy khác)</span>
          </Link>
        </div>
      </section>

      <section aria-labelledby="mine-saved">
        <h2 id="mine-saved" className="section-title">
          Thủ tục đã xem
        </h2>
        {saved.length === 0 ? (
          <p className="muted">Thủ tục bạn mở sẽ được lưu trên máy để xem lại cả khi mất mạng.</p>
        ) : (
          <>
            <p className="muted">Lưu trên máy, xem được cả khi mất mạng.</p>
            <SavedProcedureLinks saved={saved} />
          </>
        )}
      </section>

      <section aria-labelledby="mine-text" ref={textSection} className="scroll-target">
        <h2 id="mine-text" className="section-title">
          Cỡ chữ
        </h2>
        <p className="muted">
          “Vừa” là cỡ chữ của điện thoại; “Lớn” và “Rất lớn” phóng to thêm chữ trong ứng dụng. Lựa chọn được nhớ trên máy này.
        </p>
        <TextSizePicker />
      </section>
    </PageLayout>
  );
}
