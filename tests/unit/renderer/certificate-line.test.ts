import { describe, expect, it } from 'vitest';
import { certificateLineOf } from '../../../renderer/src/guide/documents/certificate-line';
import { certificateVerdict, type CertificateReading } from '../../../shared/reading/certificate';
import { translate } from '../../../shared/i18n/translate';

/** Lin's Finanças certificate (walk of session 6): issued 2 September 2026, valid 3 months. */
const lin = { kind: 'financas-certificate', issuedOn: '2026-09-02', statedValidity: { months: 3 } } as CertificateReading;

function lineOn(submitOn: string, planned: boolean) {
  const verdict = certificateVerdict(lin, submitOn);
  if (!('issuedOn' in verdict)) throw new Error('expected a dated verdict');
  return { verdict, line: certificateLineOf(verdict, planned) };
}

describe('a certificate’s line on its document card', () => {
  it('judged for today when no day is planned: says today, not "the day you plan to submit", and is not green the day before its last', () => {
    const { verdict, line } = lineOn('2026-12-01', false);
    expect(verdict.lastFreshDay).toBe('2026-12-02');
    expect(line).toEqual({ key: 'freshToday', tone: 'yellow', soon: true });
    const en = translate('en', `reading.certificate.${line.key}`, { until: '1 December 2026', submitOn: '1 December 2026' });
    expect(en).not.toContain('you plan to submit on');
    expect(en).toContain('checked for today');
    const pt = translate('pt', `reading.certificate.${line.key}`, {
      until: '1 de dezembro de 2026',
      submitOn: '1 de dezembro de 2026',
    });
    expect(pt).toContain('verificado para hoje');
  });

  it('a planned day keeps "you plan to submit", green only when the certificate is valid two weeks past it', () => {
    expect(lineOn('2026-11-01', true).line).toEqual({ key: 'fresh', tone: 'green', soon: false });
    expect(lineOn('2026-11-20', true).line).toEqual({ key: 'fresh', tone: 'yellow', soon: true });
  });

  it('stale and not-yet-issued name today when no day is planned', () => {
    expect(lineOn('2026-12-03', false).line).toEqual({ key: 'staleToday', tone: 'red', soon: false });
    expect(lineOn('2026-12-03', true).line).toEqual({ key: 'stale', tone: 'red', soon: false });
    expect(lineOn('2026-08-01', false).line.key).toBe('notYetToday');
  });
});
