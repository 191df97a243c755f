import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Copies exactly one text to the clipboard (what is pasted into one box of a
 * form) and says so in a live region, for screen readers.
 */
export function CopyButton({ text, testId, label }: { text: string; testId?: string; label?: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        data-testid={testId}
        onClick={() =>
          void navigator.clipboard.writeText(text).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {label ?? t('ui.copy')}
      </button>
      <span role="status" className="hint">
        {copied ? t('ui.copied') : ''}
      </span>
    </>
  );
}
