import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import type { CaseFile } from '../../../shared/case/case-file';
import type { EvidenceKind, EvidenceRecord } from '../../../shared/case/evidence';
import { choosePurpose, letterFacts, letterPurposes, type LetterPurpose } from '../../../shared/rules/letter-purpose';
import { troubleshooting } from '../../../shared/rules/troubleshooting';
import { addDays } from '../../../shared/rules/dates';
import { nthWorkingDayAfter } from '../../../shared/rules/working-days';
import { buildLetter, letterBlocks, letterPlainText } from '../../../shared/writing/letter';
import { completeCase } from './writing-fixtures';

/**
 * Every letter purpose, from facts built here: each claim the letter makes must
 * follow from the evidence log and the situation, and a claim the facts do not
 * support must be absent. The sentences are matched exactly as the letter words
 * them, so a rewording that drops a condition fails here.
 */

let n = 0;
const ev = (at: string, kind: EvidenceKind, extra: { reference?: string; files?: number } = {}): EvidenceRecord => ({
  type: 'entry',
  id: `e${(n += 1)}`,
  at,
  recordedAt: at,
  kind,
  note: '',
  ...(extra.reference ? { reference: extra.reference } : {}),
  files: Array.from({ length: extra.files ?? 0 }, (_, i) => ({
    name: `${kind}-${i}.pdf`,
    storedAs: `evidence/${'0'.repeat(12)}-${kind}-${i}.pdf`,
    sha256: 'c'.repeat(64),
    bytes: 10,
  })),
});

function caseWith(expiry: string, evidence: EvidenceRecord[]): CaseFile {
  const c = completeCase();
  c.situation.permitExpiry = expiry;
  c.evidence = evidence;
  return c;
}

/** The Portuguese letter only (before the reading aid), on one line. */
const ptText = (letter: ReturnType<typeof buildLetter>) =>
  letterPlainText(letter).split('----------------------------------------')[0]!.replace(/\s+/g, ' ');

const COULD_NOT_SUBMIT = [
  'falta de submissão',
  'impossibilidade de submissão',
  'Não foi gerado qualquer Documento Único de Cobrança',
];
const UNPAID_UNTRUE = ['paguei', 'taxa paga', 'pagamento efetuado', 'não aparece registado'];
const IN_TIME = ['dentro do prazo', 'dentro desse prazo', 'tempestivo', 'antes da data de caducidade'];

describe('could not submit (portal failure before any DUC)', () => {
  it('first attempt before expiry: says "within the deadline", with the first and last attempt dates', () => {
    const c = caseWith('2026-06-30', [
      ev('2026-06-18T09:00:00Z', 'email-sent'),
      ev('2026-06-20T09:00:00Z', 'portal-error-screenshot', { files: 1 }),
      ev('2026-06-25T10:00:00Z', 'portal-error-screenshot'),
    ]);
    const letter = buildLetter(c, { date: '2026-07-05', asked: 'portal-failure' });
    expect(letter.purpose).toBe('portal-failure');
    const text = ptText(letter);
    expect(text).toContain('pela primeira vez em 20 de junho de 2026 e pela última vez em 25 de junho de 2026, sem sucesso');
    expect(text).toContain(
      'A minha autorização de residência era válida até 30 de junho de 2026; a primeira tentativa de renovação ocorreu dentro desse prazo.',
    );
    expect(text).toContain('procurei renovar a minha autorização de residência dentro do prazo');
    expect(text).toContain('considerando-se o mesmo tempestivo');
    expect(text).toContain('Apresento abaixo a cronologia das tentativas e dos contactos');
    // An email is a contact, not an attempt to submit: the first attempt is the portal error of 20 June.
    expect(text).not.toContain('pela primeira vez em 18 de junho');
    // "(captura de ecrã)" only where the log holds the screenshot (walk of session 10: two errors, no file, both said it).
    expect(letter.chronology.map((line) => line.pt.split(' — ')[1])).toEqual([
      'E-mail enviado à AIMA',
      'Erro no portal (captura de ecrã) (Anexo 3)',
      'Erro no portal',
    ]);
    expect(letter.chronology[2]!.en).toMatch(/— Portal error$/);
  });

  it('first attempt after expiry: never says "within the deadline" or "in time"', () => {
    const c = caseWith('2026-03-10', [ev('2026-04-01T09:00:00Z', 'portal-error-screenshot')]);
    const letter = buildLetter(c, { date: '2026-05-01', asked: 'portal-failure' });
    expect(letter.purpose).toBe('portal-failure');
    const text = ptText(letter);
    expect(text).toContain('Em 1 de abril de 2026, tentei submeter o pedido de renovação');
    expect(text).toContain('A minha autorização de residência era válida até 10 de março de 2026.');
    for (const claim of IN_TIME) expect(text).not.toContain(claim);
    expect(letter.readingAid.request.join(' ')).not.toContain('in time');
  });

  it('a permit still valid: says until when, and one attempt is not "several"', () => {
    const c = caseWith('2026-09-30', [ev('2026-08-02T09:00:00Z', 'portal-error-screenshot')]);
    const text = ptText(buildLetter(c, { date: '2026-08-03' }));
    expect(text).toContain('A minha autorização de residência é válida até 30 de setembro de 2026.');
    expect(text).not.toContain('diversas vezes');
    expect(text).not.toContain('pela última vez');
  });

  it('with no evidence: no chronology sentence and no date of an attempt', () => {
    const letter = buildLetter(caseWith('2026-09-30', []), { date: '2026-08-03' });
    const text = ptText(letter);
    expect(text).not.toContain('Apresento abaixo a cronologia');
    expect(text).not.toContain('Tentei');
    expect(text).toContain('Não consegui submeter o pedido de renovação');
    expect(letter.warnings.map((w) => w.code)).toContain('EVIDENCE_NEEDED');
    expect(letter.recordFirst).not.toBeNull();
  });
});

describe('a case with a DUC or a submission receipt never gets the "could not submit" letter', () => {
  const holding: EvidenceKind[] = ['submitted-form', 'duc-reference', 'payment-proof'];
  const others: EvidenceKind[] = ['portal-error-screenshot', 'email-sent', 'phone-call', 'email-received', 'letter-sent'];
  // Every combination of one submission-type entry with any of the other kinds, for every row and every asked purpose.
  const combos = holding.flatMap((kind) => others.map((other) => [kind, other] as const));
  it.each(combos)('%s + %s', (kind, other) => {
    const c = caseWith('2026-06-30', [
      ev('2026-06-10T09:00:00Z', other),
      ev('2026-06-12T09:00:00Z', kind, { reference: '712 000 111 222' }),
    ]);
    for (const asked of [undefined, ...letterPurposes]) {
      const letter = buildLetter(c, { date: '2026-07-01', ...(asked ? { asked } : {}) });
      expect(letter.purpose).not.toBe('portal-failure');
      const text = ptText(letter);
      for (const claim of COULD_NOT_SUBMIT) expect(text).not.toContain(claim);
      // Without a payment in the log no letter says it paid, or that anything is missing from the portal.
      if (kind !== 'payment-proof') for (const claim of UNPAID_UNTRUE) expect(text).not.toContain(claim);
    }
    expect(() => buildLetter(c, { date: '2026-07-01', purpose: 'portal-failure' })).toThrow(AppError);
    try {
      buildLetter(c, { date: '2026-07-01', purpose: 'portal-failure' });
    } catch (error) {
      expect((error as AppError).code).toBe('LETTER_PURPOSE_UNTRUE');
      expect((error as AppError).messageKey).toBe('writing.purposeReasons.submitted');
    }
  });

  it('the "DUC generated but payment is not visible" row with a DUC gets the payment letter, and says it was overridden only when it was', () => {
    const row = troubleshooting.find((r) => r.id === 'payment-not-visible')!;
    const c = caseWith('2026-06-30', [
      ev('2026-06-12T09:00:00Z', 'duc-reference', { reference: '712 000 111 222' }),
      ev('2026-06-13T10:00:00Z', 'payment-proof', { files: 1 }),
    ]);
    const letter = buildLetter(c, { date: '2026-07-01', ...(row.letterPurpose ? { asked: row.letterPurpose } : {}) });
    expect(letter.purpose).toBe('payment-not-registered');
    expect(letter.choice.overridden).toBeNull();
    const text = ptText(letter);
    expect(text).toContain(
      'Em 12 de junho de 2026, foi gerado o Documento Único de Cobrança (DUC), com a referência 712 000 111 222.',
    );
    expect(text).toContain('Em 13 de junho de 2026, paguei a taxa devida.');
    expect(text).toContain('Até à data, o pagamento efetuado não aparece registado no portal.');

    const upload = troubleshooting.find((r) => r.id === 'file-upload-fails')!;
    const chosen = buildLetter(c, { date: '2026-07-01', asked: upload.letterPurpose ?? 'portal-failure' });
    expect(chosen.choice.overridden).toEqual({ asked: 'portal-failure', reason: 'submitted' });
  });
});

describe('submitted or paid, not registered', () => {
  it('a DUC without payment (Kwame): states the DUC, asks whether it can still be paid, never says "not registered"', () => {
    const c = caseWith('2026-08-15', [
      ev('2026-08-10T09:00:00Z', 'submitted-form'),
      ev('2026-08-10T09:30:00Z', 'duc-reference', { reference: '712 1' }),
    ]);
    // The no-reply row leaves the choice to the facts: submitted, DUC issued, unpaid.
    const letter = buildLetter(c, { date: '2026-12-01', asked: 'from-facts' });
    expect(letter.purpose).toBe('payment-not-registered');
    const text = ptText(letter);
    expect(letter.subject).toContain('Renovação da autorização de residência — pagamento da taxa e situação do pedido');
    expect(text).toContain('Em 10 de agosto de 2026, submeti o pedido de renovação da minha autorização de residência.');
    // The DUC came the same day: the date once, then "No mesmo dia".
    expect(text).toContain('No mesmo dia, foi gerado o Documento Único de Cobrança (DUC), com a referência 712 1.');
    expect(text).toContain(
      'a) que me seja confirmado se o DUC acima indicado se mantém válido para o pagamento da taxa e, não se mantendo, que me seja emitido novo DUC;',
    );
    expect(text).toContain('b) que me seja indicada a situação do meu pedido de renovação;');
    for (const unsupported of ['não aparece registado', 'não registado', 'paguei', 'taxa paga', 'pagamento efetuado'])
      expect(text).not.toContain(unsupported);
  });

  it('a submission receipt without DUC or payment asks for the DUC, and claims nothing about the portal', () => {
    const c = caseWith('2026-06-30', [ev('2026-06-12T09:00:00Z', 'submitted-form')]);
    const text = ptText(buildLetter(c, { date: '2026-06-20', purpose: 'payment-not-registered' }));
    expect(text).toContain('Em 12 de junho de 2026, submeti o pedido de renovação da minha autorização de residência.');
    expect(text).toContain('a) que me seja emitido o DUC ou indicado outro meio para o pagamento da taxa devida;');
    expect(text).not.toMatch(/não aparece registado|paguei|foi gerado o Documento/);
  });

  it('without a DUC, receipt or payment it is refused', () => {
    expect(() => buildLetter(caseWith('2026-06-30', []), { date: '2026-06-20', purpose: 'payment-not-registered' })).toThrow(
      AppError,
    );
  });
});

describe('no decision after payment (tacit approval)', () => {
  const paidOn = '2026-01-05';
  const c = () =>
    caseWith('2026-01-31', [
      ev('2026-01-02T10:00:00Z', 'submitted-form', { files: 1 }),
      ev(`${paidOn}T10:00:00Z`, 'payment-proof', { files: 1 }),
    ]);
  const sixtieth = nthWorkingDayAfter(paidOn, 60).date;

  it('before the deadline ends: asks for a decision and names the day tacit approval would form', () => {
    const letter = buildLetter(c(), { date: '2026-02-10', asked: 'no-decision' });
    expect(letter.purpose).toBe('no-decision');
    expect(letter.subject).toContain('Renovação da autorização de residência — pedido de decisão');
    const text = ptText(letter);
    expect(text).toContain('Em 2 de janeiro de 2026, submeti o pedido de renovação');
    expect(text).toContain('Em 5 de janeiro de 2026, paguei a taxa devida.');
    expect(text).toContain('Até à data, não me foi notificada qualquer decisão.');
    expect(text).toContain(
      'Na falta de decisão no prazo de 60 dias úteis contado a partir do pagamento da taxa, que termina em 30 de março de 2026, o pedido de renovação entende-se como deferido, nos termos do artigo 82.º, n.º 7, da Lei n.º 23/2007, de 4 de julho, reservando-me o direito de invocar o deferimento tácito.',
    );
    // The certificate is asked of ePortugal, never of AIMA.
    expect(text).not.toContain('certidão');
    expect(text).not.toContain('entende-se como deferido, sendo');
  });

  it(`tacit approval forms only after the first working day past the deadline (${sixtieth}), as CPA art. 130 n.º 2 says`, () => {
    const sixtyFirst = nthWorkingDayAfter(sixtieth, 1).date;
    expect(letterFacts(c(), sixtieth).tacitApprovalReached).toBe(true);
    for (const day of [sixtieth, sixtyFirst]) expect(letterFacts(c(), day).tacitApprovalFormed).toBe(false);
    const onTheSixtyFirst = ptText(buildLetter(c(), { date: sixtyFirst, purpose: 'no-decision' }));
    expect(onTheSixtyFirst).toContain('que terminou em 30 de março de 2026');
    expect(onTheSixtyFirst).not.toContain('deferimento tácito do meu pedido');
    const after = addDays(sixtyFirst, 1);
    expect(letterFacts(c(), after).tacitApprovalFormed).toBe(true);
    const letter = buildLetter(c(), { date: after, purpose: 'no-decision' });
    expect(letter.subject).toContain(
      'Renovação da autorização de residência — deferimento tácito e emissão do título de residência',
    );
    const text = ptText(letter);
    expect(text).toContain(
      'O prazo de 60 dias úteis para a decisão, contado a partir do pagamento da taxa, terminou em 30 de março de 2026. Assim, nos termos do artigo 82.º, n.º 7, da Lei n.º 23/2007, de 4 de julho, o pedido de renovação entende-se como deferido, sendo a emissão do título de residência imediata.',
    );
    expect(text).toContain(
      'a) que seja reconhecido o deferimento tácito do meu pedido de renovação e emitido, de imediato, o novo título de residência;',
    );
    expect(text).not.toContain('certidão');
    expect(text).not.toContain('reservando-me');
  });

  it('without a payment it is refused; with an approval it is refused', () => {
    const unpaid = caseWith('2026-01-31', [ev('2026-01-02T10:00:00Z', 'submitted-form')]);
    expect(() => buildLetter(unpaid, { date: '2026-05-01', purpose: 'no-decision' })).toThrow(AppError);
    const approved = c();
    approved.evidence.push(ev('2026-03-01T10:00:00Z', 'approval-declaration'));
    expect(() => buildLetter(approved, { date: '2026-05-01', purpose: 'no-decision' })).toThrow(AppError);
  });
});

describe('approved but no card', () => {
  it('states the approval date and that the card did not arrive', () => {
    const c = caseWith('2026-01-31', [
      ev('2026-01-05T10:00:00Z', 'payment-proof'),
      ev('2026-03-02T10:00:00Z', 'approval-declaration', { files: 1 }),
    ]);
    const letter = buildLetter(c, { date: '2026-06-01', asked: 'no-decision' });
    // The row asked for "no decision", but an approval is recorded: the card letter, and why.
    expect(letter.purpose).toBe('card-not-received');
    expect(letter.choice.overridden).toEqual({ asked: 'no-decision', reason: 'approved' });
    const text = ptText(letter);
    expect(text).toContain('Em 2 de março de 2026, foi-me comunicado o deferimento do pedido de renovação');
    expect(text).toContain('Até à data, não recebi o novo título de residência.');
    expect(text).not.toContain('não me foi comunicada qualquer decisão');
    expect(letter.annexes.map((a) => a.pt)).toContain(
      'Comprovativo de deferimento de 2 de março de 2026, às 10:00 — approval-declaration-0.pdf',
    );
  });

  it('without a recorded approval it is refused', () => {
    expect(() => buildLetter(caseWith('2026-01-31', []), { date: '2026-06-01', purpose: 'card-not-received' })).toThrow(AppError);
  });
});

describe('renewal after the right of residence lapsed (expired more than six months ago)', () => {
  it('the journey case (expired 10 March 2026, today 1 December 2026): the lapse letter, never "within the deadline"', () => {
    const c = caseWith('2026-03-10', []);
    for (const asked of [undefined, 'portal-failure' as LetterPurpose]) {
      const letter = buildLetter(c, { date: '2026-12-01', ...(asked ? { asked } : {}) });
      expect(letter.purpose).toBe('lapsed-renewal');
      const text = ptText(letter);
      expect(text).toContain(
        'A minha autorização de residência era válida até 10 de março de 2026 e caducou há mais de seis meses.',
      );
      expect(text).toContain(
        'que me seja permitido apresentar o pedido de renovação e que este seja apreciado, apesar de terem decorrido mais de seis meses',
      );
      for (const claim of [...IN_TIME, ...COULD_NOT_SUBMIT]) expect(text).not.toContain(claim);
      expect(text).not.toContain('Apresento abaixo a cronologia');
      expect(text).not.toContain('tentativas acima descritas');
    }
    expect(() => buildLetter(c, { date: '2026-12-01', purpose: 'portal-failure' })).toThrow(AppError);
  });

  it('with an attempt before expiry: says so, and refers to the attempts', () => {
    const c = caseWith('2026-03-10', [ev('2026-03-01T10:00:00Z', 'portal-error-screenshot', { files: 1 })]);
    const text = ptText(buildLetter(c, { date: '2026-12-01' }));
    expect(text).toContain(
      'Tentei renovar a autorização de residência pela primeira vez em 1 de março de 2026, antes da data de caducidade, sem sucesso.',
    );
    expect(text).toContain('tendo em conta as tentativas acima descritas');
  });

  it('exactly six months after expiry is not yet "more than six months"', () => {
    expect(choosePurpose(undefined, letterFacts(caseWith('2026-03-10', []), '2026-09-10')).purpose).toBe('portal-failure');
    expect(choosePurpose(undefined, letterFacts(caseWith('2026-03-10', []), '2026-09-11')).purpose).toBe('lapsed-renewal');
  });
});

describe('the letter reads as one person writing, in correct Portuguese', () => {
  const c = caseWith('2026-06-30', [ev('2026-10-24T23:30:00Z', 'submitted-form', { files: 1 })]);
  const letter = buildLetter(c, { date: '2026-11-02' });
  const text = ptText(letter);

  it('first person throughout; the introduction ends with a colon', () => {
    expect(letter.introduction[0]).toMatch(/^Eu, Nguyễn Văn An, de nacionalidade vietnamita,/);
    expect(letter.introduction[0]).toMatch(/venho expor e requerer a V\. Ex\.as o seguinte:$/);
    expect(text).not.toContain('vem expor');
    expect(letter.request[0]).toBe('Pelo exposto, requeiro a V. Ex.as:');
  });

  it('"titular do passaporte n.º", and the street with its article and a comma before the number', () => {
    expect(letter.introduction[0]).toContain('titular do passaporte n.º N9876543 e do título de residência n.º PT-AR-4455');
    expect(letter.introduction[0]).toContain('residente na Avenida Almirante Reis, 100, 3.º Dto., 1150-022 Lisboa');
    expect(text).not.toContain('com o passaporte');
    expect(letter.sender).toContain('Avenida Almirante Reis, 100, 3.º Dto.');
  });

  it('annexes and chronology say "em … às …" (Lisbon time: 24 October 23:30 UTC is 25 October 00:30)', () => {
    expect(letter.annexes.map((a) => a.pt)).toContain(
      'Formulário submetido em 25 de outubro de 2026, às 00:30 — submitted-form-0.pdf',
    );
    expect(letter.chronology[0]!.pt).toMatch(/^25 de outubro de 2026, às 00:30 — Formulário submetido/);
  });

  it('keeps "V. Ex.as" and "n.º 123" on one line with no-break spaces in every rendered block', () => {
    const all = JSON.stringify(letterBlocks(letter));
    expect(all).toContain('V.\u00a0Ex.as');
    expect(all).toContain('n.º\u00a0PT-AR-4455');
    expect(all).not.toMatch(/V\. Ex\.as/);
    expect(all).not.toMatch(/n\.º [^\s]/);
  });

  it('needs no gender agreement about the person (no "inscrito/a", "nascido/a", "o requerente")', () => {
    for (const purpose of letterPurposes) {
      const facts = letterFacts(c, '2026-11-02');
      if (!choosePurpose(purpose, facts).options.find((o) => o.purpose === purpose)!.fits) continue;
      const t = ptText(buildLetter(c, { date: '2026-11-02', purpose }));
      expect(t).not.toMatch(/\b(inscrit[oa]|nascid[oa]|o requerente|a requerente|portador|portadora)\b/);
    }
  });
});

describe('the street article', () => {
  it.each([
    ['Rua da Prata 10', 'residente na Rua da Prata, 10'],
    ['Largo do Rato 3', 'residente no Largo do Rato, 3'],
    ['Rua 25 de Abril 7, 1.º', 'residente na Rua 25 de Abril, 7, 1.º'],
    ['Avenida 5 de Outubro', 'residente na Avenida 5 de Outubro'],
    ['Casal do Monte', 'residente em Casal do Monte'],
  ])('%s', (street, expected) => {
    const c = completeCase();
    c.person.address = { street, postalCode: '1000-001', locality: 'Lisboa', country: 'Portugal' };
    expect(buildLetter(c, { date: '2026-04-21' }).introduction[0]).toContain(expected);
  });
});
