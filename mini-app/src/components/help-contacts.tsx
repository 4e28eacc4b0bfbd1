// "No dead ends": when the app has no answer, offer the assistant and a hotline.
import { Link } from 'react-router-dom';
import { helpHotline, useHotlines } from '@/api/get-hotlines.js';
import { CallLink } from './call-link.js';
import { Icon } from './icons.js';

export function HelpContacts({ chatQuery, intro, showChat = true }: { chatQuery?: string; intro?: string; showChat?: boolean }) {
  const hotlines = useHotlines();
  const hotline = hotlines.data ? helpHotline(hotlines.data.items) : null;
  const chatTo = chatQuery ? `/chat?q=${encodeURIComponent(chatQuery)}` : '/chat';
  return (
    <div className="help">
      {intro && <p>{intro}</p>}
      <div className="actions">
        {showChat && (
          <Link className="btn btn-primary" to={chatTo}>
            <Icon name="chat" />
            <span>Hỏi trợ lý</span>
          </Link>
        )}
        {hotline && <CallLink number={hotline.number}>Gọi {hotline.name}</CallLink>}
        <Link className="btn btn-secondary" to="/hotlines">
          Các đường dây nóng
        </Link>
      </div>
    </div>
  );
}
