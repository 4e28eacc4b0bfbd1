// Every screen: zmp-ui Page + Header (with our own back icon), a main landmark, and on the
// main places (tab) the bottom navigation, with an optional docked composer above it.
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import Header from 'zmp-ui/header';
import Page from 'zmp-ui/page';
import { Dock } from './bottom-nav.js';
import { Icon } from './icons.js';

/** ownHeading: the screen has its own h1 (a procedure, an article); otherwise the title is the h1 for screen readers. */
export function PageLayout({
  title,
  children,
  back = true,
  ownHeading = false,
  tab = false,
  dock,
}: {
  title: string;
  children: ReactNode;
  back?: boolean;
  ownHeading?: boolean;
  /** one of the bottom navigation's places: show the navigation */
  tab?: boolean;
  /** kept at the bottom of the screen (the chat composer) */
  dock?: ReactNode;
}) {
  const navigate = useNavigate();
  return (
    <Page className="page">
      <header className="page-header">
        <Header
          title={title}
          showBackIcon={back}
          backIcon={<Icon name="back" label="Quay lại" />}
          onBackClick={() => {
            // Opened from a shared link there is no history to go back to: go home instead.
            if (window.history.length > 1 && window.history.state?.idx > 0) navigate(-1);
            else navigate('/', { replace: true });
          }}
        />
      </header>
      <main className="page-body">
        {!ownHeading && <h1 className="visually-hidden">{title}</h1>}
        {children}
      </main>
      <Dock nav={tab}>{dock}</Dock>
    </Page>
  );
}
