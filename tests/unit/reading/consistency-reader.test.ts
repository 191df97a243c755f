import { describe, expect, it } from 'vitest';
import { checkConsistency, type ConsistencyInput } from '../../../shared/reading/consistency';
import { joaoMrzFields } from './joao-passport';

/**
 * Session 11's walk: summary.csv said "stale" for a junta de freguesia atestado (AIMA no longer accepts it at all)
 * while summary.html said "stale or not accepted"; and the agency's summary.html/report.html told the agency "your
 * passport expires", "the NIF in your case". The column says what is true, the sentences fit their reader.
 */
const mrz = joaoMrzFields('2027-03-22');
const financas = (issuedOn: string, nif = '245678913') => ({
  kind: 'financas-certificate' as const,
  issuedOn,
  statedValidity: { months: 3 },
  nif,
  niss: null,
  name: 'João Pedro Santos',
});
const junta = {
  kind: 'junta-address-certificate' as const,
  issuedOn: '2026-11-20',
  statedValidity: null,
  nif: null,
  niss: null,
  name: null,
};
const input = (certificates: ConsistencyInput['certificates']): ConsistencyInput => ({
  submitOn: '2026-12-01',
  judgedOn: 'run-day',
  facts: { fullName: 'João Pedro Santos', dateOfBirth: '1988-11-06', nif: '287430120' },
  mrz,
  certificates,
});

describe('the certificates column says what is true', () => {
  it('a junta de freguesia certificate is not-accepted, never stale; with a stale one too, both', () => {
    expect(checkConsistency(input([{ file: 'atestado.pdf', reading: junta }])).columns.certificates).toBe('not-accepted');
    const stale = { file: 'financas.pdf', reading: financas('2026-08-01') };
    expect(checkConsistency(input([stale])).columns.certificates).toBe('stale');
    for (const order of [
      [stale, { file: 'atestado.pdf', reading: junta }],
      [{ file: 'atestado.pdf', reading: junta }, stale],
    ])
      expect(checkConsistency(input(order)).columns.certificates).toBe('stale-and-not-accepted');
  });
});

describe('the sentences fit their reader', () => {
  const certificates = [{ file: 'financas.pdf', reading: financas('2026-11-20') }];
  const texts = (reader: 'applicant' | 'agency') =>
    checkConsistency({ ...input(certificates), reader }).items.map((item) => [item.id, item.text] as const);

  it('an agency reads about "the client" and client.json, never "you", in both languages', () => {
    const agency = texts('agency');
    expect(agency.map(([id]) => id)).toEqual([
      'name-mismatch',
      'name-mismatch',
      'birth-date-mismatch',
      'nif-mismatch',
      'passport-expires-soon',
    ]);
    for (const [, text] of agency) {
      expect(text.en).not.toMatch(/\byou(r)?\b/i);
      expect(text.pt).not.toMatch(/\bseu\b|\bsubmeter\b/);
    }
    const byId = Object.fromEntries(agency.map(([id, text]) => [id, text]));
    expect(byId['birth-date-mismatch']!.en).toBe(
      'The client’s passport gives the date of birth as 5 November 1988; client.json says 6 November 1988. Correct client.json (or the passport) before uploading.',
    );
    expect(byId['birth-date-mismatch']!.pt).toBe(
      'O passaporte do cliente indica como data de nascimento 5 de novembro de 1988; o client.json indica 6 de novembro de 1988. Corrija o client.json (ou o passaporte) antes de carregar os documentos.',
    );
    expect(byId['nif-mismatch']!.en).toBe(
      'The NIF on the Finanças tax status certificate is 245678913, not the NIF in client.json (287430120). Get the certificate for the client’s own NIF, or correct the number in client.json.',
    );
    expect(byId['nif-mismatch']!.pt).toContain(
      'e não o NIF do client.json (287430120). Obtenha a certidão com o NIF do cliente ou corrija o número no client.json.',
    );
    expect(byId['passport-expires-soon']!.en).toMatch(
      /^The client’s passport expires on 22 March 2027, .* and the client shows the original passport/,
    );
    expect(byId['passport-expires-soon']!.pt).toMatch(/^O passaporte do cliente caduca a 22 de março de 2027/);
    // The name in client.json against the client's passport.
    expect(agency[0]![1].en).toContain('The name in client.json (“João Pedro Santos”) is not the name in the client’s passport');
    expect(agency[0]![1].pt).toContain('O nome no client.json («João Pedro Santos») não é o nome no passaporte do cliente');
  });

  it('a name typed differently from the passport is corrected in the case, not "have the document corrected"', () => {
    const applicant = texts('applicant')[0]![1];
    expect(applicant.en).toBe(
      'The name in your case (“João Pedro Santos”) is not the name in your passport (“JOAO PEDRO DOS SANTOS”). AIMA compares them: write your name in your details as it is on your passport, so that the forms and letters you send match it.',
    );
    expect(applicant.pt).toBe(
      'O nome no seu processo («João Pedro Santos») não é o nome no passaporte («JOAO PEDRO DOS SANTOS»). A AIMA compara-os: escreva o nome nos seus dados tal como consta do passaporte, para que os formulários e as cartas que enviar coincidam com ele.',
    );
    const agency = texts('agency')[0]![1];
    expect(agency.en).toContain('AIMA compares them: write the name in client.json as it is on the client’s passport.');
    expect(agency.pt).toContain('A AIMA compara-os: escreva o nome no client.json tal como consta do passaporte do cliente.');
    // A certificate in another name is still the document to correct (or explain).
    expect(texts('agency')[1]![1].en).toContain('have the document corrected, or add a short signed note');
  });

  it('a certificate in a name with no name in common is likely someone else’s, not a spelling to explain', () => {
    const other = { file: 'scan0004.pdf', reading: { ...financas('2026-11-20', '287430120'), name: 'Bikash da Gurung' } };
    const items = (reader: 'applicant' | 'agency') =>
      checkConsistency({ ...input([other]), facts: { nif: '287430120' }, reader }).items;
    const [agency] = items('agency');
    expect(agency).toMatchObject({ id: 'name-mismatch', severity: 'blocker', file: 'scan0004.pdf' });
    expect(agency!.text.en).toBe(
      'The name in the Finanças tax status certificate (“Bikash da Gurung”) has no name in common with the name in the client’s passport (“JOAO PEDRO DOS SANTOS”): this may be another person’s document. If it is not the client’s, get the client’s own; if it is, have the name corrected.',
    );
    expect(agency!.text.pt).toBe(
      'O nome na certidão de situação tributária (Finanças) («Bikash da Gurung») não tem nenhum nome em comum com o nome no passaporte do cliente («JOAO PEDRO DOS SANTOS»): pode ser um documento de outra pessoa. Se não for do cliente, obtenha o do cliente; se for, peça a correção do nome.',
    );
    expect(items('applicant')[0]!.text.en).toContain('If it is not yours, get your own; if it is, have the name corrected.');
    expect(items('applicant')[0]!.text.pt).toContain('Se não for seu, obtenha o seu; se for, peça a correção do nome.');
    // One name in common ("dos" does not count): a spelling to correct or explain, as before.
    expect(texts('agency')[1]![1].en).toContain('have the document corrected, or add a short signed note');
  });

  it('the applicant still reads "your"', () => {
    const byId = Object.fromEntries(texts('applicant').map(([id, text]) => [id, text]));
    expect(byId['birth-date-mismatch']!.en).toMatch(/^Your passport gives your date of birth as 5 November 1988; your case says/);
    expect(byId['nif-mismatch']!.pt).toContain(
      'e não o NIF do seu processo (287430120). Obtenha a certidão com o seu NIF ou corrija o número no processo.',
    );
    expect(byId['passport-expires-soon']!.en).toContain('and you show the original passport');
  });

  it('a certificate valid for a few more days: "if the request is submitted after" for an agency', () => {
    const soon = [{ file: 'financas.pdf', reading: { ...financas('2026-09-05'), nif: '287430120' } }];
    const item = (reader: 'applicant' | 'agency') =>
      checkConsistency({ ...input(soon), reader }).items.find((i) => i.id === 'certificate-expires-soon')!.text;
    expect(item('agency').en).toContain(
      'If the request is submitted after 5 December 2026, get a new one shortly before it is submitted.',
    );
    expect(item('agency').pt).toContain(
      'Se o pedido for submetido depois de 5 de dezembro de 2026, obtenha uma nova pouco antes da submissão.',
    );
    expect(item('applicant').en).toContain('If you submit after 5 December 2026, get a new one shortly before you submit.');
    expect(item('applicant').pt).toContain(
      'Se submeter depois de 5 de dezembro de 2026, obtenha uma nova pouco antes de submeter.',
    );
  });
});

describe('a passport expiry typed differently from the MRZ (session 11’s walk: the MRZ won silently)', () => {
  const typed = (reader: 'applicant' | 'agency', passportExpiry: string) =>
    checkConsistency({
      submitOn: '2026-12-01',
      judgedOn: 'run-day',
      reader,
      facts: { fullName: 'Joao Pedro dos Santos', passportExpiry },
      mrz: joaoMrzFields('2031-03-22'),
      certificates: [],
    });

  it('is one blocker naming both dates; validity is judged on the MRZ’s date', () => {
    const result = typed('agency', '2026-12-15');
    expect(result.items.map((item) => [item.id, item.severity])).toEqual([['passport-expiry-mismatch', 'blocker']]);
    expect(result.items[0]!.text.en).toBe(
      'client.json (situation.passportExpiry) says the client’s passport expires on 15 December 2026; the passport’s MRZ says 22 March 2031. Check the passport and correct client.json.',
    );
    expect(result.items[0]!.text.pt).toBe(
      'O client.json (situation.passportExpiry) indica que o passaporte do cliente caduca a 15 de dezembro de 2026; a zona de leitura ótica (MRZ) do passaporte indica 22 de março de 2031. Confirme a data no passaporte e corrija o client.json.',
    );
    // The typed date would have said "expires soon"; the passport's says valid.
    expect(result.columns.passport).toBe('valid');
  });

  it('the applicant is told to correct the answer, in their own voice', () => {
    const [item] = typed('applicant', '2030-03-22').items;
    expect(item!.text.en).toBe(
      'Your answer in “Your situation” says your passport expires on 22 March 2030; the passport’s MRZ says 22 March 2031. Check the passport and correct your answer.',
    );
    expect(item!.text.pt).toBe(
      'A sua resposta em «A sua situação» indica que o seu passaporte caduca a 22 de março de 2030; a zona de leitura ótica (MRZ) do passaporte indica 22 de março de 2031. Confirme a data no passaporte e corrija a sua resposta.',
    );
  });

  it('says nothing when they agree, or when there is no MRZ to compare with', () => {
    expect(typed('agency', '2031-03-22').items).toEqual([]);
    const noMrz = checkConsistency({
      submitOn: '2026-12-01',
      facts: { passportExpiry: '2031-03-22' },
      mrz: null,
      certificates: [],
    });
    expect(noMrz.items).toEqual([]);
  });
});

describe('an agency’s client opened in the guide (session 11’s walk: the guide said "your passport")', () => {
  const certificates = [{ file: 'financas.pdf', reading: financas('2026-11-20') }];
  const guide = checkConsistency({ ...input(certificates), reader: 'agency', factsIn: 'case' }).items;

  it('reads about the client, and corrects the client’s case (its facts were copied there), not client.json', () => {
    expect(guide.map((item) => item.id)).toEqual([
      'name-mismatch',
      'name-mismatch',
      'birth-date-mismatch',
      'nif-mismatch',
      'passport-expires-soon',
    ]);
    for (const { text } of guide) {
      expect(text.en).not.toMatch(/\byou(r)?\b|client\.json/i);
      expect(text.pt).not.toMatch(/\bseu\b|\bsubmeter\b|client\.json/);
    }
    const byId = Object.fromEntries(guide.map((item) => [item.id, item.text]));
    expect(byId['birth-date-mismatch']!.en).toBe(
      'The client’s passport gives the date of birth as 5 November 1988; the client’s case says 6 November 1988. Correct the client’s case (or the passport) before uploading.',
    );
    expect(byId['nif-mismatch']!.pt).toContain(
      'e não o NIF do processo do cliente (287430120). Obtenha a certidão com o NIF do cliente ou corrija o número no processo do cliente.',
    );
    expect(guide[0]!.text.en).toBe(
      'The name in the client’s case (“João Pedro Santos”) is not the name in the client’s passport (“JOAO PEDRO DOS SANTOS”). AIMA compares them: write the name in the client’s details as it is on the client’s passport.',
    );
  });

  it('the typed passport expiry is corrected in the answer, not in client.json', () => {
    const [item] = checkConsistency({
      submitOn: '2026-12-01',
      reader: 'agency',
      factsIn: 'case',
      facts: { passportExpiry: '2031-03-21' },
      mrz,
      certificates: [],
    }).items.filter((i) => i.id === 'passport-expiry-mismatch');
    expect(item!.text.en).toBe(
      'The answer in “The client’s situation” says the client’s passport expires on 21 March 2031; the passport’s MRZ says 22 March 2027. Check the passport and correct the answer.',
    );
    expect(item!.text.pt).toBe(
      'A resposta em «A situação do cliente» indica que o passaporte do cliente caduca a 21 de março de 2031; a zona de leitura ótica (MRZ) do passaporte indica 22 de março de 2027. Confirme a data no passaporte e corrija a resposta.',
    );
  });
});
