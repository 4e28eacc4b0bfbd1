// The one-stop office (bộ phận một cửa): address, today's hours, map link and a call button.
import { hoursForDay, isoWeekday, openNow, weeklySummary } from '@/lib/hours.js';
import type { Office } from '@/types/api.js';
import { CallLink, ExternalLink } from './call-link.js';
import { Icon } from './icons.js';

export function OfficeCard({ office, showWeek = false, now = new Date() }: { office: Office; showWeek?: boolean; now?: Date }) {
  const today = hoursForDay(office.hours, isoWeekday(now));
  const state = office.hours.length > 0 ? openNow(office.hours, now) : null;
  return (
    <section className="card office" aria-label={office.name}>
      <h3 className="card-title">{office.name}</h3>
      <p className="row">
        <Icon name="map" />
        <span>{office.address}</span>
      </p>
      <p className="row">
        <Icon name="clock" />
        {office.hours.length === 0 ? (
          <span>Chưa có thông tin giờ làm việc</span>
        ) : (
          <span>
            <strong className={state?.open ? 'hours-open' : 'hours-closed'}>{state?.text}</strong>
            {today && <span className="hours-today"> · Giờ làm việc hôm nay: {today}</span>}
          </span>
        )}
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
