import { useTranslation } from 'react-i18next';
import type { ContactFormText } from '../../../../shared/writing/contact-form';
import { useLocale } from '../../locale';
import { currentPath, href } from '../../router';
import { CopyBox, ReadingAid } from './CopyBox';
import { CopyButton } from './CopyButton';
import { TextWarnings } from './TextWarnings';

/**
 * The contact-form text, box by box as the form asks for it: the options to
 * pick, each field's value with its own copy button, and the message (editable)
 * with its own. The English reading aid and the "check before sending" notes
 * are shown to read, never copied.
 */
export function ContactFormPanel({
  form,
  message,
  onMessage,
  onSave,
}: {
  form: ContactFormText;
  message: string;
  onMessage: (text: string) => void;
  onSave: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
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
        {form.alternativeRoute && (
          <div className="summary-row">
            <dt>{t('trouble.alternativeRoute')}</dt>
            <dd data-testid="form-alternative">
              {`${form.alternativeRoute.subject.label ?? form.alternativeRoute.subject.description[locale]} > ${
                form.alternativeRoute.subtype.label ?? form.alternativeRoute.subtype.description[locale]
              }`}
            </dd>
          </div>
        )}
      </dl>
      {form.warnings.some((warning) => warning.code === 'MISSING_FACT') && (
        <p>
          {t('details.missing')}{' '}
          <a href={href(`/details?return=${encodeURIComponent(currentPath())}`)}>{t('details.addDetails')}</a>
        </p>
      )}
      <TextWarnings warnings={form.warnings} testId="text-warnings" />
      <h4>{t('trouble.fields')}</h4>
      <dl className="summary-list" data-testid="form-fields">
        {form.fields.map((field) => (
          <div className="summary-row" key={field.fact}>
            <dt>{locale === 'pt' ? field.label.pt : `${field.label.pt} (${field.label.en})`}</dt>
            <dd>
              {field.value ?? '—'}{' '}
              {field.value && (
                <CopyButton text={field.value} label={t('trouble.copyValue')} testId={`copy-field-${field.fact}`} />
              )}
            </dd>
          </div>
        ))}
      </dl>
      <CopyBox
        id="contact-text"
        label={t('trouble.messageLabel')}
        hint={t('trouble.textHint')}
        text={message}
        onChange={onMessage}
        testId="contact-text"
        copyTestId="copy-contact-text"
        onSave={onSave}
        saveLabel={t('trouble.saveText')}
      />
      <h4>{t('trouble.attachments')}</h4>
      <ul data-testid="form-attachments">
        {form.attachments.map((attachment) => (
          <li key={attachment.id}>
            {attachment.name[locale]}
            {attachment.condition ? ` (${attachment.condition[locale]})` : ''}
          </li>
        ))}
      </ul>
      <ReadingAid testId="reading-aid">
        <p>{form.message.en}</p>
      </ReadingAid>
      {form.notes.length > 0 && (
        <>
          <h4>{t('trouble.goodToKnow')}</h4>
          <ul data-testid="form-notes">
            {form.notes.map((note) => (
              <li key={note.en}>{note[locale]}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
