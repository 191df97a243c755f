import { describe, expect, it } from 'vitest';
import { buildContactFormText } from '../../../shared/writing/contact-form';
import { buildEmailDraft } from '../../../shared/writing/email';
import { completeCase } from './writing-fixtures';

/**
 * Session 8's walk: "a technical problem on the Renewals Portal prevents me from submitting" was written, without a
 * word, for a case whose log holds a DUC, which AIMA generates only once a request is submitted. The person chose
 * the problem, so the text stays; a warning says what the case holds and which problem fits it.
 */
describe('a text that says "I could not submit" for a case that holds a DUC', () => {
  it('warns, in both languages, in the contact-form text and the email', () => {
    const withDuc = completeCase();
    for (const text of [
      buildContactFormText(withDuc, 'renewals-portal-error'),
      buildEmailDraft(withDuc, 'renewals-portal-error'),
    ]) {
      const warning = text.warnings.find((w) => w.code === 'CONTRADICTS_CASE');
      expect(warning?.text.en).toContain('Your case records a DUC or a submission receipt');
      expect(warning?.text.pt).toContain('O seu processo regista um DUC ou um comprovativo de submissão');
    }
  });
  it('says nothing of the kind when the case holds no DUC nor receipt', () => {
    const none = completeCase();
    none.evidence = [];
    expect(buildContactFormText(none, 'renewals-portal-error').warnings.map((w) => w.code)).not.toContain('CONTRADICTS_CASE');
    // Another problem that fits a submitted case gets no such warning.
    expect(buildContactFormText(completeCase(), 'payment-not-visible').warnings.map((w) => w.code)).not.toContain(
      'CONTRADICTS_CASE',
    );
  });
});

/**
 * Session 13's walk: "comunicar a alteração da minha morada" with the same address as registered and as new, for a
 * case whose answers say the person has not moved since the card (the address on record is then where they live).
 */
describe('a change of address whose address on record is the new address', () => {
  it('warns, in both languages, in the contact-form text and the email', () => {
    const notMoved = completeCase();
    delete notMoved.person.addressOnRecord;
    notMoved.situation.addressChangedSinceLastCard = false;
    for (const text of [buildContactFormText(notMoved, 'address-change'), buildEmailDraft(notMoved, 'address-change')]) {
      const warning = text.warnings.find((w) => w.code === 'CONTRADICTS_CASE');
      expect(warning?.text.en).toContain('The address on record and the new address are the same');
      expect(warning?.text.pt).toContain('A morada registada e a nova morada são iguais');
    }
  });
  it('on the command line names client.json’s fields to fix, not "corrija essa resposta" (session 13’s closing note)', () => {
    const notMoved = completeCase();
    delete notMoved.person.addressOnRecord;
    notMoved.situation.addressChangedSinceLastCard = false;
    const warning = buildContactFormText(notMoved, 'address-change', 'client-folder').warnings.find(
      (w) => w.code === 'CONTRADICTS_CASE',
    )!;
    expect(warning.text.pt).toBe(
      'A morada registada e a nova morada são iguais: o client.json indica que o cliente não mudou de morada desde a emissão do cartão atual (situation.addressChangedSinceLastCard: false). Se o cliente mudou, ponha situation.addressChangedSinceLastCard a true no client.json e indique em person.addressOnRecord a morada que consta do cartão; se não, não há alteração de morada a comunicar.',
    );
    expect(warning.text.en).toContain('set situation.addressChangedSinceLastCard to true in client.json');
    expect(warning.text.pt).not.toContain('corrija essa resposta');
    // In the app the answer is corrected on the situation page.
    expect(
      buildContactFormText(notMoved, 'address-change').warnings.find((w) => w.code === 'CONTRADICTS_CASE')!.text.pt,
    ).toContain('as respostas indicam que não mudou de morada desde a emissão do cartão atual. Se mudou, corrija essa resposta');
  });

  it('says nothing of the kind when the person moved (the address on the card is another)', () => {
    const moved = completeCase();
    expect(moved.person.addressOnRecord).toBeDefined();
    expect(buildContactFormText(moved, 'address-change').warnings.map((w) => w.code)).not.toContain('CONTRADICTS_CASE');
  });
});

/** Session 13's walk: the warnings told an agency "O seu processo não tem esses documentos" about its client. */
describe('the warnings of a client’s texts name the client’s case', () => {
  it('a client folder opened in the guide: the client’s case and details; the command line: the client folder', () => {
    const client = {
      ...completeCase(),
      source: { kind: 'client-folder' as const, folder: '/clients/ana', importedAt: '2026-11-01T10:00:00Z' },
    };
    const contradicts = buildContactFormText(client, 'renewals-portal-error').warnings.find(
      (w) => w.code === 'CONTRADICTS_CASE',
    )!;
    expect(contradicts.text.en).toMatch(
      /^The client’s case records a DUC .* this text says the client could not submit\. If the client did submit,/,
    );
    expect(contradicts.text.pt).toMatch(
      /^O processo do cliente regista um DUC .* este texto diz que o cliente não conseguiu submeter\. Se o cliente submeteu,/,
    );
    client.assignments = {};
    const absent = buildEmailDraft(client, 'renewals-portal-error').warnings.find((w) => w.code === 'ATTACHMENT_NOT_IN_CASE')!;
    expect(absent.text.pt).toContain('que não constam do processo do cliente');
    expect(absent.text.en).toContain('the client’s case does not hold');
    const folder = buildContactFormText({ ...client, source: undefined }, 'renewals-portal-error', 'client-folder');
    expect(folder.warnings.find((w) => w.code === 'ATTACHMENT_NOT_IN_CASE')!.text.pt).toContain(
      'que não constam da pasta do cliente',
    );
    // The applicant's own case keeps "your case".
    const own = buildContactFormText({ ...completeCase(), assignments: {} }, 'renewals-portal-error');
    expect(own.warnings.find((w) => w.code === 'ATTACHMENT_NOT_IN_CASE')!.text.pt).toContain('que não constam do seu processo');
  });
});
