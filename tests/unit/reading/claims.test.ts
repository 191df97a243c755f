import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../../shared/reading/consistency';
import { consistencySummary } from '../../../shared/reading/consistency-summary';
import { checklistRules } from '../../../shared/rules/checklist';
import { decideRoute } from '../../../shared/rules/route';
import { joaoMrzFields } from './joao-passport';

/**
 * Sentences that claimed more than the case holds (session 6 walks): "the documents agree with
 * your case" when nothing was compared, a batch "stale on the day you plan to submit" (a batch has
 * no planned day), and an unsourced "enough remaining validity" for the passport.
 */
const mrz = joaoMrzFields();
const cert = {
  kind: 'financas-certificate' as const,
  issuedOn: '2026-08-14',
  statedValidity: { months: 3 },
  nif: '245678913',
  niss: null,
  name: 'João Pedro dos Santos',
};

describe('the agreement sentence', () => {
  it('with nothing compared, says so and what each check needs, never "agree"', () => {
    const r = checkConsistency({ submitOn: '2026-12-01', facts: {}, mrz: null, certificates: [] });
    expect(r.items).toEqual([]);
    const s = consistencySummary(r.columns);
    expect(s.en).toMatch(/^Nothing to compare yet, so nothing is confirmed\. Not checked: your name \(/);
    expect(s.en).toContain('your NIF (needs your NIF in your details and a certificate read that shows one)');
    expect(s.pt).toMatch(/^Ainda não há nada para comparar, pelo que nada está confirmado\. Não verificado: o nome \(/);
    expect(s.pt).toContain('o NIF (é preciso indicar o NIF nos seus dados e ler uma certidão que o mostre)');
    expect(`${s.en} ${s.pt}`).not.toMatch(/agree|de acordo/i);
  });
  it('names what was compared, and what was not', () => {
    const r = checkConsistency({
      submitOn: '2026-12-01',
      facts: { fullName: 'Joao Pedro dos Santos' },
      mrz,
      certificates: [],
    });
    expect(r.items).toEqual([]);
    const s = consistencySummary(r.columns);
    expect(s.en).toMatch(
      /^Checked, and nothing to fix: your name and the passport’s expiry date\. Not checked: your date of birth \(/,
    );
    expect(s.pt).toMatch(
      /^Verificado, sem nada a corrigir: o nome e a validade do passaporte\. Não verificado: a data de nascimento \(/,
    );
    expect(s.en).toContain('your NIF (');
  });
  it('asks only for what the case lacks: a NIF already typed is not asked for again (session 11 walk)', () => {
    // Priyanka: passport read, name, date of birth and NIF typed, no Finanças certificate given yet.
    const r = checkConsistency({
      submitOn: '2026-12-01',
      facts: { fullName: 'Joao Pedro dos Santos', dateOfBirth: '1988-11-05', nif: '245678913' },
      mrz,
      certificates: [],
    });
    const given = { fullName: true, dateOfBirth: true, nif: true, passportRead: true };
    const s = consistencySummary(r.columns, given);
    expect(s.en).toContain('Not checked: your NIF (needs a certificate read that shows your NIF).');
    expect(s.pt).toContain('Não verificado: o NIF (é preciso ler uma certidão que mostre o NIF).');
    expect(`${s.en} ${s.pt}`).not.toMatch(/NIF in your details|NIF nos seus dados/);
    // Details typed, passport not read yet: only the passport is asked for.
    const unread = checkConsistency({
      submitOn: '2026-12-01',
      facts: { fullName: 'Ana Costa', dateOfBirth: '1990-01-01' },
      mrz: null,
      certificates: [],
    });
    const t = consistencySummary(unread.columns, { ...given, nif: false, passportRead: false });
    expect(t.en).toContain('your name (needs your passport read, or another document that shows your name)');
    expect(t.en).toContain('your date of birth (needs your passport read)');
    expect(t.pt).toContain('a data de nascimento (é preciso ler o passaporte)');
    // A typed passport expiry, valid on the day, with no passport read: "checked" names where the date came from.
    const typedExpiry = checkConsistency({
      submitOn: '2026-12-01',
      facts: { fullName: 'Ana Costa', passportExpiry: '2030-05-01' },
      mrz: null,
      certificates: [],
    });
    const typed = consistencySummary(typedExpiry.columns, { ...given, nif: false, passportRead: false });
    expect(typed.en).toContain(
      'Checked, and nothing to fix: the passport’s expiry date as typed in your details (no passport read).',
    );
    expect(typed.pt).toContain(
      'Verificado, sem nada a corrigir: a validade do passaporte indicada nos seus dados (nenhum passaporte lido).',
    );
    // Passport read, nothing typed: only the details are asked for.
    const bare = checkConsistency({ submitOn: '2026-12-01', facts: {}, mrz, certificates: [] });
    const u = consistencySummary(bare.columns, { fullName: false, dateOfBirth: false, nif: false, passportRead: true });
    expect(u.en).toContain('your date of birth (needs your date of birth in your details)');
    expect(u.en).toContain('your name (needs your name in your details, or another document that shows it)');
  });
  it('with everything compared, lists it and nothing as unchecked', () => {
    const r = checkConsistency({
      submitOn: '2026-12-01',
      facts: { fullName: 'Joao Pedro dos Santos', dateOfBirth: '1988-11-05', nif: '245678913' },
      mrz,
      certificates: [{ file: 'financas.pdf', reading: { ...cert, issuedOn: '2026-11-02' } }],
    });
    expect(r.items).toEqual([]);
    expect(consistencySummary(r.columns)).toEqual({
      en: 'Checked, and nothing to fix: your name, your date of birth, your NIF, the passport’s expiry date and the certificates’ issue dates.',
      pt: 'Verificado, sem nada a corrigir: o nome, a data de nascimento, o NIF, a validade do passaporte e as datas de emissão das certidões.',
    });
  });
});

describe('the day validity was judged on', () => {
  const input = {
    submitOn: '2026-12-01',
    facts: {},
    mrz: { ...mrz, passportExpiry: '2026-11-30' },
    certificates: [{ file: 'financas.pdf', reading: cert }],
  };
  it('a batch run names its own day, not a planned submission', () => {
    const r = checkConsistency({ ...input, judgedOn: 'run-day' });
    const stale = r.items.find((i) => i.id === 'certificate-stale')!;
    expect(stale.text.en).toContain('it is stale on 1 December 2026, the day of this run. Get a new one.');
    expect(stale.text.pt).toContain('já não é válida a 1 de dezembro de 2026, dia desta verificação. Obtenha uma nova.');
    const expired = r.items.find((i) => i.id === 'passport-expired')!;
    expect(expired.text.en).toContain('before 1 December 2026, the day of this run.');
    expect(expired.text.pt).toContain('antes de 1 de dezembro de 2026, dia desta verificação.');
    expect(r.items.map((i) => `${i.text.en} ${i.text.pt}`).join(' ')).not.toMatch(/plan to submit|previst|pretende submeter/);
  });
  it('the app keeps the planned submission day', () => {
    const r = checkConsistency(input);
    expect(r.items.find((i) => i.id === 'certificate-stale')!.text.en).toContain('it is stale on the day you plan to submit.');
    expect(r.items.find((i) => i.id === 'passport-expired')!.text.pt).toContain('antes do dia previsto de submissão.');
  });
});

describe('the passport: valid, with no unsourced minimum', () => {
  it('the checklist item asks for a valid passport and the original at biometrics', () => {
    const rule = checklistRules.find((r) => r.id === 'passport-valid')!;
    expect(rule.validity.en).toMatch(/^Valid passport: /);
    expect(rule.validity.pt).toMatch(/^Passaporte válido: /);
    expect(`${rule.validity.en} ${rule.validity.pt}`).not.toMatch(/enough remaining validity|validade suficiente/);
  });
  it('the 60-day route warning is marked as the app’s advice', () => {
    const d = decideRoute(
      {
        permitKind: 'temporary-work',
        permitNumber: 'B9876543',
        permitExpiry: '2027-01-10',
        passportExpiry: '2027-01-15',
        hasNiss: true,
        inPortugal: true,
        emailWithAimaCurrent: true,
        addressChangedSinceLastCard: false,
        biometricsOnFile: true,
      },
      '2026-12-01',
    );
    const w = d.warnings.find((x) => x.id === 'passport-expires-soon')!;
    expect(w.text.en).toContain(
      'no rule we found sets a minimum remaining validity, so this is the app’s advice, not AIMA’s rule',
    );
    expect(w.text.pt).toContain('pelo que isto é um conselho da aplicação e não uma regra da AIMA');
    expect(`${w.text.en} ${w.text.pt}`).not.toMatch(/must have enough remaining validity|deve ter validade suficiente/);
  });
});

describe('the agreement sentence for an agency’s client opened in the guide', () => {
  it('speaks of the client’s name and details, never "your"', () => {
    const r = checkConsistency({ submitOn: '2026-12-01', facts: {}, mrz: null, certificates: [] });
    const s = consistencySummary(r.columns, undefined, 'agency');
    expect(s.en).toContain(
      'the client’s NIF (needs the client’s NIF in the client’s details and a certificate read that shows one)',
    );
    expect(s.en).not.toMatch(/\byour\b/i);
    expect(s.pt).toContain('é preciso indicar o NIF nos dados do cliente e ler uma certidão que o mostre');
    expect(s.pt).not.toMatch(/\bseus\b/);
  });
});
