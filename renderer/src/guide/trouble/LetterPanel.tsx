import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextWarnings } from './TextWarnings';
import type { ApiError } from '../../../../shared/api/errors';
import { letterPurposes, type AskedPurpose, type LetterPurpose } from '../../../../shared/rules/letter-purpose';
import type { Letter } from '../../../../shared/writing/letter';
import { api } from '../../api';
import { useCase } from '../../case/CaseContext';
import { useLocale } from '../../locale';

/**
 * The registered letter for this problem. The problem proposes a purpose, the
 * facts of the case decide whether it is true; the person sees which letter
 * it is, what it says, and may pick another one that fits their case.
 */
export function LetterPanel({
  asked,
  onSave,
  onError,
}: {
  asked?: AskedPurpose;
  onSave: (letter: Letter) => void;
  onError: (error: ApiError) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { caseId, saveNow } = useCase();
  const [chosen, setChosen] = useState<LetterPurpose | null>(null);
  const [letter, setLetter] = useState<Letter | null>(null);

  useEffect(() => {
    let live = true;
    // Written from the case on disk: the answers still waiting to be saved go there first.
    void saveNow()
      .then(() => api().writingLetter({ caseId, ...(chosen ? { purpose: chosen } : asked ? { asked } : {}) }))
      .then((result) => {
        if (!live) return;
        if (result.ok) setLetter(result.value);
        else onError(result.error);
      });
    return () => {
      live = false;
    };
  }, [caseId, asked, chosen, onError, saveNow]);

  const fits = (purpose: LetterPurpose) => letter?.choice.options.find((option) => option.purpose === purpose)?.fits ?? false;
  return (
    <div className="panel" data-testid="letter-panel">
      <h3>{t('trouble.letter')}</h3>
      <p>{t('trouble.letterIntro')}</p>
      {letter && (
        <>
          <label htmlFor="letter-purpose">
            <strong>{t('trouble.letterPurpose')}</strong>
          </label>
          <p className="hint" id="letter-purpose-hint">
            {t('trouble.letterPurposeHint')}
          </p>
          <select
            id="letter-purpose"
            className="input"
            aria-describedby="letter-purpose-hint"
            value={letter.purpose}
            onChange={(event) => setChosen(event.target.value as LetterPurpose)}
            data-testid="letter-purpose"
          >
            {letterPurposes.map((purpose) => (
              <option key={purpose} value={purpose} disabled={!fits(purpose)}>
                {t(`writing.purposes.${purpose}`)}
                {fits(purpose) ? '' : ` (${t('trouble.notAvailable')})`}
              </option>
            ))}
          </select>
          {letter.choice.overridden && !chosen && (
            <p className="inset" data-testid="purpose-overridden">
              {t('trouble.purposeOverridden', { reason: t(`writing.purposeReasons.${letter.choice.overridden.reason}`) })}
            </p>
          )}
          {letter.recordFirst && (
            // Said above the letter, not as one more "check before sending": its sentences need evidence first.
            <div className="warning warning-caution" role="status" data-testid="letter-not-ready">
              <p>{letter.recordFirst[locale]}</p>
            </div>
          )}
          <TextWarnings
            warnings={letter.warnings}
            testId="letter-warnings"
            alreadyShown={letter.warnings.filter((warning) => warning.code === 'EVIDENCE_NEEDED')}
          />
          <blockquote className="text-block" lang="pt" data-testid="letter-preview">
            <p>
              <strong>{letter.subject}</strong>
            </p>
            {letter.introduction.slice(1).map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
            {letter.request.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </blockquote>
          <button type="button" className="button button-secondary" onClick={() => onSave(letter)} data-testid="save-letter">
            {t('trouble.saveLetter')}
          </button>
        </>
      )}
    </div>
  );
}
