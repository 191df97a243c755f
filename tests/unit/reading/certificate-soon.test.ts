import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../../shared/reading/consistency';
import type { CertificateReading } from '../../../shared/reading/certificate';
import { readingProblems } from '../../../shared/batch/row';

/** Lin's Finanças certificate (walk of session 6): issued 2 September 2026, valid 3 months, through 2 December. */
const lin: CertificateReading = {
  kind: 'financas-certificate',
  issuedOn: '2026-09-02',
  statedValidity: { months: 3 },
  nif: null,
  niss: null,
  name: null,
};
const check = (submitOn: string, judgedOn: 'planned-submission' | 'run-day' | 'today') =>
  checkConsistency({ submitOn, judgedOn, facts: {}, mrz: null, certificates: [{ file: 'certidao.pdf', reading: lin }] });

describe('a certificate near its last valid day is flagged in every view, not only on its card', () => {
  it('judged for today (no planned day): a warning that says today, never "the day you plan to submit"', () => {
    const r = check('2026-12-01', 'today');
    expect(r.columns.certificates).toBe('fresh');
    const [soon] = r.items;
    expect(soon).toMatchObject({ id: 'certificate-expires-soon', severity: 'warning', file: 'certidao.pdf' });
    expect(soon!.text.en).toBe(
      'The Finanças tax status certificate, file certidao.pdf, is valid until 2 December 2026, only 1 day after 1 December 2026 (today). If you submit after 2 December 2026, get a new one shortly before you submit.',
    );
    expect(soon!.text.pt).toBe(
      'A certidão de situação tributária (Finanças), ficheiro certidao.pdf, é válida até 2 de dezembro de 2026, apenas 1 dia depois de 1 de dezembro de 2026 (hoje). Se submeter depois de 2 de dezembro de 2026, obtenha uma nova pouco antes de submeter.',
    );
  });
  it('on its last valid day it is still valid (a warning, not a blocker); the next day it is stale', () => {
    expect(check('2026-12-02', 'today').items.map((i) => [i.id, i.severity])).toEqual([['certificate-expires-soon', 'warning']]);
    // The margin as it is: none left, said in words that agree with the day judged.
    expect(check('2026-12-02', 'today').items[0]!.text.pt).toContain(
      'é válida até 2 de dezembro de 2026, o que corresponde a 2 de dezembro de 2026 (hoje): é o seu último dia de validade.',
    );
    expect(check('2026-12-02', 'planned-submission').items[0]!.text.pt).toContain(
      'o que corresponde ao dia previsto de submissão: é o seu último dia de validade.',
    );
    expect(check('2026-11-20', 'planned-submission').items[0]!.text.en).toContain(
      'is valid until 2 December 2026, only 12 days after the day you plan to submit.',
    );
    const stale = check('2026-12-03', 'today').items[0]!;
    expect([stale.id, stale.severity]).toEqual(['certificate-stale', 'blocker']);
    expect(stale.text.en).toContain('it is stale on 3 December 2026 (today)');
    expect(stale.text.en).not.toContain('plan to submit');
  });
  it('valid more than two weeks past the day judged: nothing to say', () => {
    expect(check('2026-11-17', 'planned-submission').items).toEqual([]);
    expect(check('2026-11-18', 'planned-submission').items.map((i) => i.id)).toEqual(['certificate-expires-soon']);
  });
  it('the agency batch gets it as a warning line of the client (summary.html), never an error', () => {
    const problems = readingProblems(check('2026-12-01', 'run-day'));
    expect(problems).toMatchObject([{ code: 'READING_CERTIFICATE_EXPIRES_SOON', severity: 'warning', file: 'certidao.pdf' }]);
    expect((problems[0]!.params!.text as { en: string }).en).toContain('1 December 2026, the day of this run');
  });
});
