import { describe, expect, it } from 'vitest';
import { assessCase } from '../../../shared/case/assessment';
import { DEC_1_NOON, personAlone, WORKER } from './assessment-fixtures';

const situation = { ...WORKER, permitNumber: 'B9876543', permitExpiry: '2027-01-10', passportExpiry: '2032-01-01' };
const STALE =
  'The Finanças tax status certificate, file financas-scan.pdf, was issued on 14 August 2026 and was valid until 14 November 2026: it is stale on the day you plan to submit. Get a new one.';

/**
 * Every required file prepared and ready, but reading found the Finanças certificate stale: the
 * folder step said "The folder is written but not everything is ready: ." (an empty list), so a
 * person saw "Needs attention" with no reason. It now names what reading found.
 */
describe('the folder step when only reading blocks', () => {
  it('names the blocker, in English and Portuguese', () => {
    const state = personAlone(
      'every-required-ready',
      {
        items: [
          {
            id: 'certificate-stale',
            severity: 'blocker',
            text: { en: STALE, pt: 'A certidão … já não é válida no dia previsto de submissão. Obtenha uma nova.' },
            file: 'financas-scan.pdf',
          },
        ],
        columns: {
          name: 'ok',
          dateOfBirth: 'ok',
          nif: 'ok',
          niss: 'unknown',
          passport: 'valid',
          certificates: 'stale',
        },
      },
      situation,
    );
    const folder = assessCase(state, DEC_1_NOON).steps.find((step) => step.id === 'folder')!;
    expect(folder.status).toBe('attention');
    expect(folder.reason.en).not.toMatch(/: \.$/);
    expect(folder.reason.en).toContain(STALE);
    expect(folder.reason.pt).toContain('Obtenha uma nova.');
    expect(folder.reason.pt).not.toMatch(/: \.$/);
  });
});
