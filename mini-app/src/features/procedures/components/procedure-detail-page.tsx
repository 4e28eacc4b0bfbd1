// One procedure, in the order a person needs it: what it is for, papers to bring, time
// and fee, where to go, doing it online, then forms, steps, law and related procedures.
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import Button from 'zmp-ui/button';
import useSnackbar from 'zmp-ui/useSnackbar';
import { useLocality } from '@/api/get-locality.js';
import { ExternalLink } from '@/components/call-link.js';
import { ErrorState, Skeleton } from '@/components/feedback-states.js';
import { Icon } from '@/components/icons.js';
import { OfficeCard } from '@/components/office-card.js';
import { PageLayout } from '@/components/page-layout.js';
import { ApiError } from '@/lib/api-client.js';
import { platform } from '@/lib/platform/platform.js';
import type { Procedure } from '@/types/api.js';
import { useProcedure } from '../api/get-procedure.js';
import { ONLINE_LABEL, procedureTitle } from '../utils/labels.js';
import { DocumentChecklist } from './document-checklist.js';
import { MethodsSection, Source } from './methods-section.js';
import { ProcedureLinks } from './procedure-links.js';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Long official names (a building permit's runs to twelve lines) are folded to three lines until asked. */
function OfficialName({ name }: { name: string }) {
  const [open, setOpen] = useState(false);
  const long = name.length > 140;
  return (
    <div className="official-name">
      <p className={long && !open ? 'official-name-text is-folded' : 'official-name-text'}>
        <span className="official-name-label">Tên chính thức: </span>
        {name}
      </p>
      {long && (
        <button type="button" className="btn btn-link btn-inline" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? 'Thu gọn' : 'Xem đủ tên chính thức'}
        </button>
      )}
    </div>
  );
}

function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });
}

function OnlineSection({ procedure, portalUrl }: { procedure: Procedure; portalUrl: string | null }) {
  const label = ONLINE_LABEL[procedure.online.level];
  const url = procedure.online.url ?? (procedure.online.level === 'toan_trinh' || procedure.online.level === 'mot_phan' ? portalUrl : null);
  return (
    <div className="card">
      <p>
        <strong>{label.text}</strong>
        {label.old && <span className="muted"> (trước đây gọi là {label.old})</span>}
      </p>
      {procedure.online.level === 'mot_phan' && (
        <p>Bạn nộp hồ sơ trên mạng, nhưng vẫn phải đến nhận kết quả hoặc nộp bản giấy theo hướng dẫn.</p>
      )}
      {procedure.online.level === 'toan_trinh' && <p>Bạn có thể làm từ đầu đến cuối trên mạng, không phải đến cơ quan.</p>}
      {procedure.online.source && (
        <p className="muted">
          <Source citation={procedure.online.source} />
        </p>
      )}
      {url && (
        <ExternalLink className="btn btn-primary" href={url}>
          Làm trên Cổng Dịch vụ công
        </ExternalLink>
      )}
    </div>
  );
}

function ProcedureBody({ procedure, savedAt, onRefresh }: { procedure: Procedure; savedAt: string | null; onRefresh: () => void }) {
  const navigate = useNavigate();
  const { openSnackbar } = useSnackbar();
  const locality = useLocality();
  const officialUrl = procedure.officialUrl ?? procedure.source.url;
  const forms = procedure.documentGroups.flatMap((g) => g.documents).filter((d) => d.form || d.formUrl);
  const curated = procedure.provenance?.summary === 'curated';
  const title = procedureTitle(procedure);

  const share = async () => {
    const path = `/procedures/${encodeURIComponent(procedure.code)}`;
    const url = `${window.location.origin}${window.location.pathname}#${path}`;
    const outcome = await platform().share({ title, text: `Thủ tục: ${title}`, url, path });
    // Our own SVG icons: zmp-ui's default snackbar icons are glyphs of a font we do not ship.
    if (outcome === 'copied') openSnackbar({ text: 'Đã sao chép liên kết', type: 'success', prefixIcon: <Icon name="check" /> });
    if (outcome === 'failed')
      openSnackbar({ text: 'Chưa chia sẻ được. Vui lòng thử lại.', type: 'error', prefixIcon: <Icon name="alert" /> });
  };

  return (
    <article className="procedure">
      {savedAt && (
        <div className="notice notice-offline" role="status">
          <p>Đang xem bản lưu trên máy (lưu lúc {formatDate(savedAt)}). Thông tin có thể đã thay đổi.</p>
          <button type="button" className="btn btn-link" onClick={onRefresh}>
            Tải lại
          </button>
        </div>
      )}
      <h1 className="procedure-title">{title}</h1>
      {title !== procedure.name && <OfficialName name={procedure.name} />}
      <p className="muted">
        {procedure.fieldName && <span>{procedure.fieldName} · </span>}
        Mã {procedure.source.nationalCode ?? procedure.code}
      </p>

      <Section id="what" title="Thủ tục này để làm gì">
        {procedure.summary ? <p>{procedure.summary}</p> : <p className="muted">Chưa có phần giải thích ngắn. Xem các mục bên dưới.</p>}
        {procedure.whoNeeds && (
          <p>
            <strong>Ai cần làm: </strong>
            {procedure.whoNeeds}
          </p>
        )}
        {curated && <p className="provenance">Phần giải thích do địa phương biên soạn bằng lời dễ hiểu.</p>}
      </Section>

      <Section id="papers" title="Giấy tờ cần mang">
        <DocumentChecklist code={procedure.code} groups={procedure.documentGroups} />
      </Section>

      <Section id="time" title="Thời gian và lệ phí">
        <MethodsSection methods={procedure.methods} officialUrl={officialUrl} />
      </Section>

      <Section id="where" title="Nộp ở đâu">
        {procedure.officeInfo ? (
          <OfficeCard office={procedure.officeInfo} showWeek />
        ) : procedure.agencies.address || procedure.agencies.implementing ? (
          <>
            {procedure.agencies.implementing && <p>Cơ quan giải quyết: {procedure.agencies.implementing}</p>}
            {procedure.agencies.address && <p>Địa chỉ: {procedure.agencies.address}</p>}
            <p className="muted">Nộp tại cơ quan trên (theo bản ghi quốc gia); địa chỉ cụ thể xem ở trang chính thức.</p>
          </>
        ) : (
          <p className="muted">Chưa có thông tin.</p>
        )}
      </Section>

      <Section id="online" title="Làm trực tuyến">
        <OnlineSection procedure={procedure} portalUrl={locality.data?.portalUrl ?? null} />
      </Section>

      {forms.length > 0 && (
        <Section id="forms" title="Mẫu đơn, tờ khai">
          <ul className="plain-list">
            {forms.map((d) => (
              <li key={`${d.name}-${d.form}`}>
                <Icon name="file" className="icon-inline" /> {d.form ? `${d.form} (${d.name})` : d.name}
                {d.formUrl && (
                  <>
                    {' · '}
                    <ExternalLink href={d.formUrl}>Tải mẫu trên trang chính thức</ExternalLink>
                  </>
                )}
              </li>
            ))}
          </ul>
        </Section>
      )}

      {procedure.steps.length > 0 && (
        <Section id="steps" title="Các bước thực hiện">
          <ol className="steps">
            {procedure.steps.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps are ordered text
              <li key={i}>{s}</li>
            ))}
          </ol>
        </Section>
      )}

      {procedure.tips.length > 0 && (
        <Section id="tips" title="Lưu ý">
          <ul className="plain-list bullets">
            {procedure.tips.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </Section>
      )}

      {procedure.mistakes.length > 0 && (
        <Section id="mistakes" title="Sai sót thường gặp — nên tránh">
          <ul className="plain-list bullets mistakes">
            {procedure.mistakes.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </Section>
      )}

      {procedure.legalBasis.length > 0 && (
        <Section id="law" title="Căn cứ pháp lý">
          {/* Long lists of decrees matter to few readers: folded by default. */}
          <details className="card disclosure">
            <summary>Xem {procedure.legalBasis.length} văn bản</summary>
            <ul className="plain-list bullets">
              {procedure.legalBasis.map((l) => (
                <li key={l.number}>
                  <strong>{l.number}</strong>
                  {l.title && ` ${l.title}`}
                </li>
              ))}
            </ul>
          </details>
        </Section>
      )}

      <ProcedureLinks procedure={procedure} />

      <section className="section actions actions-stack" aria-label="Thao tác">
        <Button
          fullWidth
          variant="primary"
          prefixIcon={<Icon name="chat" />}
          onClick={() => navigate(`/chat?procedure=${encodeURIComponent(procedure.code)}`)}
        >
          Hỏi thêm
        </Button>
        <Button fullWidth variant="secondary" prefixIcon={<Icon name="share" />} onClick={() => void share()}>
          Chia sẻ
        </Button>
        <Link className="btn btn-secondary" to={`/feedback/new?procedure=${encodeURIComponent(procedure.code)}`}>
          <Icon name="message" />
          <span>Góp ý về thủ tục này</span>
        </Link>
      </section>

      <footer className="source">
        <p>
          Nguồn: Cơ sở dữ liệu quốc gia về thủ tục hành chính
          {procedure.source.decision && `, ${procedure.source.decision}`}
          {procedure.source.verifiedAt && `. Kiểm tra lần cuối ${formatDate(procedure.source.verifiedAt)}`}.
        </p>
        {officialUrl && (
          <ExternalLink className="btn btn-link btn-inline" href={officialUrl}>
            Xem trang chính thức
          </ExternalLink>
        )}
      </footer>
    </article>
  );
}

export function ProcedureDetailPage() {
  const { code = '' } = useParams();
  const query = useProcedure(code);
  const title = 'Chi tiết thủ tục';
  return (
    <PageLayout title={title} ownHeading>
      {query.loading && (
        <div role="status" aria-live="polite">
          <span className="visually-hidden">Đang tải thủ tục…</span>
          <Skeleton lines={2} />
          <Skeleton lines={4} />
          <Skeleton lines={3} />
        </div>
      )}
      {query.error &&
        (query.error instanceof ApiError && query.error.status === 404 ? (
          <div className="state">
            <h2 className="state-title">Không tìm thấy thủ tục này</h2>
            <p>{query.error.message}</p>
            <Link className="btn btn-primary" to="/procedures">
              Tìm thủ tục khác
            </Link>
          </div>
        ) : (
          <ErrorState error={query.error} onRetry={query.retry} />
        ))}
      {query.data && <ProcedureBody procedure={query.data.procedure} savedAt={query.data.savedAt} onRefresh={query.retry} />}
    </PageLayout>
  );
}
