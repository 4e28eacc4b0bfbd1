// The one-stop office (bộ phận một cửa): address, today's hours, map link and a call button.
import { hoursForDay, isoWeekday, weeklySummary } from '@/lib/hours.js';
import type { Office } from '@/types/api.js';
import { CallLink, ExternalLink } from './call-link.js';
import { Icon } from './icons.js';

export function OfficeCard({ office, showWeek = false, now = new Date() }: { office: Office; showWeek?: boolean; now?: Date }) {
  const today = hoursForDay(office.hours, isoWeekday(now));
  return (
    <section className="card office" aria-label={office.name}>
      <h3 className="card-title">{office.name}</h3>
      <p className="row">
        <Icon name="map" />
        <span>{office.address}</span>
      </p>
      <p className="row">
        <Icon name="clock" />
        <span>
          {office.hours.length === 0 ? 'Chưa có thông tin giờ làm việc' : today ? `Hôm nay mở cửa: ${today}` : 'Hôm nay không làm việc'}
        </span>
      </p>
      {showWeek && office.hours.length > 0 && (
        <ul className="hours-week">
          {weeklySummary(office.hours).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {office.note && <p className="muted">{office.note}</p>}
      <div className="actions">
        {office.phone && <CallLink number={office.phone}>Gọi {office.phone}</CallLink>}
        {office.mapUrl && (
          <ExternalLink className="btn btn-secondary" href={office.mapUrl}>
            Xem bản đồ
          </ExternalLink>
        )}
      </div>
    </section>
  );
}
