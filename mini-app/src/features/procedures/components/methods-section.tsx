// Time and fee for each way of applying. Unknown is said plainly, with the official page.
import { ExternalLink } from '@/components/call-link.js';
import type { Method } from '@/types/api.js';
import { feeText, METHOD_LABEL, timeText, UNKNOWN } from '../utils/labels.js';

function Unknown({ officialUrl }: { officialUrl: string | null }) {
  return (
    <>
      {UNKNOWN}
      {officialUrl && (
        <>
          {' · '}
          <ExternalLink href={officialUrl}>Xem trang chính thức</ExternalLink>
        </>
      )}
    </>
  );
}

export function MethodsSection({ methods, officialUrl }: { methods: Method[]; officialUrl: string | null }) {
  if (methods.length === 0)
    return (
      <p>
        <Unknown officialUrl={officialUrl} />
      </p>
    );
  return (
    <div className="methods">
      {methods.map((m, i) => {
        const time = timeText(m.time);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same kind can appear twice with different conditions
          <div key={`${m.kind}-${i}`} className="card method">
            <h3 className="card-title">{METHOD_LABEL[m.kind]}</h3>
            <dl className="facts">
              <dt>Thời gian giải quyết</dt>
              <dd>{time ?? <Unknown officialUrl={officialUrl} />}</dd>
              {time && m.time.text && m.time.text !== time && <dd className="muted">{m.time.text}</dd>}
              <dt>Phí, lệ phí</dt>
              {m.fees.length === 0 ? (
                <dd>
                  <Unknown officialUrl={officialUrl} />
                </dd>
              ) : (
                m.fees.map((fee, j) => {
                  const text = feeText(fee);
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: fees have no id
                    <dd key={j}>
                      {text ?? <Unknown officialUrl={officialUrl} />}
                      {fee.note && <span className="muted"> ({fee.note})</span>}
                    </dd>
                  );
                })
              )}
            </dl>
            {m.description && <p className="muted">{m.description}</p>}
          </div>
        );
      })}
    </div>
  );
}
