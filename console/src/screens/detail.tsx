// One feedback: content, photos, location, procedure, sender (handling unit only), timeline,
// deliveries with "send again", the citizen's rating, and the actions allowed in its status.
import type { ListResponse } from '@contract';
import type { ActionResult, ContentRecord, FeedbackAction, FeedbackDetail, PublishPreview } from '@contract/staff.js';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useToast } from '@/components/toast.js';
import { DueBadge, ErrorBox, Field, Loading } from '@/components/ui.js';
import { api } from '@/lib/api.js';
import { readable, vnDate, vnDateTime } from '@/lib/format.js';
import { CHANNEL_LABEL, DELIVERY_LABEL, KIND_LABELS } from '@/lib/labels.js';
import { go } from '@/lib/router.js';
import { useLoad } from '@/lib/use-load.js';
import { useSession } from '@/session.js';

type PanelKind = Exclude<FeedbackAction, 'acknowledge' | 'close'> | 'note';
type Act = (path: string, body: unknown, done: string) => Promise<void>;

export function DetailScreen({ code, visit }: { code: string; visit: number }) {
  const { refreshCounts } = useSession();
  const toast = useToast();
  const {
    data: d,
    error,
    reload,
  } = useLoad(() => api<FeedbackDetail>(`/api/staff/feedback/${encodeURIComponent(code)}`), `${code}#${visit}`);
  const [panel, setPanel] = useState<{ kind: PanelKind | null; error?: unknown }>({ kind: null });
  useEffect(() => {
    if (d) document.title = `${d.trackingCode} — Bảng điều khiển cán bộ`;
  }, [d]);
  if (!d) return <Loading error={error} />;
  const base = `/api/staff/feedback/${encodeURIComponent(d.trackingCode)}`;

  /** Runs an action, shows the server's message on failure, shows the case again on success. */
  const act: Act = async (path, body, done) => {
    try {
      const res = await api<ActionResult>(`${base}/${path}`, { method: 'POST', body });
      toast(
        done +
          (res.notified === 'sent'
            ? ' Đã nhắn Zalo cho người gửi.'
            : res.notified === 'failed'
              ? ' Chưa nhắn được Zalo cho người gửi.'
              : ''),
      );
      await refreshCounts();
      if (res.detail) {
        setPanel({ kind: null });
        await reload();
      } else go('#/inbox?status=open');
    } catch (err) {
      setPanel((p) => ({ ...p, error: err }));
    }
  };
  const open = (kind: PanelKind) => setPanel({ kind });
  const close = () => setPanel({ kind: null });

  const LABEL: Record<FeedbackAction, string> = {
    acknowledge: d.status === 'answered' ? 'Mở lại để xử lý' : 'Nhận xử lý',
    answer: 'Trả lời',
    transfer: 'Chuyển đơn vị',
    reject: 'Không tiếp nhận',
    duplicate: 'Đánh dấu trùng',
    close: 'Kết thúc',
    publish: d.publishApproved ? 'Thôi công khai' : 'Công khai câu trả lời',
  };
  const run = (a: FeedbackAction) => {
    if (a === 'acknowledge') return act('acknowledge', undefined, d.status === 'answered' ? 'Đã mở lại để xử lý tiếp.' : 'Đã nhận xử lý.');
    if (a === 'close') return act('close', undefined, 'Đã kết thúc phản ánh.');
    if (a === 'publish' && d.publishApproved) return act('publish', { publish: false }, 'Đã thôi công khai.');
    open(a);
  };

  const props = { d, base, act, cancel: close };
  const forms: Record<PanelKind, () => ReactNode> = {
    answer: () => <AnswerForm {...props} />,
    transfer: () => <TransferForm {...props} />,
    reject: () => <RejectForm {...props} />,
    duplicate: () => <DuplicateForm {...props} />,
    publish: () => <PublishForm {...props} />,
    note: () => <NoteForm {...props} />,
  };

  return (
    <>
      <p className="crumbs">
        <a href="#/inbox?status=open">← Hộp thư</a>
      </p>
      <div className="page-head">
        <h1>
          <span className="code">{d.trackingCode}</span> {d.subject}
        </h1>
        <p>
          <span className={`status s-${d.status}`}>{d.statusLabel}</span> <DueBadge item={d} />
        </p>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a row of buttons, not a form part; the console's styles lay it out */}
      <div className="actions" role="group" aria-label="Thao tác">
        {d.actions.map((a) => (
          <button key={a} type="button" className={a === 'answer' ? '' : 'secondary'} onClick={() => run(a)}>
            {LABEL[a]}
          </button>
        ))}
        <button type="button" className="secondary" onClick={() => open('note')}>
          Ghi chú nội bộ
        </button>
      </div>
      <div className="action-panel" aria-live="polite">
        {panel.error ? <ErrorBox error={panel.error} /> : null}
        {panel.kind ? forms[panel.kind]() : null}
      </div>
      <div className="detail">
        <Main d={d} />
        <Side d={d} act={act} />
      </div>
    </>
  );
}

interface FormProps {
  d: FeedbackDetail;
  base: string;
  act: Act;
  cancel: () => void;
}

/** An action's form card; its first control gets the focus. */
function ActionForm(props: { title: string; submit: string; onSubmit: () => void; cancel: () => void; children: ReactNode }) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('textarea, input, select')?.focus();
  }, []);
  return (
    <form
      className="card"
      ref={form}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <h3>{props.title}</h3>
      {props.children}
      <div className="buttons">
        <button type="submit">{props.submit}</button>
        <button type="button" className="secondary" onClick={props.cancel}>
          Hủy
        </button>
      </div>
    </form>
  );
}

function AnswerForm({ d, act, cancel }: FormProps) {
  const [text, setText] = useState('');
  const [templates, setTemplates] = useState<ContentRecord<'templates'>[] | null>(null);
  useEffect(() => {
    api<ListResponse<ContentRecord<'templates'>>>('/api/staff/content/templates')
      .catch(() => ({ items: [] }))
      .then((r) => setTemplates(r.items.filter((t) => !t.field || t.field === d.field?.id)));
  }, [d.field?.id]);
  if (templates === null) return null;
  return (
    <ActionForm title="Trả lời người gửi" submit="Gửi trả lời" cancel={cancel} onSubmit={() => act('answer', { text }, 'Đã gửi trả lời.')}>
      {templates.length ? (
        <Field label="Dùng mẫu trả lời">
          <select
            onChange={(e) => {
              const t = templates.find((x) => x.id === e.target.value);
              if (t) setText(t.text);
            }}
          >
            <option value="">— Chọn mẫu —</option>
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <Field label="Nội dung trả lời" hint="Người gửi xem được câu trả lời bằng mã theo dõi. Không ghi thông tin cá nhân của người khác.">
        <textarea rows={8} required minLength={10} maxLength={8000} value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      <p className="hint">
        {d.publish
          ? 'Người gửi đồng ý công khai. Sau khi trả lời, bấm “Công khai câu trả lời” để xem trước bản đã ẩn thông tin cá nhân.'
          : 'Người gửi không đồng ý công khai: câu trả lời chỉ người gửi xem được.'}
      </p>
    </ActionForm>
  );
}

function TransferForm({ d, act, cancel }: FormProps) {
  const { units } = useSession();
  const unit = useRef<HTMLSelectElement>(null);
  const reason = useRef<HTMLTextAreaElement>(null);
  return (
    <ActionForm
      title="Chuyển sang đơn vị khác"
      submit="Chuyển"
      cancel={cancel}
      onSubmit={() => act('transfer', { unitId: unit.current?.value, reason: reason.current?.value }, 'Đã chuyển phản ánh.')}
    >
      <Field label="Đơn vị nhận">
        <select required ref={unit}>
          <option value="">— Chọn đơn vị —</option>
          {units
            .filter((u) => u.id !== d.unit.id)
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
        </select>
      </Field>
      <Field label="Lý do chuyển" hint="Người gửi thấy lý do này.">
        <textarea rows={3} required minLength={5} ref={reason} />
      </Field>
    </ActionForm>
  );
}

function RejectForm({ act, cancel }: FormProps) {
  const reason = useRef<HTMLTextAreaElement>(null);
  const channel = useRef<HTMLInputElement>(null);
  return (
    <ActionForm
      title="Không tiếp nhận (ngoài phạm vi)"
      submit="Không tiếp nhận"
      cancel={cancel}
      onSubmit={() => act('reject', { reason: reason.current?.value, channel: channel.current?.value }, 'Đã ghi nhận không tiếp nhận.')}
    >
      <Field label="Lý do" hint="Người gửi thấy lý do này.">
        <textarea rows={3} required minLength={5} ref={reason} />
      </Field>
      <Field label="Kênh phù hợp" hint="Khiếu nại, tố cáo theo luật riêng: hãy chỉ rõ nơi gửi.">
        <input placeholder="Ví dụ: Gửi đơn khiếu nại đến Ban Tiếp công dân của UBND xã" ref={channel} />
      </Field>
    </ActionForm>
  );
}

function DuplicateForm({ act, cancel }: FormProps) {
  const of = useRef<HTMLInputElement>(null);
  return (
    <ActionForm
      title="Đánh dấu trùng"
      submit="Đánh dấu trùng"
      cancel={cancel}
      onSubmit={() => act('duplicate', { of: of.current?.value }, 'Đã đánh dấu trùng.')}
    >
      <Field label="Trùng với mã phản ánh">
        <input required placeholder="PA-2026-000123" pattern="[A-Za-z]{2}-\d{4}-\d{6,}" ref={of} />
      </Field>
    </ActionForm>
  );
}

function NoteForm({ act, cancel }: FormProps) {
  const text = useRef<HTMLTextAreaElement>(null);
  return (
    <ActionForm
      title="Ghi chú nội bộ"
      submit="Lưu ghi chú"
      cancel={cancel}
      onSubmit={() => act('notes', { text: text.current?.value }, 'Đã lưu ghi chú.')}
    >
      <Field label="Ghi chú" hint="Chỉ cán bộ thấy; người gửi không thấy.">
        <textarea rows={3} required minLength={2} ref={text} />
      </Field>
    </ActionForm>
  );
}

/** Preview: personal data already masked by the server; staff check and edit before it goes public. */
function PublishForm({ base, act, cancel }: FormProps) {
  const [p, setP] = useState<PublishPreview | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const subject = useRef<HTMLInputElement>(null);
  const content = useRef<HTMLTextAreaElement>(null);
  const answer = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    api<PublishPreview>(`${base}/publish-preview`).then(setP, setFailed);
  }, [base]);
  // The caret waits at the end of each text, where staff add a closing line.
  useEffect(() => {
    if (!p) return;
    for (const el of [subject.current, content.current, answer.current]) el?.setSelectionRange(el.value.length, el.value.length);
  }, [p]);
  if (failed) return <ErrorBox error={failed} />;
  if (!p) return null;
  return (
    <ActionForm
      title="Xem trước bản công khai"
      submit="Công khai"
      cancel={cancel}
      onSubmit={() =>
        act(
          'publish',
          { publish: true, subject: subject.current?.value, content: content.current?.value, answer: answer.current?.value },
          'Đã công khai câu trả lời.',
        )
      }
    >
      <p className="hint">
        {p.masked
          ? `Đã tự động ẩn ${p.masked} chỗ có thông tin cá nhân (số điện thoại, email, số giấy tờ, tên, địa chỉ người gửi). Đọc lại và sửa nếu còn sót.`
          : 'Không thấy thông tin cá nhân để ẩn. Đọc lại và sửa nếu còn sót.'}
      </p>
      <Field label="Tiêu đề">
        <input defaultValue={p.subject} required minLength={5} maxLength={200} ref={subject} />
      </Field>
      <Field label="Nội dung phản ánh">
        <textarea rows={5} required minLength={10} maxLength={4000} defaultValue={p.content} ref={content} />
      </Field>
      <Field label="Câu trả lời">
        <textarea rows={7} required minLength={10} maxLength={8000} defaultValue={p.answer} ref={answer} />
      </Field>
    </ActionForm>
  );
}

function Main({ d }: { d: FeedbackDetail }) {
  return (
    <div className="detail-main">
      <section className="card">
        <h2>Nội dung</h2>
        <p className="pre">{d.content}</p>
      </section>
      {d.photos.length ? (
        <section className="card">
          <h2>{`Ảnh đính kèm (${d.photos.length})`}</h2>
          <div className="photos">
            {d.photos.map((p, i) => (
              <a key={p.id} href={p.url} target="_blank" rel="noreferrer">
                <img src={p.url} alt={`Ảnh ${i + 1} người gửi đính kèm`} loading="lazy" />
              </a>
            ))}
          </div>
        </section>
      ) : null}
      {d.answer ? (
        <section className="card answer">
          <h2>Câu trả lời</h2>
          <p className="pre">{d.answer.text}</p>
          <p className="muted small">{`${d.answer.by} · ${vnDateTime(d.answer.at)} · ${d.publishApproved ? 'Đang công khai' : 'Không công khai'}`}</p>
        </section>
      ) : null}
      {d.rejectReason ? (
        <section className="card">
          <h2>Lý do không tiếp nhận</h2>
          <p>{d.rejectReason}</p>
        </section>
      ) : null}
      {d.duplicateOf ? (
        <section className="card">
          <h2>Trùng với</h2>
          <a href={`#/feedback/${encodeURIComponent(d.duplicateOf)}`}>{d.duplicateOf}</a>
        </section>
      ) : null}
      {d.rating ? (
        <section className="card">
          <h2>Đánh giá của người gửi</h2>
          <p>
            <span className="stars" role="img" aria-label={`${d.rating.stars} trên 5 sao`}>
              {'★'.repeat(d.rating.stars) + '☆'.repeat(5 - d.rating.stars)}
            </span>
            {` · ${d.rating.solved ? 'Đã được giải quyết' : 'Chưa được giải quyết'}`}
          </p>
          {d.rating.comment ? <p className="pre">{d.rating.comment}</p> : null}
        </section>
      ) : null}
      <section className="card">
        <h2>Diễn biến</h2>
        <ol className="timeline">
          {d.timeline.map((e) => (
            <li key={`${e.at}-${e.type}-${e.label}`} className={e.citizenVisible ? undefined : 'internal'}>
              <div>
                <strong>{e.label}</strong>
                {e.citizenVisible ? null : <span className="tag">nội bộ</span>}
              </div>
              {e.note ? <div className="pre">{readable(e.note)}</div> : null}
              <div className="muted small">{`${vnDateTime(e.at)} · ${e.by}`}</div>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function Side({ d, act }: { d: FeedbackDetail; act: Act }) {
  const loc = d.location ? (
    <p>
      {d.location.text ?? ''}
      {d.location.lat !== undefined && d.location.lng !== undefined ? (
        <a
          href={`https://www.openstreetmap.org/?mlat=${d.location.lat}&mlon=${d.location.lng}#map=18/${d.location.lat}/${d.location.lng}`}
          target="_blank"
          rel="noopener noreferrer"
        >
          {` ${d.location.lat.toFixed(5)}, ${d.location.lng.toFixed(5)} (xem bản đồ)`}
        </a>
      ) : null}
    </p>
  ) : (
    <p className="muted">Không có</p>
  );
  return (
    <aside className="detail-side">
      <section className="card personal">
        <h2>Người gửi</h2>
        {d.anonymisedAt ? (
          <p className="muted">{`Thông tin cá nhân đã được xóa (${vnDate(d.anonymisedAt)}).`}</p>
        ) : (
          <dl>
            <dt>Họ tên</dt>
            <dd>{d.sender.name ?? '—'}</dd>
            <dt>Điện thoại</dt>
            <dd>{d.sender.phone ? <a href={`tel:${d.sender.phone}`}>{d.sender.phone}</a> : '—'}</dd>
            <dt>Địa chỉ</dt>
            <dd>{d.sender.address ?? '—'}</dd>
          </dl>
        )}
        <p className="hint">Chỉ dùng để giải quyết phản ánh này. Không chuyển tiếp, không công khai.</p>
      </section>
      <section className="card">
        <h2>Thông tin</h2>
        <dl>
          <dt>Loại</dt>
          <dd>{KIND_LABELS[d.kind]}</dd>
          <dt>Lĩnh vực</dt>
          <dd>{d.field?.name ?? 'Chưa chọn'}</dd>
          <dt>Xã, phường</dt>
          <dd>{d.commune.name}</dd>
          <dt>Vị trí</dt>
          <dd>{loc}</dd>
          <dt>Thủ tục liên quan</dt>
          <dd>{d.procedure ? `${d.procedure.name ?? ''} (${d.procedure.code})` : 'Không có'}</dd>
          <dt>Đơn vị xử lý</dt>
          <dd>{d.unit.name}</dd>
          <dt>Ngày gửi</dt>
          <dd>{vnDateTime(d.createdAt)}</dd>
          <dt>Hạn xử lý</dt>
          <dd>
            {`${vnDate(d.dueAt)} (${d.deadlineDays} ngày làm việc) `}
            <DueBadge item={d} />
          </dd>
          <dt>Công khai</dt>
          <dd>
            {d.publish
              ? d.publishApproved
                ? 'Người gửi đồng ý; đang công khai'
                : 'Người gửi đồng ý; chưa công khai'
              : 'Người gửi không đồng ý'}
          </dd>
        </dl>
      </section>
      <section className="card">
        <h2>Gửi đến đơn vị</h2>
        {d.deliveries.length ? (
          <ul className="deliveries">
            {d.deliveries.map((x) => (
              <li key={x.id} className={`d-${x.status}`}>
                <div>
                  <strong>{CHANNEL_LABEL[x.channel] ?? x.channel}</strong>
                  {` → ${x.to}`}
                </div>
                <div>
                  <span className={`status d-${x.status}`}>{DELIVERY_LABEL[x.status] ?? x.status}</span>
                  {` · ${x.attempts} lần thử`}
                </div>
                {x.lastError ? <div className="muted small">{`Lỗi gần nhất: ${readable(x.lastError)}`}</div> : null}
                {x.deliveredAt ? <div className="muted small">{`Đã gửi lúc ${vnDateTime(x.deliveredAt)}`}</div> : null}
                {x.status === 'dead' || x.status === 'pending' ? (
                  <button
                    type="button"
                    className={x.status === 'dead' ? '' : 'secondary small'}
                    onClick={() => act(`deliveries/${encodeURIComponent(x.id)}/retry`, undefined, 'Đã cho gửi lại.')}
                  >
                    Gửi lại ngay
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Đơn vị chưa có kênh nhận; cán bộ xem trực tiếp trong bảng điều khiển.</p>
        )}
        {d.notifications.length ? (
          <div>
            <h3>Nhắn cho người gửi</h3>
            {d.notifications.map((n) => (
              <p key={n.at} className="small">
                {`${vnDateTime(n.at)} · Zalo: ${n.status === 'sent' ? 'đã nhắn' : `chưa nhắn được (${readable(n.error ?? '')})`}`}
              </p>
            ))}
          </div>
        ) : null}
      </section>
    </aside>
  );
}
