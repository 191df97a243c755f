import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import type { ContactScenarioId } from '../../../../shared/rules/contact-scenarios';
import type { AskedPurpose } from '../../../../shared/rules/letter-purpose';
import type { ContactFormText } from '../../../../shared/writing/contact-form';
import type { EmailDraft } from '../../../../shared/writing/email';
import { api } from '../../api';
import { useCase } from '../../case/CaseContext';
import { ContactFormPanel } from './ContactFormPanel';
import { EmailPanel } from './EmailPanel';
import { LetterPanel } from './LetterPanel';

type Saved = { folder: string; files: string[] } | null;
type SaveDocument = Parameters<ReturnType<typeof api>['writingSave']>[0]['document'];

/**
 * The texts for one problem, generated from the case: for a contact-form
 * scenario, the contact-form text and the email draft (.eml); always, the
 * registered letter (carta registada: PDF, .docx, text) whose purpose the
 * problem proposes and the case's facts decide.
 */
export function TextsForAima({ scenarioId, letterPurpose }: { scenarioId?: ContactScenarioId; letterPurpose?: AskedPurpose }) {
  const { t } = useTranslation();
  const { caseId, saveNow } = useCase();
  const [form, setForm] = useState<ContactFormText | null>(null);
  const [message, setMessage] = useState('');
  const [email, setEmail] = useState<EmailDraft | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<Saved>(null);
  const onError = useCallback((e: ApiError) => setError(e), []);

  useEffect(() => {
    if (!scenarioId) return;
    let live = true;
    // Written from the case on disk: the answers still waiting to be saved go there first.
    void saveNow()
      .then(() =>
        Promise.all([api().writingContactForm({ caseId, scenarioId }), api().writingEmailDraft({ caseId, scenarioId })]),
      )
      .then(([formResult, emailResult]) => {
        if (!live) return;
        if (formResult.ok) {
          setForm(formResult.value);
          setMessage(formResult.value.message.pt);
        } else setError(formResult.error);
        if (emailResult.ok) setEmail(emailResult.value);
      });
    return () => {
      live = false;
    };
  }, [caseId, scenarioId, saveNow]);

  async function save(document: SaveDocument) {
    const result = await api().writingSave({ caseId, document });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setSaved({ folder: result.value.folder, files: result.value.saved.map((file) => file.storedAs) });
  }

  if (scenarioId && error && !form) return <p role="alert">{t(error.messageKey, error.params)}</p>;
  if (scenarioId && !form) return <p>{t('ui.loading')}</p>;
  return (
    <section aria-labelledby="texts-title" data-testid="texts-for-aima">
      <h2 id="texts-title">{t('trouble.textsTitle')}</h2>
      {form && scenarioId && (
        <ContactFormPanel
          form={form}
          message={message}
          onMessage={setMessage}
          // The saved record keeps the whole text (fields, attachments, reading aid) with the edited message.
          onSave={() => void save({ kind: 'contact-form', scenarioId, text: form.plainText.replace(form.message.pt, message) })}
        />
      )}
      {email && (
        <EmailPanel
          email={email}
          alreadyShown={form?.warnings ?? []}
          onSave={() => void save({ kind: 'email', draft: email, attachEvidence: true })}
        />
      )}
      <LetterPanel
        {...(letterPurpose ? { asked: letterPurpose } : {})}
        onError={onError}
        onSave={(letter) => void save({ kind: 'letter', letter, formats: ['pdf', 'docx', 'txt'] })}
      />
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
