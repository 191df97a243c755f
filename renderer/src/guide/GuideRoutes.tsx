import { DisagreementsPage } from '../DisagreementsPage';
import { AgencyPage } from '../agency/AgencyPage';
import { situationSchema } from '../../../shared/rules/situation';
import { useCase } from '../case/CaseContext';
import { parsePath } from '../router';
import { DocumentsPage } from './documents/DocumentsPage';
import { PreUploadPage } from './pre-upload/PreUploadPage';
import { FolderPage } from './folder/FolderPage';
import { AfterSubmitPage } from './after-submit/AfterSubmitPage';
import { rowForScenario, TroubleListPage, TroubleRowPage } from './trouble/TroublePage';
import { DetailsPage } from './details/DetailsPage';
import { RoutePage } from './route/RoutePage';
import { CheckAnswersPage } from './situation/CheckAnswersPage';
import { QuestionPage } from './situation/QuestionPage';
import { questionFor, questions } from './situation/questions';
import { TaskListPage } from './TaskListPage';

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
      return <DocumentsPage />;
    case 'pre-upload':
      return <PreUploadPage />;
    case 'folder':
      return <FolderPage />;
    case 'after-submit':
      return <AfterSubmitPage />;
    case 'trouble': {
      const rowId = second ?? rowForScenario(query.get('scenario'));
      return rowId ? <TroubleRowPage key={rowId} rowId={rowId} /> : <TroubleListPage />;
    }
    case 'agency':
      return <AgencyPage />;
    case 'details':
      return <DetailsPage returnTo={query.get('return')} />;
    case 'disagreements':
      return <DisagreementsPage />;
    default:
      return <TaskListPage />;
  }
}
