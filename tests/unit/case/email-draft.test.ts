import { describe, expect, it } from 'vitest';
import { aimaEmailById, contactScenarios } from '../../../shared/rules/contact-scenarios';
import { buildEmailDraft, EMAIL_SUBJECTS } from '../../../shared/writing/email';
import { factLabels } from '../../../shared/writing/facts';
import { completeCase, expectedValues, withoutFact } from './writing-fixtures';

describe('email draft', () => {
  for (const scenario of contactScenarios) {
    it(`${scenario.id}: goes to AIMA's addresses for the scenario with every fact and the attachments`, () => {
      const draft = buildEmailDraft(completeCase(), scenario.id);
      const expectedTo = (scenario.emails.length ? scenario.emails : ['geral' as const]).map((id) => aimaEmailById(id).address);
      expect(draft.to.map((r) => r.address)).toEqual(expectedTo);
      expect(draft.from).toEqual({ name: 'Nguyễn Văn An', address: 'an.nguyen@example.org' });
      // A formal subject of its own ("Erro no Portal das Renovações"), not the app's title for the problem.
      expect(draft.subject.startsWith(`${EMAIL_SUBJECTS[scenario.id]} — `)).toBe(true);
      expect(draft.subject).toContain('PT-AR-4455');
      for (const fact of scenario.personFacts) expect(draft.body).toContain(`${factLabels[fact].pt}: ${expectedValues[fact]}`);
      // Every attachment, except one the case rules out (the complete case has a NISS).
      for (const attachment of scenario.attachments.filter((a) => a.onlyIf !== 'no-niss')) {
        expect(draft.body).toContain(attachment.name.pt);
        expect(draft.readingAid).toContain(attachment.name.en);
      }
      // What is sent (and copied) is Portuguese only; the English reading aid is kept apart.
      expect(draft.body).toContain('Exmos. Senhores');
      expect(draft.body).not.toContain('Dear Sir or Madam');
      expect(draft.readingAid).toContain('Dear Sir or Madam');
      expect(draft.warnings.some((w) => w.code === 'FORM_ONLY')).toBe(scenario.emails.length === 0);
      expect(draft.warnings.some((w) => w.code === 'EMAIL_UNCERTAIN')).toBe(scenario.emails.includes('renovacao-ar'));
    });
  }

  it('names a missing fact in a warning and marks it in the body', () => {
    const draft = buildEmailDraft(withoutFact(completeCase(), 'dateOfBirth'), 'renewals-portal-error');
    expect(draft.warnings.filter((w) => w.code === 'MISSING_FACT').map((w) => w.fact)).toEqual(['dateOfBirth']);
    expect(draft.body).toContain('Data de nascimento: [EM FALTA / MISSING: Data de nascimento]');
  });
});
