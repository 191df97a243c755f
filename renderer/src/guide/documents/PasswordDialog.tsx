import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Asks for a PDF's password in a modal dialog. The password goes to the
 * engine for this session only; it is never saved in the case, and the field
 * is cleared when the dialog closes.
 */
export function PasswordDialog({
  fileName,
  onUnlock,
  onClose,
}: {
  fileName: string;
  onUnlock(password: string): Promise<boolean>;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password.length === 0) {
      setWrong(true);
      return;
    }
    setBusy(true);
    const ok = await onUnlock(password);
    setBusy(false);
    if (ok) {
      setPassword('');
      onClose();
    } else setWrong(true);
  }

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="password-title" onCancel={onClose} data-testid="password-dialog">
      <form onSubmit={(event) => void submit(event)}>
        <h2 id="password-title">{t('documents.password.title', { file: fileName })}</h2>
        <p className="hint">{t('documents.password.hint')}</p>
        <div className={`form-group${wrong ? ' form-group-error' : ''}`}>
          <label htmlFor="pdf-password">{t('documents.password.label')}</label>
          {wrong && (
            <p id="pdf-password-error" className="error-message">
              {t('documents.password.wrong')}
            </p>
          )}
          <input
            id="pdf-password"
            className="input input-medium"
            type="password"
            autoComplete="off"
            value={password}
            aria-invalid={wrong || undefined}
            aria-describedby={wrong ? 'pdf-password-error' : undefined}
            onChange={(event) => setPassword(event.target.value)}
            autoFocus
          />
        </div>
        <button type="submit" className="button" disabled={busy} data-testid="password-submit">
          {t('documents.password.unlock')}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('ui.cancel')}
        </button>
      </form>
    </dialog>
  );
}
