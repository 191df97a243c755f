import { describe, expect, it } from 'vitest';
import type { CompressionReport } from '../../../shared/engine/compression';
import type { ValidationResult } from '../../../shared/engine/validation';
import { translate } from '../../../shared/i18n/translate';
import { fitAdviceWithinReach } from '../../../electron/engine/validate/fit-advice';

const overLimit = {
  verdict: 'not-ready',
  reasons: [
    {
      code: 'OVER_LIMIT',
      severity: 'blocker',
      messageKey: 'validation.reasons.overLimit',
      actionKey: 'validation.actions.reduceToFit',
      params: { sizeMb: 1.21, limitMb: 1 },
    },
  ],
} as unknown as ValidationResult;
const compression = (options: CompressionReport['options'], fitsLimit = false) =>
  ({ fitsLimit, options }) as unknown as CompressionReport;

// Walk s15: Tomás's 40-page grey statement ends 1-bit (JBIG2) at 180 dpi and 1.2 MB; the card and report.html told
// him to "scan the paper again in black and white at 200 or 300 dpi", which the compress stage knew would not help.
describe('over the limit, the advice offers only what can help this file', () => {
  it('pages already in black and white: remove pages, and no rescan', () => {
    const [reason] = fitAdviceWithinReach(overLimit, compression(['remove-pages'])).reasons;
    expect(reason!.actionKey).toBe('validation.actions.removePagesToFit');
    expect(translate('en', reason!.actionKey)).toContain('already stored in black and white');
    expect(translate('en', reason!.actionKey)).not.toContain('200 or 300 dpi');
    expect(translate('pt', reason!.actionKey)).toContain('já estão guardadas a preto e branco');
  });

  it('pages still in grey or colour keep the rescan advice; no compression, no change', () => {
    expect(fitAdviceWithinReach(overLimit, compression(['remove-pages', 'rescan-black-and-white']))).toBe(overLimit);
    expect(fitAdviceWithinReach(overLimit, undefined)).toBe(overLimit);
  });
});
