import { describe, expect, it } from 'vitest';
import { afterColonPt } from '../../../shared/i18n/after-colon';
import { contactScenarios } from '../../../shared/rules/contact-scenarios';
import { buildContactFormText } from '../../../shared/writing/contact-form';
import { buildEmailDraft } from '../../../shared/writing/email';
import { factLabels } from '../../../shared/writing/facts';
import { completeCase, expectedValues, expectedValuesEn, withoutFact } from './writing-fixtures';

const sameSource = (fact: string) => (fact === 'newEmail' ? 'email' : fact);

describe('contact-form text', () => {
  it('covers every scenario of the rules data', () => {
    expect(contactScenarios.map((s) => s.id)).toEqual([
      'renewals-portal-error',
      'address-change',
      'email-update',
      'existing-process',
      'niss-blocked',
      'duc-payment',
      'payment-not-visible',
      'personal-data-change',
      'second-copy',
      'appointment-change',
    ]);
  });

  it('names the form\'s option "Portal de Renovações" literally, and the portal by AIMA\'s name, Portal das Renovações', () => {
    const text = buildContactFormText(completeCase(), 'renewals-portal-error');
    const [, subjectLine, subtypeLine] = text.plainText.split('\n');
    // The option's label on contactenos.aima.gov.pt, as AIMA's guidance relays it: what the person looks for.
    expect(subjectLine).toBe('Tipo de assunto: Portal de Renovações');
    expect(subtypeLine).toBe('Subtipo: Portal de Renovações');
    // The portal itself, in the message to AIMA, by AIMA's own name for it.
    expect(text.message.pt).toContain('no Portal das Renovações');
    expect(text.message.pt).not.toContain('Portal de Renovações');
  });

  for (const scenario of contactScenarios) {
    describe(scenario.id, () => {
      it('names the subject and subtype and fills every required field from the case', () => {
        const text = buildContactFormText(completeCase(), scenario.id);
        expect(text.subject).toMatchObject({ label: scenario.subject.label, verified: scenario.subject.labelVerified });
        expect(text.subtype).toMatchObject({ label: scenario.subtype.label, verified: scenario.subtype.labelVerified });
        const [firstLine, subjectLine, subtypeLine] = text.plainText.split('\n');
        expect(firstLine).toContain('contactenos.aima.gov.pt');
        const shown = (c: typeof scenario.subject) => c.label ?? `[escolha: ${afterColonPt(c.description.pt)}]`;
        expect(subjectLine).toContain(`Tipo de assunto: ${shown(scenario.subject)}`);
        expect(subtypeLine).toContain(`Subtipo: ${shown(scenario.subtype)}`);

        expect(text.fields.map((f) => f.fact)).toEqual(scenario.personFacts);
        for (const fact of scenario.personFacts) {
          const field = text.fields.find((f) => f.fact === fact);
          expect(field?.value, fact).toBe(expectedValues[fact]);
          expect(text.plainText).toContain(`${factLabels[fact].pt}: ${expectedValues[fact]}`);
          expect(text.plainText).toContain(`${factLabels[fact].en}: ${expectedValuesEn[fact] ?? expectedValues[fact]}`);
        }
        expect(text.warnings.filter((w) => w.code === 'MISSING_FACT')).toEqual([]);
        expect(text.plainText).not.toContain('EM FALTA');
        // Every attachment, except one the case rules out (the complete case has a NISS: no "why I have none"; it
        // records no payment: no proof of payment).
        for (const attachment of scenario.attachments)
          if (attachment.onlyIf !== 'no-niss' && attachment.onlyIf !== 'payment-recorded')
            expect(text.plainText).toContain(attachment.name.pt);
          else expect(text.plainText).not.toContain(attachment.name.pt);
        // The Portuguese message quotes the permit number; the English reading aid follows it.
        expect(text.message.pt).toContain(expectedValues.permitNumber);
        expect(text.plainText.indexOf(text.message.pt)).toBeLessThan(text.plainText.indexOf(text.message.en));
      });

      it('warns, naming the fact, for each required fact the case lacks', () => {
        for (const fact of scenario.personFacts) {
          const text = buildContactFormText(withoutFact(completeCase(), fact), scenario.id);
          const missing = text.warnings.filter((w) => w.code === 'MISSING_FACT');
          // "email" and "newEmail" are the same fact of the case (the active address): both go missing together.
          const expected = scenario.personFacts.filter((f) => sameSource(f) === sameSource(fact));
          expect(
            missing.map((w) => w.fact),
            `${scenario.id} without ${fact}`,
          ).toEqual(expected);
          const warning = missing.find((w) => w.fact === fact)!;
          expect(warning.text.en).toContain(factLabels[fact].en);
          expect(warning.text.pt).toContain(factLabels[fact].pt);
          // Never a silent blank: the field shows a loud marker instead.
          expect(text.fields.find((f) => f.fact === fact)?.value).toBeNull();
          expect(text.plainText).toContain(`${factLabels[fact].pt}: [EM FALTA / MISSING: ${factLabels[fact].pt}]`);
        }
      });
    });
  }

  it('a person without a NISS says so instead of being warned about a gap', () => {
    const c = withoutFact(completeCase(), 'niss');
    c.situation.hasNiss = false;
    const text = buildContactFormText(c, 'niss-blocked');
    expect(text.warnings.filter((w) => w.code === 'MISSING_FACT')).toEqual([]);
    // Wording that needs no gender agreement ("inscrito/inscrita").
    expect(text.message.pt).toContain('Não tenho inscrição na Segurança Social nem NISS');
    expect(text.fields.find((f) => f.fact === 'niss')!.value).toBe('Não tenho NISS (sem inscrição na Segurança Social)');
    expect(text.plainText).not.toMatch(/inscrit[oa]/);
  });

  it('payment not visible: its own text (paid, not registered), never the "DUC not generated" text or its regenerate tip', () => {
    const c = completeCase();
    c.evidence.push({
      type: 'entry',
      id: 'paid-1',
      at: '2026-03-06T11:00:00Z',
      recordedAt: '2026-03-06T11:05:00Z',
      kind: 'payment-proof',
      note: '',
      files: [],
    });
    const text = buildContactFormText(c, 'payment-not-visible');
    expect(text.message.pt).toBe(
      'Submeti o pedido de renovação da minha autorização de residência (título n.º PT-AR-4455) e paguei o DUC com a referência 712 345 678 901 no dia 6 de março de 2026, mas o pagamento não aparece registado no portal. Junto o comprovativo de pagamento e cópia do título de residência. Solicito que verifiquem o pagamento e o associem ao meu pedido de renovação.',
    );
    expect(text.plainText).not.toContain('não foi gerado');
    expect(text.notes.map((n) => n.en).join(' ')).not.toContain('regenerate');
    expect(text.warnings.filter((w) => w.code === 'NEEDS_DETAIL')).toEqual([]);
    // Without the payment in the log the text neither says "paguei" nor attaches a proof it does not hold:
    // it states the request and the DUC, asks whether a payment is registered, and says what to record.
    const unpaid = buildContactFormText(completeCase(), 'payment-not-visible');
    expect(unpaid.message.pt).not.toMatch(/paguei|Junto o comprovativo de pagamento/);
    expect(unpaid.message.en).not.toMatch(/I paid|paid the DUC|proof of payment/);
    expect(unpaid.message.pt).toBe(
      'Submeti o pedido de renovação da minha autorização de residência (título n.º PT-AR-4455), tendo sido gerado o DUC com a referência 712 345 678 901. O portal não mostra qualquer pagamento associado ao pedido. Junto cópia do título de residência. Solicito que me informem se o pagamento deste DUC se encontra registado no meu pedido de renovação e, não estando, como posso regularizá-lo.',
    );
    const detail = unpaid.warnings.filter((w) => w.code === 'NEEDS_DETAIL');
    expect(detail).toHaveLength(1);
    expect(detail[0]!.text.en).toContain('record the payment first');
    expect(detail[0]!.text.pt).toContain('registe primeiro o pagamento');
    const unpaidEmail = buildEmailDraft(completeCase(), 'payment-not-visible');
    expect(unpaidEmail.body).not.toMatch(/paguei|Junto o comprovativo de pagamento/);
    expect(buildEmailDraft(c, 'payment-not-visible').body).toContain(
      'paguei o DUC com a referência 712 345 678 901 no dia 6 de março de 2026',
    );
    // The DUC-not-generated text no longer speaks of a payment.
    expect(buildContactFormText(c, 'duc-payment').message.pt).not.toMatch(/paguei|pagamento efetuado|não aparece/);
  });

  it('portal error: asks to submit "dentro do prazo" only when the log shows a first attempt on or before the expiry day', () => {
    const attempt = (at: string) => ({
      type: 'entry' as const,
      id: `a-${at}`,
      at,
      recordedAt: at,
      kind: 'portal-error-screenshot' as const,
      note: '',
      files: [],
    });
    const inTime = completeCase();
    inTime.evidence = [attempt('2026-06-29T10:00:00Z')];
    expect(buildContactFormText(inTime, 'renewals-portal-error').message.pt).toContain(
      'submeter o pedido de renovação dentro do prazo.',
    );
    const late = completeCase();
    late.evidence = [attempt('2026-07-02T10:00:00Z')];
    const text = buildContactFormText(late, 'renewals-portal-error');
    expect(text.message.pt).not.toContain('dentro do prazo');
    expect(text.message.en).not.toContain('in time');
    const none = completeCase();
    none.evidence = [];
    expect(buildContactFormText(none, 'renewals-portal-error').message.pt).not.toContain('dentro do prazo');
  });

  it('second copy: a damaged card is not "attached" to an online form; the text says it is handed in person', () => {
    const text = buildContactFormText(completeCase(), 'second-copy');
    expect(text.message.pt).toContain(
      'fotografias do cartão danificado; o próprio cartão danificado será entregue presencialmente',
    );
    // Said to the person, in a note: the list of attachments is what AIMA reads.
    expect(text.attachments.find((a) => a.id === 'damaged-card')!.name.pt).not.toContain('formulário online');
    expect(text.notes.some((note) => note.pt.includes('não pode ser anexado a um formulário online'))).toBe(true);
  });

  it('flags subtype labels no source confirmed', () => {
    const text = buildContactFormText(completeCase(), 'email-update');
    expect(text.warnings.some((w) => w.code === 'LABEL_NOT_VERIFIED')).toBe(true);
    // Its labels are confirmed (the fixture's DUC makes it contradict the case: contact-form-contradicts.test.ts;
    // the fixture holds neither a copy of the card nor a screenshot: ATTACHMENT_NOT_IN_CASE, below).
    expect(buildContactFormText(completeCase(), 'renewals-portal-error').warnings.map((w) => w.code)).toEqual([
      'CONTRADICTS_CASE',
      'ATTACHMENT_NOT_IN_CASE',
    ]);
  });

  it('says which attachments the text claims ("Junto …") that the case does not hold, in both languages', () => {
    const c = completeCase();
    const warning = () =>
      buildContactFormText(c, 'renewals-portal-error').warnings.find((w) => w.code === 'ATTACHMENT_NOT_IN_CASE');
    expect(buildContactFormText(c, 'renewals-portal-error').message.pt).toContain(
      'Junto cópia do título de residência e captura de ecrã da mensagem de erro.',
    );
    expect(warning()?.text.pt).toBe(
      'O texto diz juntar documentos que não constam do seu processo: cópia do título de residência (frente e verso); captura de ecrã da mensagem de erro. Antes de enviar, anexe os ficheiros ou retire do texto e da lista a referência a esses documentos.',
    );
    expect(warning()?.text.en).toContain(
      'attaches documents your case does not hold: copy of your residence card (both sides); screenshot',
    );
    // The card among the case's documents: only the screenshot is named.
    c.assignments['residence-permit'] = ['card-front'];
    expect(warning()?.text.pt).toBe(
      'O texto diz juntar um documento que não consta do seu processo: captura de ecrã da mensagem de erro. Antes de enviar, anexe o ficheiro ou retire do texto e da lista a referência a esse documento.',
    );
    // …and a screenshot with its file in the evidence log: nothing is claimed that the case does not hold.
    c.evidence.push({
      type: 'entry',
      id: 'shot',
      at: '2026-03-02T10:00:00Z',
      recordedAt: '2026-03-02T10:00:00Z',
      kind: 'portal-error-screenshot',
      note: '',
      files: [{ name: 'erro.png', storedAs: 'evidence/abc-erro.png', sha256: 'a'.repeat(64), bytes: 1 }],
    });
    expect(warning()).toBeUndefined();
    // The e-mail draft says the same.
    c.assignments = {};
    expect(buildEmailDraft(c, 'renewals-portal-error').warnings.map((w) => w.code)).toContain('ATTACHMENT_NOT_IN_CASE');
  });

  it('lists portal-error dates from the evidence log in the message, oldest first', () => {
    const c = completeCase();
    const entry = (id: string, at: string) => ({
      type: 'entry' as const,
      id,
      at,
      recordedAt: at,
      kind: 'portal-error-screenshot' as const,
      note: '',
      files: [{ name: 'e.png', storedAs: 'evidence/abc-e.png', sha256: 'a'.repeat(64), bytes: 1 }],
    });
    c.evidence.push(entry('b', '2026-03-09T10:00:00Z'), entry('a', '2026-03-02T10:00:00Z'));
    const text = buildContactFormText(c, 'renewals-portal-error');
    expect(text.message.pt).toContain('Tentei nos dias 2 e 9 de março de 2026, sempre sem sucesso.');
    expect(text.attachments.find((a) => a.id === 'error-screenshot')?.inCase).toBe(true);
  });
});

/**
 * Session 14's walk: a person answered "no NISS" in step 1 and later typed a NISS in their details; the NISS text
 * said "O meu NISS é 12345678902" and listed "Breve explicação do motivo por que não tenho NISS" as an attachment.
 */
describe('the NISS text and its attachments read the NISS the same way', () => {
  it('a NISS in the details is a NISS, whatever step 1 said', () => {
    const c = completeCase();
    c.situation.hasNiss = false;
    const text = buildContactFormText(c, 'niss-blocked');
    expect(text.message.pt).toContain('O meu NISS é');
    expect(text.attachments.map((a) => a.id)).not.toContain('no-niss-explanation');
    expect(text.attachments.map((a) => a.id)).toContain('niss-proof');
  });

  it('no NISS anywhere: the text says so and asks for the explanation', () => {
    const c = withoutFact(completeCase(), 'niss');
    c.situation.hasNiss = false;
    const text = buildContactFormText(c, 'niss-blocked');
    expect(text.message.pt).toContain('Não tenho inscrição na Segurança Social nem NISS');
    expect(text.attachments.map((a) => a.id)).toContain('no-niss-explanation');
  });
});
