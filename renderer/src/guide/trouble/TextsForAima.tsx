import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactScenarioId } from '../../../../shared/rules/contact-scenarios';
import type { LetterPurpose } from '../../../../shared/rules/letter-purpose';
import type { ContactFormText } from '../../../../shared/writing/contact-form';
import type { EmailDraft } from '../../../../shared/writing/email';
import type { ApiError } from '../../../../shared/api/errors';
import { api } from '../../api';
import { useCase } from '../../case/CaseContext';
import { useLocale } from '../../locale';
import { currentPath, href } from '../../router';
import { CopyButton } from './CopyButton';

type Saved = { folder: string; files: string[] } | null;

/**
 * The texts for one problem, generated from the case: for a contact-form
 * scenario, the contact-form text (editable, to copy or save) and the email
 * draft (.eml); always, the registered letter (carta registada: PDF, .docx,
 * text) worded for the problem's purpose.
 */
export function TextsForAima({
  scenarioId,
  letterPurpose = 'portal-failure',
}: {
  scenarioId?: ContactScenarioId;
  letterPurpose?: LetterPurpose;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { caseId } = useCase();
  const [form, setForm] = useState<ContactFormText | null>(null);
  const [text, setText] = useState('');
  const [email, setEmail] = useState<EmailDraft | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<Saved>(null);

  useEffect(() => {
    if (!scenarioId) return;
    let live = true;
    void Promise.all([api().writingContactForm({ caseId, scenarioId }), api().writingEmailDraft({ caseId, scenarioId })]).then(
      ([formResult, emailResult]) => {
        if (!live) return;
        if (formResult.ok) {
          setForm(formResult.value);
          setText(formResult.value.plainText);
        } else setError(formResult.error);
        if (emailResult.ok) setEmail(emailResult.value);
      },
    );
    return () => {
      live = false;
    };
  }, [caseId, scenarioId]);

  async function save(document: Parameters<ReturnType<typeof api>['writingSave']>[0]['document']) {
    const result = await api().writingSave({ caseId, document });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setSaved({ folder: result.value.folder, files: result.value.saved.map((file) => file.storedAs) });
  }

  async function saveLetter() {
    const letter = await api().writingLetter({ caseId, purpose: letterPurpose });
    if (!letter.ok) {
      setError(letter.error);
      return;
    }
    await save({ kind: 'letter', letter: letter.value, formats: ['pdf', 'docx', 'txt'] });
  }

  if (scenarioId && error && !form) return <p role="alert">{t(error.messageKey, error.params)}</p>;
  if (scenarioId && !form) return <p>{t('ui.loading')}</p>;
  return (
    <section aria-labelledby="texts-title" data-testid="texts-for-aima">
      <h2 id="texts-title">{t('trouble.textsTitle')}</h2>
      {form && scenarioId && (
        <div className="panel">
          <h3>{t('trouble.contactForm')}</h3>
          <p>
            {t('trouble.formAt')} <code>{form.formUrl}</code>
          </p>
          <dl className="summary-list">
            <div className="summary-row">
              <dt>{t('trouble.subject')}</dt>
              <dd data-testid="form-subject">{form.subject.label ?? form.subject.description[locale]}</dd>
            </div>
            <div className="summary-row">
              <dt>{t('trouble.subtype')}</dt>
              <dd data-testid="form-subtype">{form.subtype.label ?? form.subtype.description[locale]}</dd>
            </div>
          </dl>
          {form.warnings.some((warning) => warning.code === 'MISSING_FACT') && (
            <p>
              {t('details.missing')}{' '}
              <a href={href(`/details?return=${encodeURIComponent(currentPath())}`)}>{t('details.addDetails')}</a>
            </p>
          )}
          {form.warnings.length > 0 && (
            <div className="warning warning-caution" data-testid="text-warnings">
              <strong>{t('trouble.checkBeforeSending')}</strong>
              <ul>
                {form.warnings.map((warning, index) => (
                  <li key={`${warning.code}-${index}`}>{warning.text[locale]}</li>
                ))}
              </ul>
            </div>
          )}
          <label htmlFor="contact-text">
            <strong>{t('trouble.textLabel')}</strong>
          </label>
          <p className="hint" id="contact-text-hint">
            {t('trouble.textHint')}
          </p>
          <textarea
            id="contact-text"
            className="input text-block"
            rows={16}
            value={text}
            aria-describedby="contact-text-hint"
            onChange={(event) => setText(event.target.value)}
            data-testid="contact-text"
          />
          <p>
            <CopyButton text={text} testId="copy-contact-text" />{' '}
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void save({ kind: 'contact-form', scenarioId, text })}
            >
              {t('trouble.saveText')}
            </button>
          </p>
        </div>
      )}
      {email && (
        <div className="panel">
          <h3>{t('trouble.email')}</h3>
          <p>
            {t('trouble.emailTo', { to: email.to.map((recipient) => recipient.address).join(', ') })}
            <br />
            {t('trouble.emailSubject', { subject: email.subject })}
          </p>
          <pre className="text-block" tabIndex={0} role="region" aria-label={t('trouble.email')}>
            {email.body}
          </pre>
          <CopyButton text={email.body} />{' '}
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void save({ kind: 'email', draft: email, attachEvidence: true })}
          >
            {t('trouble.saveEmail')}
          </button>
        </div>
      )}
      <div className="panel">
        <h3>{t('trouble.letter')}</h3>
        <p>{t('trouble.letterIntro')}</p>
        <button type="button" className="button button-secondary" onClick={() => void saveLetter()} data-testid="save-letter">
          {t('trouble.saveLetter')}
        </button>
      </div>
      {saved && (
        <p role="status" className="inset" data-testid="saved-texts">
          {t('trouble.saved', { folder: saved.folder, files: saved.files.join(', ') })}
        </p>
      )}
      {error && (form || !scenarioId) && (
        <p role="alert" className="error-message">
          {t(error.messageKey, error.params)}
        </p>
      )}
    </section>
  );
}
