// The satisfaction survey at the one-stop office, reached by the QR code on the office's poster
// (#/survey?office=…&procedure=…): five questions (the SIPAS factors), a score of 1–5 each, no
// name or phone. One answer per device per day.
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorState, LoadingList } from '@/components/feedback-states.js';
import { PageLayout } from '@/components/page-layout.js';
import { ApiError } from '@/lib/api-client.js';
import { useQuery } from '@/lib/use-query.js';
import { beacon } from '../../usage/beacon.js';
import { getSurveyForm, type Scores, type SurveyForm, submitSurvey } from '../api/survey.js';
import { deviceId, rememberSent, sentToday } from '../device.js';
import '../survey.css';

const NOT_YET = 'not-yet';

export function SurveyPage() {
  const [params, setParams] = useSearchParams();
  const office = params.get('office');
  const procedure = params.get('procedure');
  const form = useQuery(`survey-form:${office ?? ''}:${procedure ?? ''}`, (signal) => getSurveyForm(office, procedure, signal));
  const unit = form.data?.office?.unitCode;
  useEffect(() => {
    if (unit) beacon('survey_open', unit);
  }, [unit]);

  return (
    <PageLayout title="Đánh giá sự hài lòng">
      {form.loading && <LoadingList count={5} />}
      {form.error && <ErrorState error={form.error} onRetry={form.retry} />}
      {form.data && !form.data.office && (
        <OfficePicker form={form.data} onPick={(id) => setParams(procedure ? { office: id, procedure } : { office: id })} />
      )}
      {form.data?.office && <SurveyQuestions form={form.data} office={form.data.office.id} procedure={form.data.procedure?.code} />}
    </PageLayout>
  );
}

function OfficePicker({ form, onPick }: { form: SurveyForm; onPick: (id: string) => void }) {
  return (
    <section className="card">
      <h2 className="card-title">Bạn vừa làm thủ tục ở đâu?</h2>
      <p className="muted">Chọn bộ phận một cửa để đánh giá. Không cần ghi tên hay số điện thoại.</p>
      <div className="actions actions-stack">
        {form.offices.map((o) => (
          <button key={o.id} type="button" className="btn btn-secondary sv-office" onClick={() => onPick(o.id)}>
            {o.name}
          </button>
        ))}
      </div>
    </section>
  );
}

function SurveyQuestions({ form, office, procedure }: { form: SurveyForm; office: string; procedure?: string }) {
  const [scores, setScores] = useState<Record<string, number | typeof NOT_YET>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const [state, setState] = useState<'idle' | 'sending' | 'done'>(() => (sentToday() ? 'done' : 'idle'));
  const [failure, setFailure] = useState<string | null>(null);

  function choose(id: string, value: number | typeof NOT_YET) {
    setScores((prev) => ({ ...prev, [id]: value }));
    setMissing((prev) => prev.filter((m) => m !== id));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const unanswered = form.criteria.filter((c) => scores[c.id] === undefined).map((c) => c.id);
    setMissing(unanswered);
    if (unanswered.length) {
      document.getElementById(`sv-${unanswered[0]}`)?.scrollIntoView({ block: 'center' });
      return;
    }
    const body: Scores = {};
    for (const c of form.criteria) {
      const v = scores[c.id];
      body[c.id] = v === NOT_YET || v === undefined ? null : v;
    }
    setState('sending');
    setFailure(null);
    try {
      await submitSurvey({ office, ...(procedure ? { procedure } : {}), deviceId: deviceId(), scores: body });
      rememberSent();
      setState('done');
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        rememberSent();
        setState('done');
        return;
      }
      setFailure(err instanceof Error ? err.message : 'Chưa gửi được. Vui lòng thử lại.');
      setState('idle');
    }
  }

  if (state === 'done') {
    return (
      <section className="card sv-done" aria-live="polite">
        <h2 className="card-title">Cảm ơn bạn đã đánh giá</h2>
        <p>Ý kiến của bạn giúp {form.office?.name ?? 'cơ quan'} phục vụ tốt hơn. Mỗi máy gửi được một phiếu mỗi ngày.</p>
        <div className="actions actions-stack">
          <Link className="btn btn-primary" to="/">
            Về trang chủ
          </Link>
          <Link className="btn btn-secondary" to="/feedback/new">
            Gửi phản ánh, kiến nghị
          </Link>
        </div>
      </section>
    );
  }

  return (
    <form className="sv-form" onSubmit={submit} noValidate>
      <p className="sv-intro">
        Bạn vừa làm thủ tục tại <strong>{form.office?.name}</strong>
        {form.procedure ? (
          <>
            {' '}
            (<span>{form.procedure.name}</span>)
          </>
        ) : null}
        . Bạn hài lòng đến đâu? Chọn từ <strong>1</strong> (rất không hài lòng) đến <strong>5</strong> (rất hài lòng). Không cần ghi tên hay
        số điện thoại.
      </p>
      {form.criteria.map((c, i) => {
        const value = scores[c.id];
        const error = missing.includes(c.id);
        return (
          <fieldset
            key={c.id}
            id={`sv-${c.id}`}
            className={`card sv-question${error ? ' has-error' : ''}`}
            aria-describedby={error ? `sv-${c.id}-error` : undefined}
          >
            <legend className="sv-legend">
              {i + 1}. {c.label}
            </legend>
            <p className="sv-hint">{c.hint}</p>
            <div className="sv-scale">
              {form.scale.map((s) => (
                <label key={s.value} className={`sv-option${value === s.value ? ' is-on' : ''}`}>
                  <input
                    type="radio"
                    name={c.id}
                    value={s.value}
                    checked={value === s.value}
                    onChange={() => choose(c.id, s.value)}
                    className="visually-hidden"
                  />
                  <span aria-hidden="true">{s.value}</span>
                  <span className="visually-hidden">
                    {s.value} — {s.label}
                  </span>
                </label>
              ))}
            </div>
            <p className="sv-chosen" aria-hidden="true">
              {typeof value === 'number' ? form.scale.find((s) => s.value === value)?.label : 'Chưa chọn'}
            </p>
            {c.optional && (
              <label className={`sv-not-yet${value === NOT_YET ? ' is-on' : ''}`}>
                <input type="radio" name={c.id} checked={value === NOT_YET} onChange={() => choose(c.id, NOT_YET)} /> Tôi chưa góp ý, phản
                ánh lần nào
              </label>
            )}
            {error && (
              <p className="sv-error" id={`sv-${c.id}-error`}>
                Vui lòng chọn một mức{c.optional ? ' hoặc "Tôi chưa góp ý, phản ánh lần nào"' : ''}.
              </p>
            )}
          </fieldset>
        );
      })}
      {failure && (
        <p className="sv-error" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" className="btn btn-primary sv-submit" disabled={state === 'sending'}>
        {state === 'sending' ? 'Đang gửi…' : 'Gửi đánh giá'}
      </button>
    </form>
  );
}
