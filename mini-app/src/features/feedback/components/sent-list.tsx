// What this device sent, newest first, each with its current status fetched from the server
// ("Đã có trả lời" stands out); offline, the list still shows with its codes and dates.
import '../feedback.css';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Icon } from '@/components/icons.js';
import { trackFeedback } from '../api/track-feedback.js';
import type { FeedbackStatusView } from '../api/types.js';
import { vnDateOf, vnDay } from '../utils/dates.js';
import { loadSent } from '../utils/sent-store.js';

/**
 * Statuses are asked for the newest few only (one request each; the tracking endpoint allows
 * 10 a minute per address) and remembered for a minute, so going back and forth asks again
 * neither too often nor never.
 */
const STATUS_LIMIT = 5;
const FRESH_MS = 60_000;

type Status = Pick<FeedbackStatusView, 'status' | 'statusLabel' | 'answer'>;
type StatusMap = Record<string, Status | 'failed'>;
const recent = new Map<string, { at: number; status: Status }>();

export function SentList() {
  const items = loadSent();
  const [statuses, setStatuses] = useState<StatusMap>(() =>
    Object.fromEntries(
      [...recent].filter(([, v]) => Date.now() - v.at < FRESH_MS).map(([code, v]) => [code, v.status] as [string, Status]),
    ),
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: asked once when the screen opens
  useEffect(() => {
    const controller = new AbortController();
    for (const item of items.slice(0, STATUS_LIMIT)) {
      const known = recent.get(item.trackingCode);
      if (known && Date.now() - known.at < FRESH_MS) continue;
      trackFeedback(item.trackingCode, item.phoneLast4, controller.signal).then(
        (v) => {
          const status = { status: v.status, statusLabel: v.statusLabel, answer: v.answer };
          recent.set(item.trackingCode, { at: Date.now(), status });
          setStatuses((s) => ({ ...s, [item.trackingCode]: status }));
        },
        () => !controller.signal.aborted && setStatuses((s) => ({ ...s, [item.trackingCode]: 'failed' })),
      );
    }
    return () => controller.abort();
  }, []);

  if (items.length === 0) return <p className="muted">Máy này chưa gửi phản ánh nào. Phản ánh bạn gửi sẽ hiện ở đây, kèm mã theo dõi.</p>;
  return (
    <>
      <p className="muted">Danh sách chỉ lưu trên máy này.</p>
      <ul className="list">
        {items.map((i) => {
          const s = statuses[i.trackingCode];
          return (
            <li key={i.trackingCode}>
              <Link className="list-item" to={`/feedback/status/${encodeURIComponent(i.trackingCode)}`}>
                <span className="list-item-main">
                  <span className="list-item-title">{i.subject}</span>
                  <span className="list-item-sub">
                    <span className="fb-mono">{i.trackingCode}</span> · gửi {vnDateOf(i.sentAt)} · hạn {vnDay(i.dueAt, false)}
                  </span>
                  {s && s !== 'failed' && (
                    <span className={`badge ${s.answer || s.status === 'answered' ? 'badge-answered' : 'badge-status'}`}>
                      {s.answer && s.status !== 'answered' ? `${s.statusLabel} · Đã có trả lời` : s.statusLabel}
                    </span>
                  )}
                  {s === 'failed' && <span className="list-item-sub">Chưa tải được trạng thái, bấm để xem</span>}
                </span>
                <Icon name="chevron" />
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}
