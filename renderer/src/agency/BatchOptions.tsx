import { useTranslation } from 'react-i18next';
import { api } from '../api';
import type { BatchOptionValues } from './agency-settings';

/**
 * The batch's options, as on the command line: prepare unchanged clients again
 * (`--force`), and a passwords file for several clients (`--passwords`). The
 * file is only named here; the main side reads it and never stores a password.
 */
export function BatchOptions({
  values,
  disabled,
  onChange,
}: {
  values: BatchOptionValues;
  disabled: boolean;
  onChange: (values: BatchOptionValues) => void;
}) {
  const { t } = useTranslation();
  const pickPasswordsFile = async () => {
    const result = await api().shellPickFiles({ filter: 'json', multiple: false });
    const path = result.ok ? result.value.paths[0] : undefined;
    if (path) onChange({ ...values, passwordsFile: path });
  };
  return (
    <section className="panel" aria-labelledby="agency-options">
      <h2 id="agency-options">{t('agency.options')}</h2>
      <div className="checkbox">
        <input
          id="agency-force"
          type="checkbox"
          data-testid="force"
          checked={values.force}
          disabled={disabled}
          onChange={(event) => onChange({ ...values, force: event.target.checked })}
        />
        <label htmlFor="agency-force">{t('agency.force')}</label>
      </div>
      <h3>{t('agency.passwordsFile')}</h3>
      <p className="hint" id="agency-passwords-hint">
        {t('agency.passwordsFileHint')}
      </p>
      <p>
        <code data-testid="passwords-file">{values.passwordsFile ?? t('agency.notChosen')}</code>
      </p>
      <div className="agency-buttons">
        <button
          type="button"
          className="button button-secondary"
          data-testid="pick-passwords"
          aria-describedby="agency-passwords-hint"
          disabled={disabled}
          onClick={() => void pickPasswordsFile()}
        >
          {t('agency.pickPasswordsFile')}
        </button>
        {values.passwordsFile && (
          <button
            type="button"
            className="button button-secondary"
            data-testid="clear-passwords"
            disabled={disabled}
            onClick={() => onChange({ ...values, passwordsFile: null })}
          >
            {t('agency.clearPasswordsFile')}
          </button>
        )}
      </div>
    </section>
  );
}
