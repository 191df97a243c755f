import { describe, expect, it } from 'vitest';
import type { EvidenceEntry, EvidenceRecord } from '../../../shared/case/evidence';
import { buildLetter, letterBlocks, letterPlainText } from '../../../shared/writing/letter';
import { completeCase, withoutFact } from './writing-fixtures';

const entry = (id: string, at: string, kind: 'phone-call' | 'email-sent', files = 0): EvidenceRecord => ({
  type: 'entry',
  id,
  at,
  recordedAt: '2026-04-01T00:00:00Z',
  kind,
  note: `nota ${id}`,
  files: Array.from({ length: files }, (_, i) => ({
    name: `${id}-${i}.pdf`,
    storedAs: `evidence/${'0'.repeat(12)}-${id}-${i}.pdf`,
    sha256: 'b'.repeat(64),
    bytes: 10,
  })),
});

describe('carta registada content', () => {
  it('dates the letter, names AIMA with a visible placeholder address, and quotes the permit in the subject', () => {
    const letter = buildLetter(completeCase(), { date: '2026-04-21' });
    expect(letter.placeAndDate).toBe('Lisboa, 21 de abril de 2026');
    expect(letter.recipient.addressVerified).toBe(false);
    expect(letter.recipient.lines.join('\n')).toContain('[MORADA DA AIMA — confirme em aima.gov.pt/pt/contactos');
    expect(letter.subject).toContain('n.º PT-AR-4455');
    expect(letter.sender[0]).toBe('Nguyễn Văn An');
    expect(letter.warnings.map((w) => w.code)).toContain('ADDRESS_NOT_VERIFIED');
  });

  it('builds the chronology in date order, skips withdrawn entries, and numbers annexes after card and passport', () => {
    const c = completeCase();
    c.evidence = [
      entry('late', '2026-03-20T10:00:00Z', 'phone-call'),
      entry('early', '2026-03-01T08:00:00Z', 'email-sent', 2),
      entry('gone', '2026-03-10T10:00:00Z', 'email-sent', 1),
      { type: 'retraction', id: 'r1', recordedAt: '2026-04-02T00:00:00Z', entryId: 'gone', reason: 'wrong case' },
    ];
    const letter = buildLetter(c, { date: '2026-04-21' });
    expect(letter.chronology.map((i) => i.pt)).toEqual([
      '1 de março de 2026, às 08:00 — E-mail enviado à AIMA: nota early (Anexo 3, 4)',
      '20 de março de 2026, às 10:00 — Chamada telefónica: nota late',
    ]);
    expect(letter.annexes.map((a) => a.pt)).toEqual([
      'Cópia do título de residência (frente e verso)',
      'Cópia do passaporte',
      'E-mail enviado à AIMA em 1 de março de 2026, às 08:00 — early-0.pdf',
      'E-mail enviado à AIMA em 1 de março de 2026, às 08:00 — early-1.pdf',
    ]);
    expect(letterPlainText(letter)).not.toContain('nota gone');
  });

  it('shows event times on the Lisbon clock (summer time included)', () => {
    const c = completeCase();
    c.evidence = [entry('summer', '2026-07-01T08:00:00Z', 'phone-call')];
    expect(buildLetter(c, { date: '2026-07-02' }).chronology[0]!.pt).toMatch(/^1 de julho de 2026, às 09:00/);
  });

  it('warns about an empty evidence log and about each missing fact, never leaving blanks', () => {
    const c = withoutFact(withoutFact(completeCase(), 'passportNumber'), 'permitNumber');
    c.evidence = [];
    const letter = buildLetter(c, { date: '2026-04-21' });
    const codes = letter.warnings.map((w) => w.code);
    // The "could not submit" letter over an empty log: not ready, record the attempts first (letter-record-first.test.ts).
    expect(codes).toContain('EVIDENCE_NEEDED');
    expect(letter.warnings.filter((w) => w.code === 'MISSING_FACT').map((w) => w.fact)).toEqual([
      'permitNumber',
      'passportNumber',
    ]);
    expect(letter.subject).toContain('[EM FALTA / MISSING: Número do título de residência]');
    expect(letterBlocks(letter).some((b) => b.kind === 'heading' && b.text === 'Cronologia')).toBe(false);
  });

  it('says where each missing fact is added: the details in the app, client.json’s field from the command line', () => {
    const c = withoutFact(completeCase(), 'passportNumber');
    delete c.person.address;
    const text = (factsIn?: 'case' | 'client-folder') =>
      buildLetter(c, { date: '2026-04-21' }, factsIn)
        .warnings.filter((w) => w.code === 'MISSING_FACT')
        .map((w) => w.text);
    const [passport, , place] = text();
    expect(passport!.en).toBe('Passport number is missing. Add it in your details before you send the letter.');
    // One colon at most: the command line puts "Atenção:" before it (session 13: "Atenção: Em falta: …").
    expect(passport!.pt).toBe('Falta preencher «Número do passaporte» nos seus dados antes de enviar a carta.');
    // No field holds the place on its own (session 12: "Em falta: Local. Preencha…" named nothing one could fill).
    expect(place!.en).toBe(
      'Place is missing (where the letter is signed, that is the town of the address). Add the address in your details (address), or write the place on the letter by hand before you send it.',
    );
    expect(place!.pt).toContain('Indique a morada nos seus dados (morada) ou escreva o local à mão na carta');
    const [cliPassport, cliAddress] = text('client-folder');
    expect(cliPassport!.en).toBe(
      'Passport number is missing. Add it in client.json (person.passportNumber) before you send the letter.',
    );
    expect(cliAddress!.pt).toBe('Falta preencher «Morada» no client.json (person.address) antes de enviar a carta.');
  });

  it('asks for a decision when the renewal was submitted and nothing came', () => {
    const c = completeCase();
    c.evidence.push({ ...(entry('paid', '2026-03-06T10:00:00Z', 'phone-call') as EvidenceEntry), kind: 'payment-proof' });
    const letter = buildLetter(c, { date: '2026-04-21', purpose: 'no-decision', place: 'Faro' });
    expect(letter.placeAndDate).toBe('Faro, 21 de abril de 2026');
    expect(letter.subject).toContain('pedido de decisão');
    expect(letter.request.join('\n')).toContain('que seja proferida decisão');
    expect(letter.readingAid.request.join('\n')).toContain('a decision be made');
  });

  it('plain text puts the Portuguese letter first and the English reading aid after a separator', () => {
    const text = letterPlainText(buildLetter(completeCase(), { date: '2026-04-21' }));
    const separator = text.indexOf('----------------------------------------');
    expect(text.indexOf('Exmos. Senhores,')).toBeLessThan(separator);
    expect(text.indexOf('English reading aid')).toBeGreaterThan(separator);
    expect(text.indexOf('Annex 1 — Copy of the residence card')).toBeGreaterThan(separator);
  });
});

/**
 * Session 8's reading of the letter as an AIMA officer would: "com os comprovativos em anexo" was written of an
 * evidence log without a single file, and the date of birth was the only date in figures ("03/11/1988") among
 * dates written out ("21 de abril de 2026").
 */
describe('carta registada: only what is true of the case', () => {
  /** The sentence presenting the chronology, in Portuguese and in the English reading aid. */
  const chronologyLine = (c: ReturnType<typeof completeCase>) => {
    const letter = buildLetter(c, { date: '2026-04-21' });
    const pt = /Apresento abaixo a cronologia[^.]*\./.exec(letter.introduction.join(' '))?.[0];
    const en = /Below is the chronology[^.]*\./.exec(letter.readingAid.introduction.join(' '))?.[0];
    return pt && en ? { pt, en } : undefined;
  };

  it('claims proof in annex only when the evidence log holds files', () => {
    const none = completeCase();
    none.evidence = [entry('call', '2026-03-20T10:00:00Z', 'phone-call'), entry('mail', '2026-03-01T08:00:00Z', 'email-sent')];
    const noProof = chronologyLine(none)!;
    expect(noProof.pt).toMatch(/^Apresento abaixo a cronologia [^,]+\.$/);
    expect(noProof.pt).not.toContain('anexo');
    expect(noProof.en).not.toContain('attached');
    expect(letterPlainText(buildLetter(none, { date: '2026-04-21' }))).not.toContain('comprovativos');

    const some = completeCase();
    some.evidence = [entry('call', '2026-03-20T10:00:00Z', 'phone-call'), entry('mail', '2026-03-01T08:00:00Z', 'email-sent', 1)];
    expect(chronologyLine(some)!.pt).toContain('com os comprovativos de que disponho em anexo, indicados em cada entrada.');

    const all = completeCase();
    all.evidence = [entry('mail', '2026-03-01T08:00:00Z', 'email-sent', 2)];
    expect(chronologyLine(all)!.pt).toMatch(/, com os comprovativos em anexo\.$/);

    const empty = completeCase();
    empty.evidence = [];
    expect(chronologyLine(empty)).toBeUndefined();
  });

  it('writes the date of birth out, as every other date of the letter', () => {
    const letter = buildLetter(completeCase(), { date: '2026-04-21' });
    // pt-PT dates take "a"; "com data de nascimento em" read as clumsy to an officer (session 12's walk).
    expect(letter.introduction[0]).toContain('com data de nascimento a 3 de novembro de 1988,');
    expect(letter.introduction[0]).not.toContain('nascimento em');
    expect(letter.readingAid.introduction[0]).toContain('born on 3 November 1988,');
    expect(letterPlainText(letter)).not.toMatch(/\b\d{2}\/\d{2}\/\d{4}\b/);
  });

  it('says when annex 1 or 2 (the card, the passport) is not in the case: the person encloses a paper copy', () => {
    const c = completeCase();
    const warning = () => buildLetter(c, { date: '2026-04-21' }).warnings.find((w) => w.code === 'ATTACHMENT_NOT_IN_CASE');
    expect(warning()?.text.pt).toBe(
      'A carta indica nos anexos a cópia do título de residência e a cópia do passaporte, mas o seu processo não tem esses documentos. Junte cópias em papel à carta.',
    );
    c.assignments = { passport: ['p1'] };
    expect(warning()?.text.en).toBe(
      'The letter lists a copy of the residence card among its annexes, and your case holds no file of it. Enclose a paper copy with the letter.',
    );
    c.assignments = { passport: ['p1'], 'residence-permit': ['r1'] };
    expect(warning()).toBeUndefined();
  });
});
