import { lazy, Suspense, type ReactNode } from 'react';
import { rowForScenario } from './trouble/scenario-row';
import { situationSchema } from '../../../shared/rules/situation';
import { useCase } from '../case/CaseContext';
import { parsePath } from '../router';
import { PreUploadPage } from './pre-upload/PreUploadPage';
import { DetailsPage } from './details/DetailsPage';
import { RoutePage } from './route/RoutePage';
import { CheckAnswersPage } from './situation/CheckAnswersPage';
import { QuestionPage } from './situation/QuestionPage';
import { questionFor, questions } from './situation/questions';
import { TaskListPage } from './TaskListPage';

// Pages with heavy parts (documents with their page tools and readers, the DUC window and calendar, the
// folder, agency work, troubleshooting with its letters, where sources disagree) load when first shown, so they do not weigh on the window's start (tests/package/renderer-bundle.test.ts).
const AgencyPage = lazy(() => import('../agency/AgencyPage').then((m) => ({ default: m.AgencyPage })));
const TroubleListPage = lazy(() => import('./trouble/TroublePage').then((m) => ({ default: m.TroubleListPage })));
const TroubleRowPage = lazy(() => import('./trouble/TroublePage').then((m) => ({ default: m.TroubleRowPage })));
const DisagreementsPage = lazy(() => import('../DisagreementsPage').then((m) => ({ default: m.DisagreementsPage })));
const DocumentsPage = lazy(() => import('./documents/DocumentsPage').then((m) => ({ default: m.DocumentsPage })));
const AfterSubmitPage = lazy(() => import('./after-submit/AfterSubmitPage').then((m) => ({ default: m.AfterSubmitPage })));
const FolderPage = lazy(() => import('./folder/FolderPage').then((m) => ({ default: m.FolderPage })));

function Later({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}

/** Picks the page for the current path. Unknown paths show the task list. */
export function GuideRoutes({ path }: { path: string }) {
  const { guide } = useCase();
  const { segments, query } = parsePath(path);
  const [first, second] = segments;

  switch (first) {
    case 'situation': {
      if (second === 'check') return <CheckAnswersPage key="check" />;
      const question = second ? questionFor(second) : undefined;
      if (question) return <QuestionPage key={question.field} question={question} returnTo={query.get('return')} />;
      // "/situation": the first unanswered question, or the summary when all are answered.
      const firstOpen = questions.find((q) => guide.situation[q.field] === undefined);
      if (!firstOpen && situationSchema.safeParse(guide.situation).success) return <CheckAnswersPage key="check" />;
      return <QuestionPage key={(firstOpen ?? questions[0]!).field} question={firstOpen ?? questions[0]!} returnTo={null} />;
    }
    case 'route':
      return <RoutePage />;
    case 'documents':
      return (
        <Later>
          <DocumentsPage />
        </Later>
      );
    case 'pre-upload':
      return <PreUploadPage />;
    case 'folder':
      return (
        <Later>
          <FolderPage />
        </Later>
      );
    case 'after-submit':
      return (
        <Later>
          <AfterSubmitPage />
        </Later>
      );
    case 'trouble': {
      const rowId = second ?? rowForScenario(query.get('scenario'));
      return <Later>{rowId ? <TroubleRowPage key={rowId} rowId={rowId} /> : <TroubleListPage />}</Later>;
    }
    case 'agency':
      return (
        <Later>
          <AgencyPage />
        </Later>
      );
    case 'details':
      return <DetailsPage returnTo={query.get('return')} />;
    case 'disagreements':
      return (
        <Later>
          <DisagreementsPage />
        </Later>
      );
    default:
      return <TaskListPage />;
  }
}
