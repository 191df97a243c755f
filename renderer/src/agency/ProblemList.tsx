import { useTranslation } from 'react-i18next';
import type { ClientProblem } from '../../../shared/batch/summary';

/** A client's problems in words, each with the file it concerns (batch results and opened folders alike). */
export function ProblemList({ problems }: { problems: readonly ClientProblem[] }) {
  const { t } = useTranslation();
  return (
    <ul data-testid="problems">
      {problems.map((problem, index) => (
        <li key={index}>
          {problem.file ? `${problem.file}: ` : ''}
          {t(problem.messageKey, problem.params)}
        </li>
      ))}
    </ul>
  );
}
