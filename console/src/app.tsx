// The console shell: who is signed in, the navigation with counts, and the screen for the hash.
import type { Field, ListResponse } from '@contract';
import type { Capability } from '@contract/constants.js';
import type { InboxCounts, StaffMe, StaffUnits } from '@contract/staff.js';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useToast } from '@/components/toast.js';
import { api, SIGNED_OUT_EVENT } from '@/lib/api.js';
import { ROLE_SHORT_LABELS } from '@/lib/labels.js';
import { go, type Route, useRoute } from '@/lib/router.js';
import { ContentScreen } from '@/screens/content.js';
import { DetailScreen } from '@/screens/detail.js';
import { InboxScreen } from '@/screens/inbox.js';
import { LoginScreen } from '@/screens/login.js';
import { ReportsScreen } from '@/screens/reports.js';
import { SettingsScreen } from '@/screens/settings.js';
import { capabilitiesOf, homeOf, type Session, SessionContext } from '@/session.js';

interface Signed {
  me: StaffMe;
  units: StaffUnits['items'];
  fields: Field[];
}

async function loadSession(me: StaffMe): Promise<Signed> {
  const [units, fields] = await Promise.all([
    api<StaffUnits>('/api/staff/units'),
    api<ListResponse<Field>>('/api/fields').catch(() => ({ items: [] })),
  ]);
  return { me, units: units.items, fields: fields.items };
}

export function App() {
  const route = useRoute();
  const toast = useToast();
  /** undefined = not known yet (asking /me); null = signed out. */
  const [signed, setSigned] = useState<Signed | null | undefined>(undefined);
  const [counts, setCounts] = useState<InboxCounts | null>(null);

  const can = useCallback((c: Capability) => (signed ? capabilitiesOf(signed.me)(c) : false), [signed]);
  const refreshCounts = useCallback(async () => {
    if (!can('feedback.handle')) return;
    try {
      setCounts(await api<InboxCounts>('/api/staff/feedback/counts'));
    } catch {
      setCounts(null);
    }
  }, [can]);

  // The session on first load: signed in already (cookie) or the sign-in form.
  useEffect(() => {
    api<StaffMe>('/api/staff/me')
      .then(loadSession)
      .then(setSigned, () => setSigned(null));
  }, []);
  useEffect(() => {
    void refreshCounts();
  }, [refreshCounts]);

  const signedOut = useCallback(
    (message?: string) => {
      setSigned(null);
      setCounts(null);
      if (message) toast(message);
      go('#/login');
    },
    [toast],
  );
  const signedRef = useRef(signed);
  signedRef.current = signed;
  useEffect(() => {
    const expired = () => {
      if (signedRef.current) signedOut('Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.');
    };
    window.addEventListener(SIGNED_OUT_EVENT, expired);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, expired);
  }, [signedOut]);

  const main = useRef<HTMLElement>(null);
  const onLogin = route.parts[0] === 'login';
  // Keyboard and screen-reader users land on the new screen's content.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the focus moves on every navigation (route.visit)
  useEffect(() => {
    if (signed && !onLogin) main.current?.focus({ preventScroll: true });
  }, [route.visit, signed, onLogin]);

  // Where to go when the hash does not fit who is (not) signed in.
  useEffect(() => {
    if (signed === null && !onLogin) go('#/login');
    else if (signed && onLogin) go(homeOf(can));
  }, [signed, onLogin, can]);

  const session: Session | null = signed ? { ...signed, counts, can, refreshCounts } : null;

  return (
    <>
      <a className="skip" href="#view">
        Bỏ qua thanh điều hướng
      </a>
      <header className="topbar">
        <a className="brand" href="#/">
          Bảng điều khiển cán bộ <span>CCHC</span>
        </a>
        <div id="who" className="who">
          {signed ? (
            <>
              <span className="who-name">{signed.me.displayName}</span>
              <span className="who-role">{signed.me.roles.map((r) => ROLE_SHORT_LABELS[r] ?? r).join(', ')}</span>
              <button
                type="button"
                className="secondary"
                onClick={async () => {
                  await api('/api/staff/logout', { method: 'POST' }).catch(() => {});
                  signedOut('Bạn đã đăng xuất.');
                }}
              >
                Đăng xuất
              </button>
            </>
          ) : null}
        </div>
      </header>
      <div className="layout">
        {session ? <Nav session={session} /> : null}
        <main id="view" className="view" tabIndex={-1} ref={main}>
          {signed === undefined ? (
            <p className="muted">Đang tải…</p>
          ) : signed === null ? (
            onLogin ? (
              <LoginScreen onSignedIn={async (me) => setSigned(await loadSession(me))} />
            ) : null
          ) : session ? (
            <SessionContext.Provider value={session}>
              <Screen route={route} session={session} />
            </SessionContext.Provider>
          ) : null}
        </main>
      </div>
    </>
  );
}

function Screen({ route, session }: { route: Route; session: Session }): ReactNode {
  const { parts, query } = route;
  const { can } = session;
  const [first, second] = parts;
  if (first === 'inbox' && can('feedback.handle')) return <InboxScreen query={query} visit={route.visit} />;
  if (first === 'feedback' && second && can('feedback.handle')) return <DetailScreen key={second} code={second} visit={route.visit} />;
  if (first === 'content' && can('content.edit')) return <ContentScreen key={second ?? 'hotlines'} kind={second ?? 'hotlines'} />;
  if (first === 'settings' && can('settings')) return <SettingsScreen page={second ?? 'units'} query={query} visit={route.visit} />;
  if (first === 'reports' && (can('reports.figures') || can('reports.gaps')))
    return <ReportsScreen sub={second} query={query} visit={route.visit} />;
  if (first !== 'login') return <Redirect to={homeOf(can)} />;
  return null;
}

function Redirect({ to }: { to: string }) {
  useEffect(() => go(to), [to]);
  return null;
}

function NavLink({ href, label, count, kind }: { href: string; label: string; count?: number | null; kind?: string }) {
  const hash = location.hash;
  const current = hash.startsWith(href) && (href.includes('?') || !hash.slice(href.length).startsWith('?status'));
  return (
    <li>
      <a href={href} aria-current={current ? 'page' : undefined}>
        <span>{label}</span>
        {count !== undefined && count !== null ? (
          <span className={`count ${kind ?? ''} ${count === 0 ? 'zero' : ''}`}>{String(count)}</span>
        ) : null}
      </a>
    </li>
  );
}

function Nav({ session }: { session: Session }) {
  useRoute(); // the current page's link is marked
  const { can } = session;
  const c: Partial<InboxCounts> = session.counts ?? {};
  return (
    <nav id="nav" className="nav" aria-label="Điều hướng chính">
      {can('feedback.handle') ? (
        <>
          <h2>Phản ánh, kiến nghị</h2>
          <ul>
            <NavLink href="#/inbox?status=open" label="Cần xử lý" count={c.open} />
            <NavLink href="#/inbox?status=new" label="Mới nhận" count={c.new} />
            <NavLink href="#/inbox?status=in_progress" label="Đang xử lý" count={c.in_progress} />
            <NavLink href="#/inbox?due=soon" label="Sắp đến hạn" count={c.dueSoon} kind="warn" />
            <NavLink href="#/inbox?due=overdue" label="Quá hạn" count={c.overdue} kind="danger" />
            <NavLink href="#/inbox?status=answered" label="Đã trả lời" count={c.answered} />
            <NavLink href="#/inbox?status=closed" label="Đã kết thúc" count={c.closed} />
            <NavLink href="#/inbox?status=all" label="Tất cả" />
          </ul>
          {c.deadDeliveries ? (
            <p className="nav-alert">{`${c.deadDeliveries} lần gửi đến đơn vị bị lỗi — mở phản ánh để gửi lại.`}</p>
          ) : null}
        </>
      ) : null}
      {can('content.edit') ? (
        <>
          <h2>Nội dung</h2>
          <ul>
            <NavLink href="#/content/hotlines" label="Đường dây nóng" />
            <NavLink href="#/content/news" label="Tin tức" />
            <NavLink href="#/content/guides" label="Hướng dẫn" />
            <NavLink href="#/content/faq" label="Hỏi đáp" />
            <NavLink href="#/content/templates" label="Mẫu trả lời" />
          </ul>
        </>
      ) : null}
      {can('reports.gaps') || can('print') ? (
        <>
          <h2>Báo cáo</h2>
          <ul>
            {can('reports.figures') ? <NavLink href="#/reports?period=year" label="Số liệu báo cáo" /> : null}
            {can('reports.gaps') ? <NavLink href="#/reports/gaps" label="Câu hỏi chưa có trả lời" /> : null}
            {can('print') ? <NavLink href="#/reports/print" label="In áp phích, tờ rơi" /> : null}
          </ul>
        </>
      ) : null}
      {can('settings') ? (
        <>
          <h2>Cài đặt</h2>
          <ul>
            <NavLink href="#/settings/units" label="Đơn vị xử lý" />
            <NavLink href="#/settings/routing" label="Quy tắc chuyển" />
            <NavLink href="#/settings/holidays" label="Ngày nghỉ lễ" />
            <NavLink href="#/settings/staff" label="Tài khoản cán bộ" />
            <NavLink href="#/settings/audit" label="Nhật ký thao tác" />
          </ul>
        </>
      ) : null}
    </nav>
  );
}
