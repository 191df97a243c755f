import { problemSentence } from '../../../shared/batch/problem-text';
import type { ClientProblem } from '../../../shared/batch/summary';
import { useLocale } from '../locale';

/**
 * A client's problems in words, each naming the file it concerns once (batch results and opened folders
 * alike), in the app's language: a problem keeps its key and parameters, whatever language the batch ran in.
 */
export function ProblemList({ problems }: { problems: readonly ClientProblem[] }) {
  const locale = useLocale();
  return (
    <ul data-testid="problems">
      {problems.map((problem, index) => (
        <li key={index}>{problemSentence(problem, locale)}</li>
      ))}
    </ul>
  );
}
