import type { ClientProblem } from './summary';

/**
 * A client's problem as one sentence that names its file once. Engine messages name the file
 * themselves ("certidao.pdf is protected by a password."), so the file is passed as their `file`
 * parameter and prefixed only to a message that does not name it ("IMG_0042.jpg: No document
 * category found in the file name."); never "X.pdf: X.pdf is protected …". One function for the
 * CLI, summary.csv/html and the app's agency view, so they cannot drift apart.
 */
export function problemSentence(
  problem: ClientProblem,
  translate: (key: string, params: Record<string, string | number>) => string,
): string {
  const params = { ...(problem.params ?? {}), ...(problem.file ? { file: problem.file } : {}) };
  const message = translate(problem.messageKey, params);
  const text = message === problem.messageKey ? problem.code : message;
  return problem.file && !text.includes(problem.file) ? `${problem.file}: ${text}` : text;
}
