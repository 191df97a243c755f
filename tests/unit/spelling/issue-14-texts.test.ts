import { describe, expect, it } from 'vitest';
import { caseFileSchema } from '../../../shared/case/case-file';
import { translate } from '../../../shared/i18n/translate';
import { decideRoute } from '../../../shared/rules/route';
import { checklistRules } from '../../../shared/rules/checklist';
import { contactScenarioById } from '../../../shared/rules/contact-scenarios';
import { preUploadChecklist } from '../../../shared/rules/pre-upload';
import { buildContactFormText } from '../../../shared/writing/contact-form';
import { buildEmailDraft } from '../../../shared/writing/email';
import { completeCase, withoutFact } from '../case/writing-fixtures';

/** Each Portuguese text quoted in issue 14 (contact texts, e-mail, UI), as it now reads. */

const woman = () => {
  const c = withoutFact(completeCase(), 'niss');
  c.person.fullName = 'Maria João Ferreira';
  c.situation.hasNiss = false;
  return c;
};
const man = () => {
  const c = withoutFact(completeCase(), 'niss');
  c.situation.hasNiss = false;
  return c;
};

describe('texts for a person without a NISS need no gender agreement', () => {
  it.each([
    ['a woman', woman],
    ['a man', man],
  ])('niss-blocked, for %s: "não tenho inscrição", never "inscrito/inscrita"', (_who, make) => {
    const text = buildContactFormText(make(), 'niss-blocked');
    expect(text.message.pt).toContain('Não tenho inscrição na Segurança Social nem NISS');
    expect(text.plainText).not.toMatch(/inscrit[oa]\b/);
    expect(text.plainText).toContain('Breve explicação do motivo por que não tenho NISS');
    expect(text.plainText).not.toContain('de porque');
  });

  it.each([
    ['a woman', woman],
    ['a man', man],
  ])('email-update, for %s: no broken "NISS Não tenho NISS" sentence', (_who, make) => {
    const email = buildEmailDraft(make(), 'email-update');
    expect(email.body).not.toContain('NISS Não tenho');
    expect(email.body).toContain('Para identificação: passaporte n.º N9876543 e NIF 287654320 (não tenho NISS).');
    expect(email.body).toContain('NISS: Não tenho NISS (sem inscrição na Segurança Social)');
    expect(email.body).not.toMatch(/inscrit[oa]\b/);
  });

  it('a person with a NISS is identified by it', () => {
    const email = buildEmailDraft(completeCase(), 'email-update');
    expect(email.body).toContain('Para identificação: passaporte n.º N9876543, NIF 287654320 e NISS 12345678902.');
  });

  it('the checklist asks for the reason without agreement', () => {
    const rule = checklistRules.find((r) => r.id === 'social-security-non-registration');
    expect(rule?.validity.pt).toContain('do motivo por que não tem inscrição na Segurança Social');
  });
});

describe('a second copy: the damaged card cannot be attached to an online form', () => {
  it('asks for photos and says the card is handed in person', () => {
    const text = buildContactFormText(completeCase(), 'second-copy');
    expect(text.message.pt).not.toContain('ou o cartão danificado.');
    // The photos are attached; the card itself is handed in (session 12: "fotografias…, que entregarei" read as the photos).
    expect(text.message.pt).toContain(
      'fotografias do cartão danificado; o próprio cartão danificado será entregue presencialmente à AIMA',
    );
    // What to do with the card is said to the person (a note), not inside the list of attachments AIMA reads.
    const attachment = contactScenarioById('second-copy').attachments.find((a) => a.id === 'damaged-card');
    expect(attachment?.name.pt).toBe('Fotografias da frente e do verso do cartão danificado');
    expect(text.notes.map((note) => note.pt).join(' ')).toContain('não pode ser anexado a um formulário online');
    expect(text.plainText.split('English reading aid')[0]).not.toContain('guarde o cartão');
  });
});

describe('Portuguese interface strings quoted in issue 14', () => {
  it('the six-month warning is grammatical and says "consultar um advogado"', () => {
    const c = caseFileSchema.parse({
      schemaVersion: 1,
      id: 'x',
      title: 'x',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      situation: { permitKind: 'temporary-work', permitExpiry: '2026-03-31', inPortugal: true },
    });
    const warning = decideRoute(c.situation, '2026-12-01').warnings.find((w) => w.id === 'expired-over-6-months');
    expect(warning?.text.pt).toContain('Em regra, a renovação online só é possível até 6 meses após o fim da validade');
    expect(warning?.text.pt).toContain('pondere consultar um advogado');
    expect(warning?.text.pt).not.toContain('Caducada há menos');
  });

  it('"Ainda tem acesso ao e-mail …"', () => {
    expect(translate('pt', 'situation.questions.emailWithAimaCurrent')).toBe(
      'Ainda tem acesso ao e-mail que a AIMA tem registado?',
    );
  });

  it('"1,1 MB, mais do que o limite de 1 MB" (decimal comma, the limit named)', () => {
    expect(translate('pt', 'validation.reasons.overLimit', { sizeMb: 1.1, limitMb: 1 })).toBe(
      'Este ficheiro tem 1,1 MB, mais do que o limite de 1 MB do portal.',
    );
    expect(translate('en', 'validation.reasons.overLimit', { sizeMb: 1.1, limitMb: 1 })).toBe(
      'This file is 1.1 MB, more than the 1 MB the portal accepts.',
    );
  });

  it('the criminal-record authorisation: "sem ela" (a autorização)', () => {
    const rule = checklistRules.find((r) => r.id === 'criminal-record-authorisation');
    expect(rule?.condition && 'text' in rule.condition ? rule.condition.text.pt : '').toContain('recusadas sem ela');
  });

  it('a blurry page is said once, with a subject', () => {
    const text = translate('pt', 'validation.reasons.blurry', { page: 1 });
    expect(text).toBe('A página 1 parece desfocada (fora de foco ou com o documento em movimento durante a digitalização).');
    expect(text).not.toContain('mexeu');
    expect(text).not.toContain('mexido');
  });

  it('items of one category "são reunidos" in one PDF', () => {
    expect(preUploadChecklist.map((i) => i.text.pt).join(' ')).toContain('são reunidos num só PDF');
  });

  it('no translated-sounding "O que experimentar" or "Ficam em"', () => {
    expect(translate('pt', 'trouble.tryThis')).toBe('O que pode fazer');
    expect(translate('pt', 'trouble.intro')).not.toContain('experimentar');
    expect(translate('pt', 'documents.dropHere', { file: 'passaporte.pdf' })).toBe(
      'Ou arraste ficheiros para este quadro. Passarão a fazer parte de passaporte.pdf.',
    );
  });
});
