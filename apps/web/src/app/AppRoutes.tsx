import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { LearnLayout } from '../modules/learn/components/LearnLayout';
import { AppLayout } from '../modules/shell/components/AppLayout';
import { HomePage } from '../pages/HomePage';
import { InsightsPage } from '../pages/InsightsPage';
import { LearnChallengePage } from '../pages/LearnChallengePage';
import { LearnModulePage } from '../pages/LearnModulePage';
import { LearnPathPage } from '../pages/LearnPathPage';
import { LearnPlacementPage } from '../pages/LearnPlacementPage';
import { LearnProgressPage } from '../pages/LearnProgressPage';
import { LearnTodayPage } from '../pages/LearnTodayPage';
import { LoginPage } from '../pages/LoginPage';
import { RequireSession, RequireSpace } from './guards';
import { PageFocus } from './page-focus';

// The Admin space is a separate chunk: advisors on a boutique phone never download it.
const AdminShell = lazy(() => import('../modules/shell/components/AdminShell').then((m) => ({ default: m.AdminShell })));
const AdminUsersPage = lazy(() => import('../pages/AdminUsersPage').then((m) => ({ default: m.AdminUsersPage })));
const AdminOrganisationPage = lazy(() => import('../pages/AdminOrganisationPage').then((m) => ({ default: m.AdminOrganisationPage })));
const AdminCohortsPage = lazy(() => import('../pages/AdminCohortsPage').then((m) => ({ default: m.AdminCohortsPage })));
const AdminCohortPage = lazy(() => import('../pages/AdminCohortPage').then((m) => ({ default: m.AdminCohortPage })));
// So is the Studio space: authoring tools stay out of the advisors' bundle.
const StudioShell = lazy(() => import('../modules/shell/components/StudioShell').then((m) => ({ default: m.StudioShell })));
const StudioProgramsPage = lazy(() => import('../pages/StudioProgramsPage').then((m) => ({ default: m.StudioProgramsPage })));
const StudioProgramPage = lazy(() => import('../pages/StudioProgramPage').then((m) => ({ default: m.StudioProgramPage })));
const StudioModulesPage = lazy(() => import('../pages/StudioModulesPage').then((m) => ({ default: m.StudioModulesPage })));
const StudioModulePage = lazy(() => import('../pages/StudioModulePage').then((m) => ({ default: m.StudioModulePage })));
const StudioQuestionsPage = lazy(() => import('../pages/StudioQuestionsPage').then((m) => ({ default: m.StudioQuestionsPage })));
const StudioNewQuestionPage = lazy(() => import('../pages/StudioNewQuestionPage').then((m) => ({ default: m.StudioNewQuestionPage })));
const StudioQuestionPage = lazy(() => import('../pages/StudioQuestionPage').then((m) => ({ default: m.StudioQuestionPage })));
const StudioQuestionImportPage = lazy(() => import('../pages/StudioQuestionImportPage').then((m) => ({ default: m.StudioQuestionImportPage })));
const StudioReviewPage = lazy(() => import('../pages/StudioReviewPage').then((m) => ({ default: m.StudioReviewPage })));
const StudioSkillsPage = lazy(() => import('../pages/StudioSkillsPage').then((m) => ({ default: m.StudioSkillsPage })));
const StudioSkillPage = lazy(() => import('../pages/StudioSkillPage').then((m) => ({ default: m.StudioSkillPage })));
const StudioTranslationsPage = lazy(() => import('../pages/StudioTranslationsPage').then((m) => ({ default: m.StudioTranslationsPage })));
const StudioStatisticsPage = lazy(() => import('../pages/StudioStatisticsPage').then((m) => ({ default: m.StudioStatisticsPage })));
const StudioGapsPage = lazy(() => import('../pages/StudioGapsPage').then((m) => ({ default: m.StudioGapsPage })));
const AdminImportPage = lazy(() => import('../pages/AdminImportPage').then((m) => ({ default: m.AdminImportPage })));

export function AppRoutes() {
  return (
    // Focus moves to the new page's heading on each navigation, whichever page: see `PageFocus`.
    <PageFocus>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          element={
            <RequireSession>
              <AppLayout />
            </RequireSession>
          }
        >
          <Route index element={<HomePage />} />
          {/* The advisors' space loads with the app: it must open offline once the app has been opened. */}
          <Route path="learn" element={<RequireSpace space="learn"><LearnLayout /></RequireSpace>}>
            <Route index element={<LearnTodayPage />} />
            <Route path="modules/:moduleId" element={<LearnModulePage />} />
            <Route path="challenge" element={<LearnChallengePage />} />
            <Route path="placement" element={<LearnPlacementPage />} />
            <Route path="path" element={<LearnPathPage />} />
            <Route path="progress" element={<LearnProgressPage />} />
          </Route>
          <Route path="studio" element={<RequireSpace space="studio"><StudioShell /></RequireSpace>}>
            <Route index element={<Navigate to="programs" replace />} />
            <Route path="programs" element={<StudioProgramsPage />} />
            <Route path="programs/:programId" element={<StudioProgramPage />} />
            <Route path="modules" element={<StudioModulesPage />} />
            <Route path="modules/:moduleId" element={<StudioModulePage />} />
            <Route path="questions" element={<StudioQuestionsPage />} />
            <Route path="questions/new" element={<StudioNewQuestionPage />} />
            <Route path="questions/import" element={<StudioQuestionImportPage />} />
            <Route path="questions/:questionId" element={<StudioQuestionPage />} />
            <Route path="review" element={<StudioReviewPage />} />
            <Route path="skills" element={<StudioSkillsPage />} />
            <Route path="skills/:skillId" element={<StudioSkillPage />} />
            <Route path="translations" element={<StudioTranslationsPage />} />
            <Route path="statistics" element={<StudioStatisticsPage />} />
            <Route path="gaps" element={<StudioGapsPage />} />
          </Route>
          <Route path="insights" element={<RequireSpace space="insights"><InsightsPage /></RequireSpace>} />
          <Route path="admin" element={<RequireSpace space="admin"><AdminShell /></RequireSpace>}>
            <Route index element={<Navigate to="users" replace />} />
            <Route path="users" element={<AdminUsersPage />} />
            <Route path="organisation" element={<AdminOrganisationPage />} />
            <Route path="cohorts" element={<AdminCohortsPage />} />
            <Route path="cohorts/:cohortId" element={<AdminCohortPage />} />
            <Route path="import" element={<AdminImportPage />} />
          </Route>
        </Route>
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </PageFocus>
  );
}
