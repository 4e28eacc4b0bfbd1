// Routes. Hash routing: the same build works at our server's /app/ and inside Zalo
// (zmp-ui's ZMPRouter forces the basename /zapps/<APP_ID> in production builds, which
// breaks serving at /app/). Every screen but home is its own chunk (React.lazy).
import { lazy, Suspense } from 'react';
import { HashRouter, Route, Routes } from 'react-router-dom';
import { LoadingList } from '@/components/feedback-states.js';
import { HomePage } from '@/features/home/components/home-page.js';
import { ScrollToTop } from './scroll-to-top.js';

const named = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const ProceduresPage = named(() => import('@/features/procedures/components/procedures-page.js'), 'ProceduresPage');
const ProcedureDetailPage = named(() => import('@/features/procedures/components/procedure-detail-page.js'), 'ProcedureDetailPage');
const HotlinesPage = named(() => import('@/features/hotlines/components/hotlines-page.js'), 'HotlinesPage');
const GuidesPage = named(() => import('@/features/guides/components/guides-page.js'), 'GuidesPage');
const GuidePage = named(() => import('@/features/guides/components/guide-page.js'), 'GuidePage');
const NewsPage = named(() => import('@/features/news/components/news-page.js'), 'NewsPage');
const NewsArticlePage = named(() => import('@/features/news/components/news-article-page.js'), 'NewsArticlePage');
const FaqPage = named(() => import('@/features/faq/components/faq-page.js'), 'FaqPage');
const ChatPage = named(() => import('@/features/chat/components/chat-page.js'), 'ChatPage');
const FeedbackFormPage = named(() => import('@/features/feedback/components/feedback-form-page.js'), 'FeedbackFormPage');
const FeedbackLookupPage = named(() => import('@/features/feedback/components/lookup-page.js'), 'FeedbackLookupPage');
const MyFeedbackPage = named(() => import('@/features/feedback/components/my-feedback-page.js'), 'MyFeedbackPage');
const FeedbackStatusPage = named(() => import('@/features/feedback/components/status-page.js'), 'FeedbackStatusPage');
const PublicAnswersPage = named(() => import('@/features/public-answers/components/public-answers-page.js'), 'PublicAnswersPage');
const SurveyPage = named(() => import('@/features/survey/components/survey-page.js'), 'SurveyPage');
const NotFoundPage = named(() => import('./not-found-page.js'), 'NotFoundPage');

export function AppRouter() {
  return (
    <HashRouter>
      <ScrollToTop />
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
          <Route path="/feedback/new" element={<FeedbackFormPage />} />
          <Route path="/feedback/lookup" element={<FeedbackLookupPage />} />
          <Route path="/feedback/mine" element={<MyFeedbackPage />} />
          <Route path="/feedback/status/:code" element={<FeedbackStatusPage />} />
          <Route path="/feedback/public" element={<PublicAnswersPage />} />
          <Route path="/survey" element={<SurveyPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </HashRouter>
  );
}
