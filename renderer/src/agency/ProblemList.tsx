import { useTranslation } from 'react-i18next';
import { problemSentence } from '../../../shared/batch/problem-text';
import type { ClientProblem } from '../../../shared/batch/summary';

/** A client's problems in words, each naming the file it concerns once (batch results and opened folders alike). */
export function ProblemList({ problems }: { problems: readonly ClientProblem[] }) {
  const { t } = useTranslation();
  return (
    <ul data-testid="problems">
      {problems.map((problem, index) => (
        <li key={index}>{problemSentence(problem, (key, params) => t(key, params))}</li>
      ))}
    </ul>
  );
}
