// Where it happened, beyond the commune: a description in words and, only when the person taps
// "Thêm vị trí", the phone's position (the button says why before anything is asked).
import { useState } from 'react';
import { platform } from '@/lib/platform/platform.js';
import { TextField } from './text-field.js';

type Point = { lat: number; lng: number };

const inVietnam = (p: Point) => p.lat >= 6 && p.lat <= 24 && p.lng >= 102 && p.lng <= 118;

export function LocationPicker({
  text,
  point,
  onText,
  onPoint,
  error,
}: {
  text: string;
  point: Point | null;
  onText: (v: string) => void;
  onPoint: (p: Point | null) => void;
  error?: string;
}) {
  const [state, setState] = useState<'idle' | 'asking' | 'denied' | 'unavailable' | 'outside'>('idle');

  async function ask() {
    setState('asking');
    const res = await platform().getLocation();
    if (!res.ok) return setState(res.reason);
    if (!inVietnam(res.point)) return setState('outside');
    onPoint({ lat: Math.round(res.point.lat * 1e6) / 1e6, lng: Math.round(res.point.lng * 1e6) / 1e6 });
    setState('idle');
  }

  return (
    <div className="fb-location">
      <TextField
        id="fb-location-text"
        label="Mô tả nơi xảy ra"
        value={text}
        onChange={onText}
        maxLength={300}
        placeholder="Ví dụ: đầu ngõ 12, thôn Đông"
        error={error}
      />
      <div className="fb-field">
        {point ? (
          <div className="fb-point">
            <p>
              Đã thêm vị trí trên bản đồ: {point.lat.toLocaleString('vi-VN', { maximumFractionDigits: 5 })},{' '}
              {point.lng.toLocaleString('vi-VN', { maximumFractionDigits: 5 })}
            </p>
            <button type="button" className="btn btn-link" onClick={() => onPoint(null)}>
              Bỏ vị trí
            </button>
          </div>
        ) : (
          <>
            <p className="fb-hint" id="fb-point-why">
              Vị trí giúp đơn vị xử lý tìm đúng nơi xảy ra sự việc. Ứng dụng chỉ lấy vị trí khi bạn bấm nút này, một lần.
            </p>
            <button
              type="button"
              className="btn btn-secondary"
              aria-describedby="fb-point-why"
              disabled={state === 'asking'}
              onClick={() => void ask()}
            >
              {state === 'asking' ? 'Đang lấy vị trí…' : 'Thêm vị trí'}
            </button>
          </>
        )}
        {state === 'denied' && (
          <p className="fb-error" role="alert">
            Bạn chưa cho phép lấy vị trí. Bạn có thể mô tả nơi xảy ra bằng lời ở ô trên.
          </p>
        )}
        {state === 'unavailable' && (
          <p className="fb-error" role="alert">
            Chưa lấy được vị trí (định vị đang tắt hoặc tín hiệu yếu). Vui lòng thử lại hoặc mô tả nơi xảy ra bằng lời.
          </p>
        )}
        {state === 'outside' && (
          <p className="fb-error" role="alert">
            Vị trí lấy được nằm ngoài Việt Nam. Vui lòng mô tả nơi xảy ra bằng lời.
          </p>
        )}
      </div>
    </div>
  );
}
