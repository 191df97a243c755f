import type { Locale } from '../i18n';
import { translate } from '../i18n/translate';
import { labelled } from '../i18n/after-colon';
import { paramsIn } from './said';
import type { ClientProblem } from './summary';

/**
 * A client's problem as one sentence that names its file once. Engine messages name the file
 * themselves ("certidao.pdf is protected by a password."), so the file is passed as their `file`
 * parameter and prefixed only to a message that does not name it ("IMG_0042.jpg: no document
 * category found in the file name."); never "X.pdf: X.pdf is protected …". One function for the
 * CLI, summary.csv/html and the app's agency view, so they cannot drift apart; the problem keeps
 * its key and parameters, so the same problem reads in whichever language it is shown in.
 */
export function problemSentence(problem: ClientProblem, locale: Locale): string {
  const params = { ...paramsIn(problem.params, locale), ...(problem.file ? { file: problem.file } : {}) };
  const message = translate(locale, problem.messageKey, params);
  const text = message === problem.messageKey ? problem.code : message;
  return problem.file && !text.includes(problem.file) ? labelled(problem.file, text, locale) : text;
}
