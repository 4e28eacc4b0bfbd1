// "Gửi phản ánh, kiến nghị": the form, its draft kept on the device, sending with one
// Idempotency-Key per draft (a retry never makes a second record), then the success screen.
import '../feedback.css';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import Modal from 'zmp-ui/modal';
import { PageLayout } from '@/components/page-layout.js';
import { ApiError } from '@/lib/api-client.js';
import { useCommunes, useConsentText, useFeedbackFields, useProcedureName } from '../api/form-data.js';
import { getFormToken } from '../api/form-token.js';
import { submitFeedback } from '../api/submit-feedback.js';
import type { SubmitResult } from '../api/types.js';
import { clearDraft, type Draft, emptyDraft, fingerprint, hasContent, keyFor, loadDraft, newKey, saveDraft } from '../utils/draft-store.js';
import { looksLikeComplaint } from '../utils/legal-channel.js';
import { rememberSent } from '../utils/sent-store.js';
import {
  CONTENT_MAX,
  FIELD_ORDER,
  type FieldErrors,
  normalizePhone,
  SUBJECT_MAX,
  serverErrors,
  toRequest,
  validateDraft,
} from '../utils/validate.js';
import { ConsentSection, consentVersion, FALLBACK_CONSENT } from './consent-section.js';
import { KindPicker } from './kind-picker.js';
import { LegalChannelNotice } from './legal-notice.js';
import { LocationPicker } from './location-picker.js';
import { PhotoPicker } from './photo-picker.js';
import { SenderSection } from './sender-section.js';
import { SuccessView } from './success-view.js';
import { FieldError, TextField } from './text-field.js';
import { ZaloNotifyOption } from './zalo-notify-option.js';

/** Element to focus for each field, in screen order. */
const FOCUS: Record<string, string> = {
  kind: '#fb-kind input',
  subject: '#fb-subject',
  content: '#fb-content',
  field: '#fb-field',
  communeCode: '#fb-commune',
  location: '#fb-location-text',
  photos: '#fb-photos button',
  'sender.name': '#fb-name',
  'sender.phone': '#fb-phone',
  'sender.address': '#fb-address',
  consent: '#fb-consent',
  form: '#fb-submit',
};

function startDraft(procedure: string | null): { draft: Draft; restored: boolean } {
  const saved = loadDraft();
  const draft = saved ?? emptyDraft();
  return { draft: procedure ? { ...draft, procedureCode: procedure } : draft, restored: !!saved && hasContent(saved) };
}

export function FeedbackFormPage() {
  const [params] = useSearchParams();
  const [{ draft: initial, restored }] = useState(() => startDraft(params.get('procedure')));
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [photosBusy, setPhotosBusy] = useState(false);
  const [confirmLegal, setConfirmLegal] = useState(false);
  const [sent, setSent] = useState<SubmitResult | null>(null);
  // The OA user id, only while the person keeps "notify me on Zalo OA" ticked (not kept in the draft).
  const [zaloUserId, setZaloUserId] = useState<string | null>(null);

  const communes = useCommunes();
  const fields = useFeedbackFields();
  const consent = useConsentText();
  const procedureName = useProcedureName(draft.procedureCode || null);
  const consentText = consent.data ?? FALLBACK_CONSENT;

  // Every change is kept on the device at once (storage is synchronous and the draft small).
  useEffect(() => {
    if (!sent) saveDraft(draft);
  }, [draft, sent]);

  // The server's form token, once per draft: the minimum fill time runs on the server's clock.
  const needsToken = !draft.formToken && !sent;
  useEffect(() => {
    if (!needsToken) return;
    let live = true;
    getFormToken().then(
      (r) => live && setDraft((d) => (d.formToken ? d : { ...d, formToken: r.formToken })),
      () => {}, // offline: fetched again when sending
    );
    return () => {
      live = false;
    };
  }, [needsToken]);

  // One current commune (a single-commune deployment): choose it for the person.
  useEffect(() => {
    const only = communes.data?.length === 1 ? communes.data[0] : undefined;
    if (only && !draft.communeCode) setDraft((d) => ({ ...d, communeCode: only.code }));
  }, [communes.data, draft.communeCode]);

  const update = useCallback((patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    // A field the person touches again loses its old error.
    setErrors((e) => {
      const next = { ...e };
      for (const k of Object.keys(patch)) {
        const key =
          k === 'name' || k === 'phone' || k === 'address' ? `sender.${k}` : k === 'locationText' || k === 'point' ? 'location' : k;
        delete next[key as keyof FieldErrors];
      }
      return next;
    });
  }, []);

  const complaint = looksLikeComplaint(draft.subject, draft.content);

  function focusFirst(found: FieldErrors) {
    const first = FIELD_ORDER.find((k) => found[k]);
    const el = first ? document.querySelector<HTMLElement>(FOCUS[first] ?? '') : null;
    el?.focus();
    el?.scrollIntoView?.({ block: 'center' });
  }

  async function send(draftNow: Draft) {
    let current = draftNow;
    if (!current.formToken) {
      // The token could not be fetched when the form opened (offline): fetch it now; the server
      // then asks to wait a few seconds and send again.
      const token = await getFormToken().catch(() => null);
      if (token) current = { ...current, formToken: token.formToken };
    }
    const body = { ...toRequest(current, consentVersion(consentText)), ...(zaloUserId ? { zaloUserId } : {}) };
    // Same request as last time → same key; the key is stored before the request leaves.
    const keyed = keyFor(current, fingerprint(body));
    setDraft(keyed);
    saveDraft(keyed);
    setSending(true);
    setFailure(null);
    try {
      const res = await submitFeedback(body, keyed.idempotencyKey);
      const phone = normalizePhone(current.phone) ?? current.phone.replace(/\D/g, '');
      rememberSent({
        trackingCode: res.trackingCode,
        subject: body.subject,
        sentAt: new Date().toISOString(),
        dueAt: res.dueAt,
        phoneLast4: phone.slice(-4),
        ...(res.eraseCode ? { eraseCode: res.eraseCode } : {}),
      });
      clearDraft();
      setSent(res);
      window.scrollTo?.(0, 0);
    } catch (err) {
      const e = err instanceof ApiError ? err : new ApiError('Đã có lỗi xảy ra. Vui lòng thử lại.', 0, true);
      if (e.status === 409) {
        // The key was used for other content: this draft needs a new one.
        const fresh = { ...keyed, idempotencyKey: newKey(), sentFingerprint: null };
        setDraft(fresh);
        saveDraft(fresh);
      }
      if (e.code === 'form_token') {
        // Missing, stale or used form token: a fresh one (and so a new request) for the next try.
        const token = await getFormToken().catch(() => null);
        const fresh = { ...keyed, formToken: token?.formToken ?? null, idempotencyKey: newKey(), sentFingerprint: null };
        setDraft(fresh);
        saveDraft(fresh);
      }
      if (e.fieldErrors.length) {
        const found = serverErrors(e.fieldErrors);
        setErrors(found);
        focusFirst(found);
      }
      setFailure(e);
    } finally {
      setSending(false);
    }
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (sending) return;
    const found = validateDraft(draft);
    if (photosBusy) found.photos = 'Ảnh đang được tải lên. Vui lòng chờ một chút rồi gửi.';
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return focusFirst(found);
    if (complaint && !draft.legalNoticeAccepted) return setConfirmLegal(true);
    void send(draft);
  }

  if (sent) {
    return (
      <PageLayout title="Đã gửi phản ánh">
        <SuccessView result={sent} />
      </PageLayout>
    );
  }

  const errorCount = Object.keys(errors).length;
  return (
    <PageLayout title="Gửi phản ánh, kiến nghị">
      {restored && (
        <p className="fb-notice fb-notice-info" role="status">
          Đã mở lại bản nháp bạn đang viết dở trên máy này.
        </p>
      )}
      <p className="fb-intro">
        Phản ánh, kiến nghị về quy định và thủ tục hành chính được chuyển đến đơn vị xử lý. Bạn nhận mã theo dõi để xem kết quả.{' '}
        <Link to="/feedback/mine">Phản ánh của tôi</Link>
      </p>
      <form noValidate onSubmit={onSubmit} aria-describedby={errorCount ? 'fb-summary' : undefined}>
        <KindPicker value={draft.kind} onChange={(kind) => update({ kind })} error={errors.kind} />
        <TextField
          id="fb-subject"
          label="Tiêu đề"
          required
          value={draft.subject}
          onChange={(subject) => update({ subject })}
          maxLength={SUBJECT_MAX}
          placeholder="Ví dụ: Bị đòi thêm giấy tờ khi khai sinh"
          error={errors.subject}
        />
        <TextField
          id="fb-content"
          label="Nội dung"
          required
          multiline
          counter
          value={draft.content}
          onChange={(content) => update({ content })}
          maxLength={CONTENT_MAX}
          hint="Việc gì, xảy ra khi nào, ở đâu, bạn mong được giải quyết thế nào."
          error={errors.content}
        />
        {complaint && <LegalChannelNotice accepted={draft.legalNoticeAccepted} onAccept={() => update({ legalNoticeAccepted: true })} />}

        <div className={`fb-field${errors.communeCode ? ' has-error' : ''}`}>
          <label className="fb-label" htmlFor="fb-commune">
            Xã, phường nơi xảy ra sự việc<span className="fb-required"> (bắt buộc)</span>
          </label>
          <select
            id="fb-commune"
            className="fb-select"
            value={draft.communeCode}
            aria-invalid={errors.communeCode ? true : undefined}
            aria-describedby={errors.communeCode ? 'fb-commune-error' : undefined}
            onChange={(e) => update({ communeCode: e.target.value })}
          >
            <option value="">{communes.loading ? 'Đang tải danh sách…' : '— Chọn xã, phường —'}</option>
            {communes.data?.map((u) => (
              <option key={u.code} value={u.code}>
                {u.name}
              </option>
            ))}
          </select>
          {communes.error && (
            <p className="fb-error">
              Chưa tải được danh sách xã, phường.{' '}
              <button type="button" className="btn btn-link" onClick={communes.retry}>
                Thử lại
              </button>
            </p>
          )}
          {errors.communeCode && <FieldError id="fb-commune-error">{errors.communeCode}</FieldError>}
        </div>

        <div className={`fb-field${errors.field ? ' has-error' : ''}`}>
          <label className="fb-label" htmlFor="fb-field">
            Lĩnh vực<span className="fb-optional"> (không bắt buộc)</span>
          </label>
          <select
            id="fb-field"
            className="fb-select"
            value={draft.field}
            aria-invalid={errors.field ? true : undefined}
            aria-describedby={errors.field ? 'fb-field-error' : undefined}
            onChange={(e) => update({ field: e.target.value })}
          >
            <option value="">— Chưa rõ lĩnh vực —</option>
            {fields.data?.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
          {errors.field && <FieldError id="fb-field-error">{errors.field}</FieldError>}
        </div>

        {draft.procedureCode && (
          <div className="fb-field fb-procedure">
            <p className="fb-label">Thủ tục liên quan</p>
            <p className="fb-procedure-name">
              {procedureName.data || (procedureName.loading ? 'Đang tải tên thủ tục…' : `Thủ tục mã ${draft.procedureCode}`)}
            </p>
            <button type="button" className="btn btn-link" onClick={() => update({ procedureCode: '' })}>
              Bỏ thủ tục này
            </button>
          </div>
        )}

        <LocationPicker
          text={draft.locationText}
          point={draft.point}
          onText={(locationText) => update({ locationText })}
          onPoint={(point) => update({ point })}
          error={errors.location}
        />

        <PhotoPicker
          photos={draft.photos}
          onAdd={(photo) => setDraft((d) => ({ ...d, photos: [...d.photos, photo] }))}
          onRemove={(id) => setDraft((d) => ({ ...d, photos: d.photos.filter((p) => p.uploadId !== id) }))}
          onBusyChange={setPhotosBusy}
          error={errors.photos}
        />

        <SenderSection name={draft.name} phone={draft.phone} address={draft.address} onChange={update} errors={errors} />
        <ZaloNotifyOption userId={zaloUserId} onChange={setZaloUserId} />

        <ConsentSection
          consent={draft.consent}
          consentText={consentText}
          publish={draft.publish}
          onConsent={(v) => update({ consent: v })}
          onPublish={(v) => update({ publish: v })}
          error={errors.consent}
        />

        {/* Anti-bot: a field people never see; software that fills every field fills it. */}
        <div className="fb-hp" aria-hidden="true">
          <label>
            Website
            <input
              name="website"
              tabIndex={-1}
              autoComplete="off"
              value={draft.website}
              onChange={(e) => setDraft((d) => ({ ...d, website: e.target.value }))}
            />
          </label>
        </div>

        {errorCount > 0 && !failure && (
          <p className="fb-error fb-summary" id="fb-summary" role="alert">
            Còn {errorCount} chỗ cần sửa (đánh dấu đỏ ở trên).
          </p>
        )}
        {errors.form && <FieldError id="fb-form-error">{errors.form}</FieldError>}
        {failure && (
          <div className="fb-failure" role="alert">
            <p>{failure.fieldErrors.length ? 'Vui lòng sửa các ô được đánh dấu đỏ ở trên rồi gửi lại.' : failure.message}</p>
            {failure.retryable && (
              <p className="muted">Nội dung của bạn vẫn được giữ nguyên trên máy. Gửi lại không tạo phản ánh thứ hai.</p>
            )}
            {failure.retryable && (
              <button type="button" className="btn btn-primary" disabled={sending} onClick={() => void send(draft)}>
                Thử lại
              </button>
            )}
          </div>
        )}
        <button id="fb-submit" type="submit" className="btn btn-primary fb-submit" disabled={sending} aria-busy={sending || undefined}>
          {sending ? 'Đang gửi…' : 'Gửi phản ánh'}
        </button>
        {sending && (
          <p className="fb-hint" role="status">
            Đang gửi, vui lòng không đóng ứng dụng.
          </p>
        )}
      </form>
      <Modal
        visible={confirmLegal}
        title="Nội dung có vẻ là khiếu nại hoặc tố cáo"
        description="Khiếu nại, tố cáo cần gửi đến cơ quan có thẩm quyền theo Luật Khiếu nại, Luật Tố cáo. Bạn vẫn muốn gửi nội dung này dưới dạng phản ánh, kiến nghị?"
        onClose={() => setConfirmLegal(false)}
        actions={[
          { text: 'Xem lại', close: true },
          {
            text: 'Vẫn gửi',
            highLight: true,
            onClick: () => {
              setConfirmLegal(false);
              const next = { ...draft, legalNoticeAccepted: true };
              setDraft(next);
              void send(next);
            },
          },
        ]}
      />
    </PageLayout>
  );
}
