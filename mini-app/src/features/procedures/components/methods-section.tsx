// Time and fee for each way of applying, as recorded. Unknown is said plainly, with the official
// page. A fee shows what applies today and why (a reduction until a date, a province-set amount);
// a fact that comes from a legal text rather than the national record names that text.
import type { ReactNode } from 'react';
import { ExternalLink } from '@/components/call-link.js';
import type { Citation, Fee, Method } from '@/types/api.js';
import { citationText, dmy, feeText, METHOD_LABEL, moneyText, timeExtra, timeText, UNKNOWN, vietnamToday } from '../utils/labels.js';

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

export function Source({ citation }: { citation: Citation }) {
  return (
    <span className="fact-source">
      Theo {citation.url ? <ExternalLink href={citation.url}>{citationText(citation)}</ExternalLink> : citationText(citation)}
    </span>
  );
}

/** "Cá nhân, hộ gia đình." is who the amount is for: shown in front of it. Longer notes follow it. */
function whoFor(note: string | null): string | null {
  return note && note.length <= 40 ? note.replace(/[.:]\s*$/, '') : null;
}

function FeeLine({ fee, officialUrl, today }: { fee: Fee; officialUrl: string | null; today: string }) {
  const a = fee.applicable;
  // "Mức lệ phí do HĐND tỉnh quyết định" is what the province-set mark already says: not repeated.
  let own = a?.provinceSet && fee.note ? fee.note.replace(/^Mức lệ phí (?:cụ thể )?do HĐND tỉnh quyết định\.?\s*/u, '') || null : fee.note;
  // A note that restates a dated condition ("… đến hết 31/12/2026 thu bằng 50% …") is said by the condition itself.
  const restated = (fee.conditions ?? []).some((c) => c.validTo && own?.includes(dmy(c.validTo)));
  // Exemptions are listed from the conditions; the note's sentence saying the same goes.
  for (const e of a?.exemptions ?? []) if (own && e.appliesTo) own = own.replace(`Miễn lệ phí cho ${e.appliesTo}.`, '').trim() || null;
  const who = restated ? null : whoFor(own);
  const note = who || restated ? null : own;
  // A page saved on the phone may outlive a reduction: after its last day the base amount applies.
  const reduced = a?.condition && (a.condition.validTo === null || today <= a.condition.validTo) ? a : null;
  let amount: ReactNode;
  if (reduced) {
    amount = (
      <>
        <strong>
          {reduced.free ? 'Miễn phí' : reduced.amount !== null ? moneyText(reduced.amount, reduced.currency, reduced.per) : UNKNOWN}
        </strong>{' '}
        <span className="badge badge-online">Đang giảm</span>
      </>
    );
  } else if (a?.provinceSet) {
    amount = (
      <>
        {a.amount !== null ? <strong>{moneyText(a.amount, a.currency, a.per)}</strong> : 'Chưa có số tiền cụ thể'}
        {' · '}mức do tỉnh quy định
        {a.amount !== null && a.example && (
          <>
            {' '}
            <span className="badge badge-example">Mức ví dụ</span>
          </>
        )}
      </>
    );
  } else {
    const base = a && a.baseAmount !== null && !a.free ? moneyText(a.baseAmount, a.currency, a.per) : feeText(fee);
    amount = base ?? <Unknown officialUrl={officialUrl} />;
  }
  return (
    <dd className="fee-line">
      {who && <span>{who}: </span>}
      {amount}
      {reduced?.condition && (
        <span className="fee-why">
          {reduced.condition.text}
          {reduced.condition.validTo ? ` đến hết ${dmy(reduced.condition.validTo)}` : ''}.
        </span>
      )}
      {reduced?.condition?.validTo && reduced.baseAmount !== null && (
        <span className="fee-why">
          Sau ngày {dmy(reduced.condition.validTo)}: {moneyText(reduced.baseAmount, reduced.currency, reduced.per)}.
        </span>
      )}
      {a?.provinceSet && a.amount === null && <span className="fee-why">Hỏi nơi nộp hồ sơ mức thu hiện hành của tỉnh.</span>}
      {a?.provinceSet && a.source && <Source citation={a.source} />}
      {a && a.exemptions.length > 0 && (
        <span className="fee-why">{a.exemptions.map((e) => `${e.text}${e.appliesTo ? `: ${e.appliesTo}` : ''}.`).join(' ')}</span>
      )}
      {note && <span className="fee-why">{note}</span>}
      {fee.source && <Source citation={fee.source} />}
      {reduced?.condition?.source && !fee.source && <Source citation={reduced.condition.source} />}
    </dd>
  );
}

export function MethodsSection({ methods, officialUrl, now }: { methods: Method[]; officialUrl: string | null; now?: Date }) {
  const today = vietnamToday(now);
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
        const extra = timeExtra(m.time);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same kind can appear twice with different conditions
          <div key={`${m.kind}-${i}`} className="card method">
            <h3 className="card-title">{METHOD_LABEL[m.kind]}</h3>
            <dl className="facts">
              <dt>Thời gian giải quyết</dt>
              <dd>
                {/* A time taken from the law reads as the law says it ("Ngay trong ngày…"), its upper bound after. */}
                {m.time.source && extra ? (
                  <>
                    {extra}
                    {time && <span className="fee-why">Chậm nhất: {time}.</span>}
                  </>
                ) : (
                  <>
                    {time ?? <Unknown officialUrl={officialUrl} />}
                    {extra && <span className="fee-why">{extra}</span>}
                  </>
                )}
                {m.time.note && <span className="fee-why">{m.time.note}</span>}
                {m.time.source && <Source citation={m.time.source} />}
              </dd>
              <dt>Phí, lệ phí</dt>
              {m.fees.length === 0 ? (
                <dd>
                  <Unknown officialUrl={officialUrl} />
                </dd>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: fees have no id
                m.fees.map((fee, j) => <FeeLine key={j} fee={fee} officialUrl={officialUrl} today={today} />)
              )}
            </dl>
            {m.description && <p className="muted">{m.description}</p>}
          </div>
        );
      })}
    </div>
  );
}
