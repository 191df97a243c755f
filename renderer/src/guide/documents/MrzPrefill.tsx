import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import type { MrzFields } from '../../../../shared/reading/mrz';
import { nationalityInPortuguese } from '../../../../shared/reading/nationality';
import { nameKey, normalizeText } from '../../../../shared/reading/normalize';
import { api } from '../../api';
import { useCase } from '../../case/CaseContext';
import { formatDate, useLocale } from '../../locale';
import { useReadings } from './ReadingsSession';

type Field = 'fullName' | 'nationality' | 'dateOfBirth' | 'passportNumber' | 'passportExpiry';
type Decision = 'keep' | 'use';

interface Row {
  field: Field | 'sex';
  /** What the passport says, as it would be stored (null: nothing to offer, e.g. a nationality without its Portuguese word). */
  read: string | null;
  /** What the person sees for the passport's value. */
  shown: string;
  typed: string | undefined;
  same: boolean;
}

/**
 * The passport's details, read from its MRZ (check digits verified), offered for the
 * case's facts detail by detail: an empty detail is filled when the person saves (they can
 * untick it), one they typed differently is only replaced when they choose "use the
 * passport's". Nothing changes before "save".
 */
export function MrzPrefill({ file, fields }: { file: string; fields: MrzFields }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { caseId, guide, update } = useCase();
  const { person, refreshPerson } = useReadings();
  const uid = useId();
  const [decisions, setDecisions] = useState<Partial<Record<Field, Decision>>>({});
  const [saved, setSaved] = useState<'saved' | 'nothing' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const date = (iso: string | undefined) => (iso ? formatDate(iso, locale) : '');
  const nationality = nationalityInPortuguese(fields.nationality);
  const sameText = (a: string | undefined, b: string) => !!a && normalizeText(a).trim() === normalizeText(b).trim();

  const rows: Row[] = [
    {
      field: 'fullName',
      read: fields.fullName,
      shown: fields.fullName,
      typed: person?.fullName,
      same: !!person?.fullName && nameKey(person.fullName) === nameKey(fields.fullName),
    },
    {
      field: 'nationality',
      read: nationality,
      shown: nationality ? `${nationality} (${fields.nationality})` : fields.nationality,
      typed: person?.nationality,
      same: nationality !== null && sameText(person?.nationality, nationality),
    },
    {
      field: 'dateOfBirth',
      read: fields.dateOfBirth,
      shown: date(fields.dateOfBirth),
      typed: person?.dateOfBirth,
      same: person?.dateOfBirth === fields.dateOfBirth,
    },
    { field: 'sex', read: null, shown: t(`reading.mrz.sex.${fields.sex}`), typed: undefined, same: false },
    {
      field: 'passportNumber',
      read: fields.passportNumber,
      shown: fields.passportNumber,
      typed: person?.passportNumber,
      same: person?.passportNumber?.replace(/\s+/g, '').toUpperCase() === fields.passportNumber,
    },
    {
      field: 'passportExpiry',
      read: fields.passportExpiry,
      shown: date(fields.passportExpiry),
      typed: guide.situation.passportExpiry,
      same: guide.situation.passportExpiry === fields.passportExpiry,
    },
  ];
  const typedShown = (row: Row) =>
    row.field === 'dateOfBirth' || row.field === 'passportExpiry' ? date(row.typed) : (row.typed ?? '');
  // An empty detail is filled unless the person unticks it; a different one is kept unless they choose the passport's.
  const decisionOf = (row: Row & { field: Field }): Decision => decisions[row.field] ?? (row.typed ? 'keep' : 'use');
  const offered = rows.filter((row): row is Row & { field: Field } => row.field !== 'sex' && row.read !== null && !row.same);

  async function save() {
    setError(null);
    setSaved(null);
    const chosen = offered.filter((row) => decisionOf(row) === 'use');
    if (chosen.length === 0) {
      setSaved('nothing');
      return;
    }
    const personChanges = Object.fromEntries(
      chosen.filter((row) => row.field !== 'passportExpiry').map((row) => [row.field, row.read!]),
    );
    if (Object.keys(personChanges).length > 0) {
      // case.json holds the person as a whole: the details not chosen stay as they are.
      const current = await api().caseGet({ caseId });
      if (!current.ok) return setError(current.error);
      const result = await api().caseUpdate({ caseId, person: { ...current.value.person, ...personChanges } });
      if (!result.ok) return setError(result.error);
    }
    const expiry = chosen.find((row) => row.field === 'passportExpiry');
    if (expiry) update((current) => ({ ...current, situation: { ...current.situation, passportExpiry: expiry.read! } }));
    await refreshPerson();
    setDecisions({});
    setSaved('saved');
  }

  return (
    <section aria-labelledby={`${uid}-title`} data-testid="mrz-prefill">
      <h3 id={`${uid}-title`}>{t('reading.mrz.title', { file })}</h3>
      <p className="hint">{t('reading.mrz.intro')}</p>
      {rows.map((row) => {
        const label = t(`reading.mrz.fields.${row.field}`);
        const id = `${uid}-${row.field}`;
        return (
          <div className="form-group" key={row.field} data-testid={`mrz-${row.field}`}>
            <p>
              <strong>{label}:</strong> {row.shown}
            </p>
            {row.field === 'sex' ? (
              <p className="hint">{t('reading.mrz.notStored')}</p>
            ) : row.field === 'nationality' && row.read === null ? (
              <p className="hint">{t('reading.mrz.noAdjective', { code: fields.nationality })}</p>
            ) : row.same ? (
              <p className="hint">{t('reading.mrz.same')}</p>
            ) : !row.typed ? (
              <div className="checkbox">
                <input
                  type="checkbox"
                  id={id + '-fill'}
                  checked={decisionOf(row as Row & { field: Field }) === 'use'}
                  onChange={(event) =>
                    setDecisions((current) => ({ ...current, [row.field]: event.target.checked ? 'use' : 'keep' }))
                  }
                />
                <label htmlFor={id + '-fill'}>
                  {t('reading.mrz.fill')} ({t('reading.mrz.empty')})
                </label>
              </div>
            ) : (
              <fieldset>
                <legend>{t('reading.mrz.differs', { typed: typedShown(row), read: row.shown })}</legend>
                <div className="radios">
                  {(['keep', 'use'] as const).map((decision) => (
                    <div className="radio" key={decision}>
                      <input
                        type="radio"
                        id={`${id}-${decision}`}
                        name={id}
                        checked={decisionOf(row as Row & { field: Field }) === decision}
                        onChange={() => setDecisions((current) => ({ ...current, [row.field]: decision }))}
                      />
                      <label htmlFor={`${id}-${decision}`}>
                        {t(`reading.mrz.${decision}`, { typed: typedShown(row), read: row.shown })}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            )}
            {row.field === 'fullName' && !row.same && <p className="hint">{t('reading.mrz.nameHint')}</p>}
          </div>
        );
      })}
      {offered.length > 0 && (
        <button type="button" className="button" onClick={() => void save()} data-testid="mrz-save">
          {t('reading.mrz.save')}
        </button>
      )}
      {saved && (
        <p role="status" data-testid="mrz-saved">
          {t(saved === 'saved' ? 'reading.mrz.saved' : 'reading.mrz.nothingToSave')}
        </p>
      )}
      {error && (
        <p role="alert" className="error-message">
          {t(error.messageKey, error.params)}
        </p>
      )}
    </section>
  );
}
