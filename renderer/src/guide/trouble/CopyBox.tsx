import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../locale';
import { CopyButton } from './CopyButton';

/**
 * One text to paste somewhere (the contact form's message, an email's body):
 * the text, editable or to read, with its own copy button, which copies exactly
 * that text and nothing around it, and the button that saves it to the case.
 */
export function CopyBox({
  id,
  label,
  hint,
  text,
  onChange,
  testId,
  copyTestId,
  onSave,
  saveLabel,
}: {
  id: string;
  label: string;
  hint?: string;
  text: string;
  /** Given: the text is editable, and the copy button copies the edited text. */
  onChange?: (text: string) => void;
  testId: string;
  copyTestId: string;
  onSave: () => void;
  saveLabel: string;
}) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <>
      {onChange ? (
        <>
          <label htmlFor={id}>
            <strong>{label}</strong>
          </label>
          {hint && (
            <p className="hint" id={hintId}>
              {hint}
            </p>
          )}
          <textarea
            id={id}
            className="input text-block"
            rows={8}
            value={text}
            aria-describedby={hintId}
            onChange={(event) => onChange(event.target.value)}
            data-testid={testId}
          />
        </>
      ) : (
        <pre id={id} className="text-block" tabIndex={0} role="region" aria-label={label} data-testid={testId}>
          {text}
        </pre>
      )}
      <p>
        <CopyButton text={text} testId={copyTestId} label={t('trouble.copyMessage')} />{' '}
        <button type="button" className="button button-secondary" onClick={onSave}>
          {saveLabel}
        </button>
      </p>
    </>
  );
}

/** The English reading aid of a Portuguese text: shown to read (in English only), never part of what is copied. */
export function ReadingAid({ children, testId }: { children: ReactNode; testId?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (locale !== 'en') return null;
  return (
    <details data-testid={testId}>
      <summary>{t('trouble.readingAid')}</summary>
      {children}
    </details>
  );
}
