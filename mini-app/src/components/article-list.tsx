// A list of titled articles (guides, news) linking to their pages.
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Icon } from './icons.js';

export interface ArticleItem {
  id: string;
  title: string;
  summary: string;
  meta?: ReactNode;
}

export function ArticleList({ items, basePath }: { items: ArticleItem[]; basePath: string }) {
  return (
    <ul className="list">
      {items.map((a) => (
        <li key={a.id}>
          <Link className="list-item" to={`${basePath}/${encodeURIComponent(a.id)}`}>
            <span className="list-item-main">
              <span className="list-item-title">{a.title}</span>
              {a.summary && <span className="list-item-sub">{a.summary}</span>}
              {a.meta && <span className="list-item-sub">{a.meta}</span>}
            </span>
            <Icon name="chevron" />
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function formatDay(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00`);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });
}
