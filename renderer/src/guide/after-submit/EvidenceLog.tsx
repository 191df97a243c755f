import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../../../shared/case/case-file';
import { activeEvidence, evidenceKindLabels, evidenceKinds, type EvidenceKind } from '../../../../shared/case/evidence';
import type { ApiError } from '../../../../shared/api/errors';
import { api } from '../../api';
import { useCase } from '../../case/CaseContext';
import { formatLisbonDateTime, useLocale } from '../../locale';
import { baseName } from '../documents/dropped-paths';

/** The evidence log of the case: every step and answer with its proof; entries are never silently deleted. */
export function EvidenceLog({ refreshKey, onAdded }: { refreshKey: number; onAdded?: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { caseId } = useCase();
  const [caseFile, setCaseFile] = useState<CaseFile | null>(null);
  const [kind, setKind] = useState<EvidenceKind>('portal-error-screenshot');
  const [at, setAt] = useState('');
  const [note, setNote] = useState('');
  const [paths, setPaths] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [missingDate, setMissingDate] = useState(false);

  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void api()
      .caseGet({ caseId })
      .then((result) => {
        if (live && result.ok) setCaseFile(result.value);
      });
    return () => {
      live = false;
    };
  }, [caseId, refreshKey, version]);

  async function add(event: FormEvent) {
    event.preventDefault();
    const when = new Date(at);
    if (!at || Number.isNaN(when.getTime())) {
      setMissingDate(true);
      return;
    }
    setMissingDate(false);
    const result = await api().evidenceAdd({ caseId, entry: { at: when.toISOString(), kind, note }, paths });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setNote('');
    setPaths([]);
    setVersion((v) => v + 1);
    // The page re-assesses the case: a payment proof or an approval logged here changes its status.
    onAdded?.();
  }

  const entries = caseFile ? activeEvidence(caseFile.evidence) : [];
  return (
    <section aria-labelledby="evidence-title" data-testid="evidence-log">
      <h2 id="evidence-title">{t('afterSubmit.evidence.title')}</h2>
      <p>{t('afterSubmit.evidence.intro')}</p>
      {entries.length === 0 ? (
        <p className="muted">{t('afterSubmit.evidence.empty')}</p>
      ) : (
        <ol className="timeline">
          {entries.map((entry) => (
            <li key={entry.id} data-testid="evidence-entry">
              <time dateTime={entry.at}>{formatLisbonDateTime(entry.at, locale)}</time>
              <strong>{evidenceKindLabels[entry.kind][locale]}</strong>
              {entry.reference && <p>{t('afterSubmit.evidence.reference', { reference: entry.reference })}</p>}
              {entry.note && <p>{entry.note}</p>}
              {entry.files.length > 0 && <p className="hint">{entry.files.map((file) => file.name).join(', ')}</p>}
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={(event) => void add(event)} className="card" noValidate>
        <h3>{t('afterSubmit.evidence.addTitle')}</h3>
        <div className="form-group">
          <label htmlFor="evidence-kind">{t('afterSubmit.evidence.kind')}</label>
          <br />
          <select id="evidence-kind" className="input" value={kind} onChange={(e) => setKind(e.target.value as EvidenceKind)}>
            {evidenceKinds.map((k) => (
              <option key={k} value={k}>
                {evidenceKindLabels[k][locale]}
              </option>
            ))}
          </select>
        </div>
        <div className={`form-group${missingDate ? ' form-group-error' : ''}`}>
          <label htmlFor="evidence-at">{t('afterSubmit.evidence.when')}</label>
          {missingDate && (
            <p className="error-message" id="evidence-at-error">
              {t('afterSubmit.evidence.whenError')}
            </p>
          )}
          <br />
          <input
            id="evidence-at"
            type="datetime-local"
            className="input"
            value={at}
            aria-describedby={missingDate ? 'evidence-at-error' : undefined}
            onChange={(e) => setAt(e.target.value)}
          />
        </div>
        <div className="form-group">
          <label htmlFor="evidence-note">{t('afterSubmit.evidence.note')}</label>
          <textarea id="evidence-note" className="input" value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <p>{paths.length > 0 ? paths.map(baseName).join(', ') : t('afterSubmit.evidence.noFiles')}</p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            void api()
              .shellPickFiles({ filter: 'any', multiple: true })
              .then((result) => result.ok && setPaths(result.value.paths))
          }
        >
          {t('afterSubmit.evidence.attach')}
        </button>
        <button type="submit" className="button" data-testid="evidence-add">
          {t('afterSubmit.evidence.add')}
        </button>
        {error && (
          <p role="alert" className="error-message">
            {t(error.messageKey, error.params)}
          </p>
        )}
      </form>
    </section>
  );
}
