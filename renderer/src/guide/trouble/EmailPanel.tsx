import { useTranslation } from 'react-i18next';
import type { EmailDraft } from '../../../../shared/writing/email';
import { CopyBox, ReadingAid } from './CopyBox';
import { CopyButton } from './CopyButton';
import { TextWarnings } from './TextWarnings';
import type { TextWarning } from '../../../../shared/writing/facts';

/** The email draft: subject and message each with its own copy button; the English reading aid only to read. */
export function EmailPanel({
  email,
  onSave,
  alreadyShown = [],
}: {
  email: EmailDraft;
  onSave: () => void;
  /** The contact form's warnings, shown just above: not repeated. */
  alreadyShown?: readonly TextWarning[];
}) {
  const { t } = useTranslation();
  return (
    <div className="panel">
      <h3>{t('trouble.email')}</h3>
      <p>
        {t('trouble.emailTo', { to: email.to.map((recipient) => recipient.address).join(', ') })}
        <br />
        <span data-testid="email-subject">{t('trouble.emailSubject', { subject: email.subject })}</span>{' '}
        <CopyButton text={email.subject} testId="copy-email-subject" label={t('trouble.copySubject')} />
      </p>
      <TextWarnings warnings={email.warnings} testId="email-warnings" alreadyShown={alreadyShown} />
      <CopyBox
        id="email-body"
        label={t('trouble.email')}
        text={email.body}
        testId="email-body"
        copyTestId="copy-email-body"
        onSave={onSave}
        saveLabel={t('trouble.saveEmail')}
      />
      <ReadingAid>
        <pre className="text-block">{email.readingAid}</pre>
      </ReadingAid>
    </div>
  );
}
