import { useTranslation } from 'react-i18next';
import type { EmailDraft } from '../../../../shared/writing/email';
import { useLocale } from '../../locale';
import { CopyButton } from './CopyButton';

/** The email draft: subject and message each with its own copy button; the English reading aid only to read. */
export function EmailPanel({ email, onSave }: { email: EmailDraft; onSave: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="panel">
      <h3>{t('trouble.email')}</h3>
      <p>
        {t('trouble.emailTo', { to: email.to.map((recipient) => recipient.address).join(', ') })}
        <br />
        <span data-testid="email-subject">{t('trouble.emailSubject', { subject: email.subject })}</span>{' '}
        <CopyButton text={email.subject} testId="copy-email-subject" label={t('trouble.copySubject')} />
      </p>
      <pre className="text-block" tabIndex={0} role="region" aria-label={t('trouble.email')} data-testid="email-body">
        {email.body}
      </pre>
      <CopyButton text={email.body} testId="copy-email-body" label={t('trouble.copyMessage')} />{' '}
      <button type="button" className="button button-secondary" onClick={onSave}>
        {t('trouble.saveEmail')}
      </button>
      {locale === 'en' && (
        <details>
          <summary>{t('trouble.readingAid')}</summary>
          <pre className="text-block">{email.readingAid}</pre>
        </details>
      )}
    </div>
  );
}
