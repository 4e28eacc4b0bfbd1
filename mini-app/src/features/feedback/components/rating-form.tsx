// Rating the answer: 1–5 stars, "đã giải quyết chưa?", an optional comment. May be sent again
// to change it (the server keeps the last one).
import { type FormEvent, useState } from 'react';
import { ApiError } from '@/lib/api-client.js';
import { rateAnswer } from '../api/rate-answer.js';
import { ratedStars, rememberRated } from '../utils/sent-store.js';
import { FieldError, TextField } from './text-field.js';

const STAR_WORDS = ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'];

export function RatingForm({ code, last4 }: { code: string; last4: string }) {
  const [stars, setStars] = useState(0);
  const [solved, setSolved] = useState<boolean | null>(null);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<{ stars?: string; solved?: string; comment?: string }>({});
  const [state, setState] = useState<'idle' | 'sending' | 'done'>(() => (ratedStars(code) ? 'done' : 'idle'));
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: typeof errors = {};
    if (!stars) found.stars = 'Vui lòng chọn số sao từ 1 đến 5.';
    if (solved === null) found.solved = 'Vui lòng cho biết vấn đề đã được giải quyết chưa.';
    if (comment.trim().length > 1000) found.comment = 'Nhận xét dài tối đa 1.000 ký tự.';
    setErrors(found);
    if (Object.keys(found).length || solved === null) return;
    setState('sending');
    setFailure(null);
    try {
      await rateAnswer(code, { phoneLast4: last4, stars, solved, ...(comment.trim() ? { comment: comment.trim() } : {}) });
      rememberRated(code, stars);
      setState('done');
    } catch (err) {
      setFailure(err instanceof ApiError ? err.message : 'Chưa gửi được đánh giá. Vui lòng thử lại.');
      setState('idle');
    }
  }

  if (state === 'done') {
    return (
      <section className="card" aria-live="polite">
        <h2 className="card-title">Cảm ơn bạn đã đánh giá</h2>
        <p>Bạn đã chấm {ratedStars(code) ?? stars}/5 sao. Đánh giá của bạn giúp cơ quan trả lời tốt hơn.</p>
        <button type="button" className="btn btn-link" onClick={() => setState('idle')}>
          Sửa đánh giá
        </button>
      </section>
    );
  }

  return (
    <form className="card fb-rating" onSubmit={submit} noValidate aria-labelledby="fb-rating-title">
      <h2 className="card-title" id="fb-rating-title">
        Đánh giá câu trả lời
      </h2>
      <fieldset className="fb-field" aria-describedby={errors.stars ? 'fb-stars-error' : undefined}>
        <legend className="fb-label">Mức độ hài lòng</legend>
        <div className="fb-stars">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className={`fb-star${n <= stars ? ' is-on' : ''}`} title={STAR_WORDS[n - 1]}>
              <input type="radio" name="stars" value={n} checked={stars === n} onChange={() => setStars(n)} className="visually-hidden" />
              <span aria-hidden="true">★</span>
              <span className="visually-hidden">
                {n} sao — {STAR_WORDS[n - 1]}
              </span>
            </label>
          ))}
        </div>
        {stars > 0 && <p className="fb-hint">{STAR_WORDS[stars - 1]}</p>}
        {errors.stars && <FieldError id="fb-stars-error">{errors.stars}</FieldError>}
      </fieldset>
      <fieldset className="fb-field" aria-describedby={errors.solved ? 'fb-solved-error' : undefined}>
        <legend className="fb-label">Vấn đề của bạn đã được giải quyết chưa?</legend>
        <div className="fb-choice-row">
          <label className="fb-choice">
            <input type="radio" name="solved" checked={solved === true} onChange={() => setSolved(true)} /> Đã giải quyết
          </label>
          <label className="fb-choice">
            <input type="radio" name="solved" checked={solved === false} onChange={() => setSolved(false)} /> Chưa giải quyết
          </label>
        </div>
        {errors.solved && <FieldError id="fb-solved-error">{errors.solved}</FieldError>}
      </fieldset>
      <TextField
        id="fb-rating-comment"
        label="Nhận xét"
        multiline
        value={comment}
        onChange={setComment}
        maxLength={1000}
        error={errors.comment}
      />
      {failure && (
        <p className="fb-error" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={state === 'sending'}>
        {state === 'sending' ? 'Đang gửi…' : 'Gửi đánh giá'}
      </button>
    </form>
  );
}
