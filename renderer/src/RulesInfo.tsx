import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/errors';
import { api } from './api';
import { localeOfLanguage } from '../../shared/i18n';
import { intlTag, todayInLisbon } from './locale';

export function RulesInfo() {
  const { t, i18n } = useTranslation();
  const [info, setInfo] = useState<ApiOutput<'appInfo'> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<ApiOutput<'rulesStatus'> | null>(null);

  useEffect(() => {
    let live = true;
    void api()
      .appInfo({})
      .then((result) => {
        if (!live) return;
        if (result.ok) setInfo(result.value);
        else setError(result.error);
      });
    // Rules go out of date as AIMA changes its procedures: warn when they have not been re-checked for a while.
    void api()
      .rulesStatus({ today: todayInLisbon() })
      .then((result) => {
        if (live && result.ok) setStatus(result.value);
      });
    return () => {
      live = false;
    };
  }, []);

  if (error) return <p role="alert">{t(error.messageKey, error.params)}</p>;
  if (!info) return <p>{t('rules.loading')}</p>;
  const checkedOn = new Intl.DateTimeFormat(intlTag(localeOfLanguage(i18n.language)), {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${info.rulesCheckedOn}T00:00:00Z`));
  return (
    <section aria-labelledby="rules-heading" className="rules-info">
      <h2 id="rules-heading">{t('rules.heading')}</h2>
      <p data-testid="rules-version">{t('rules.version', { version: info.rulesVersion })}</p>
      <p data-testid="rules-checked-on">{t('rules.checkedOn', { date: checkedOn })}</p>
      <p>
        <a href="#/disagreements" data-testid="disagreements-link">
          {t('disagreements.link')}
        </a>
      </p>
      {status?.stale ? (
        <p className="warning" role="status" data-testid="rules-stale">
          {t('rules.staleWarning', { days: status.daysSinceChecked })}
        </p>
      ) : null}
    </section>
  );
}
