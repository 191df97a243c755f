import { useTranslation } from 'react-i18next';
import { permitKindNames, situationSchema, type PermitKind } from '../../../../shared/rules/situation';
import { useCase } from '../../case/CaseContext';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Page } from '../../components/Page';
import { formatDate, useLocale } from '../../locale';
import { href, navigate } from '../../router';
import { errorKeyFor, questions, type Question } from './questions';

function answerText(question: Question, value: unknown, t: (key: string) => string, locale: 'en' | 'pt'): string | null {
  if (value === undefined) return null;
  switch (question.kind) {
    case 'choice':
      return permitKindNames[value as PermitKind][locale];
    case 'date':
      return formatDate(String(value), locale);
    case 'yesNo':
      return value ? t('ui.yes') : t('ui.no');
    default:
      return String(value);
  }
}

/** "Check your answers": every answer with a Change link, then confirm. */
export function CheckAnswersPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { guide, update } = useCase();
  const complete = situationSchema.safeParse(guide.situation).success;
  const missing = questions.filter((question) => guide.situation[question.field] === undefined);

  return (
    <Page title={t('situation.check.title')} caption={t('situation.title')} back={`/situation/${questions.at(-1)?.field}`}>
      <ErrorSummary
        errors={missing.map((question) => ({
          fieldId: `answer-${question.field}`,
          message: t(errorKeyFor(question)),
        }))}
      />
      <p>{t('situation.check.intro')}</p>
      <dl className="summary-list" data-testid="situation-summary">
        {questions.map((question) => {
          const answer = answerText(question, guide.situation[question.field], t, locale);
          const label = t(`situation.labels.${question.field}`);
          return (
            <div className="summary-row" key={question.field}>
              <dt>{label}</dt>
              <dd id={`answer-${question.field}`} tabIndex={-1}>
                {answer ?? <span className="muted">{t('situation.check.notAnswered')}</span>}
              </dd>
              <dd className="summary-action">
                <a
                  href={href(`/situation/${question.field}?return=/situation/check`)}
                  aria-label={t('situation.check.changeLabel', { what: label })}
                >
                  {t('ui.change')}
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
      <button
        type="button"
        className="button"
        disabled={!complete}
        data-testid="confirm-situation"
        onClick={() => {
          update((current) => ({ ...current, situationConfirmed: true }));
          navigate('/route');
        }}
      >
        {t('situation.check.confirm')}
      </button>
    </Page>
  );
}
