// Routes. Hash routing: the same build works at our server's /app/ and inside Zalo
// (zmp-ui's ZMPRouter forces the basename /zapps/<APP_ID> in production builds, which
// breaks serving at /app/). Home and the procedure page (so a procedure saved on the device
// opens without a network) are in the main bundle; every other screen is its own chunk, the
// main places' chunks fetched ahead when the phone is idle.
import { Suspense, useEffect, useReducer } from 'react';
import { HashRouter, Route, Routes, useLocation } from 'react-router-dom';
import { LoadingList } from '@/components/feedback-states.js';
import { HomePage } from '@/features/home/components/home-page.js';
import { ProcedureDetailPage } from '@/features/procedures/components/procedure-detail-page.js';
import { retryableLazy, retryFailedScreens } from './retryable-lazy.js';
import { ScreenErrorBoundary } from './screen-error-boundary.js';
import { ScrollToTop } from './scroll-to-top.js';

const ProceduresPage = retryableLazy(() => import('@/features/procedures/components/procedures-page.js'), 'ProceduresPage');
const HotlinesPage = retryableLazy(() => import('@/features/hotlines/components/hotlines-page.js'), 'HotlinesPage');
const GuidesPage = retryableLazy(() => import('@/features/guides/components/guides-page.js'), 'GuidesPage');
const GuidePage = retryableLazy(() => import('@/features/guides/components/guide-page.js'), 'GuidePage');
const NewsPage = retryableLazy(() => import('@/features/news/components/news-page.js'), 'NewsPage');
const NewsArticlePage = retryableLazy(() => import('@/features/news/components/news-article-page.js'), 'NewsArticlePage');
const FaqPage = retryableLazy(() => import('@/features/faq/components/faq-page.js'), 'FaqPage');
const ChatPage = retryableLazy(() => import('@/features/chat/components/chat-page.js'), 'ChatPage');
const MinePage = retryableLazy(() => import('@/features/mine/mine-page.js'), 'MinePage');
const FeedbackFormPage = retryableLazy(() => import('@/features/feedback/components/feedback-form-page.js'), 'FeedbackFormPage');
const FeedbackLookupPage = retryableLazy(() => import('@/features/feedback/components/lookup-page.js'), 'FeedbackLookupPage');
const MyFeedbackPage = retryableLazy(() => import('@/features/feedback/components/my-feedback-page.js'), 'MyFeedbackPage');
const FeedbackStatusPage = retryableLazy(() => import('@/features/feedback/components/status-page.js'), 'FeedbackStatusPage');
const PublicAnswersPage = retryableLazy(() => import('@/features/public-answers/components/public-answers-page.js'), 'PublicAnswersPage');
const SurveyPage = retryableLazy(() => import('@/features/survey/components/survey-page.js'), 'SurveyPage');
const NotFoundPage = retryableLazy(() => import('./not-found-page.js'), 'NotFoundPage');

/** Once the first screen is up and the phone is idle, the main places' code is fetched ahead. */
function usePreloadMainScreens() {
  useEffect(() => {
    const run = () => {
      for (const screen of [ProceduresPage, ChatPage, HotlinesPage, MinePage]) screen.preload();
    };
    const idle = (window as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    if (idle) idle(run, { timeout: 4000 });
    else setTimeout(run, 2000);
  }, []);
}

function Screens() {
  const { pathname } = useLocation();
  usePreloadMainScreens();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  return (
    <ScreenErrorBoundary
      path={pathname}
      onRetry={() => {
        retryFailedScreens();
        rerender();
      }}
    >
      <Suspense
        fallback={
          <div className="page-body">
            <LoadingList />
          </div>
        }
      >
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/procedures" element={<ProceduresPage />} />
          <Route path="/procedures/:code" element={<ProcedureDetailPage />} />
          <Route path="/hotlines" element={<HotlinesPage />} />
          <Route path="/guides" element={<GuidesPage />} />
          <Route path="/guides/:id" element={<GuidePage />} />
          <Route path="/news" element={<NewsPage />} />
          <Route path="/news/:id" element={<NewsArticlePage />} />
          <Route path="/faq" element={<FaqPage />} />
          <Route path="/chat" element={<ChatPage />} />
          <Route path="/mine" element={<MinePage />} />
          <Route path="/feedback/new" element={<FeedbackFormPage />} />
          <Route path="/feedback/lookup" element={<FeedbackLookupPage />} />
          <Route path="/feedback/mine" element={<MyFeedbackPage />} />
          <Route path="/feedback/status/:code" element={<FeedbackStatusPage />} />
          <Route path="/feedback/public" element={<PublicAnswersPage />} />
          <Route path="/survey" element={<SurveyPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </ScreenErrorBoundary>
  );
}

export function AppRouter() {
  return (
    <HashRouter>
      <ScrollToTop />
      <Screens />
    </HashRouter>
  );
}
