import { describe, expect, it } from 'vitest';
import { assessCase, categoryName, documentsReasonBesideNext, SCREENS, withoutAlsoToFix } from '../../../shared/case/assessment';
import { DEC_1_NOON, passportExpiringSoon, personAlone, staleCertidao, wrongNif } from '../case/assessment-fixtures';

/** The consistency check's blockers reach the one case assessment every screen renders. */
describe('consistency items in the case assessment', () => {
  it('a stale certificate is a blocker with the day it went stale', () => {
    const without = assessCase(personAlone('none', null), DEC_1_NOON);
    const withItems = assessCase(personAlone('none', staleCertidao()), DEC_1_NOON);
    expect(withItems.blockers.length).toBe(without.blockers.length + 1);
    expect(withItems.blockers.at(-1)!.step).toBe('documents');
    expect(withItems.blockers.at(-1)!.text.en).toContain('valid until 2 February 2027');
    expect(withItems.blockers.at(-1)!.text.pt).toContain('válida até 2 de fevereiro de 2027');
  });
});

describe('a reading blocker while documents are still missing', () => {
  it('the task list and the next action name it after the documents to get ready, in both languages', () => {
    // Session 10's walk: the documents step listed the missing files and never the stale certidão the page flagged.
    const a = assessCase(personAlone('none', staleCertidao()), DEC_1_NOON);
    const documents = a.steps.find((s) => s.id === 'documents')!;
    expect(documents.status).not.toBe('done');
    expect(documents.reason.en).toMatch(
      /^Not ready yet: .*\(no file given\)\. Also to fix before you upload: The Finanças tax status certificate, file financas\.pdf, was issued on 2 November 2026 and was valid until 2 February 2027/,
    );
    expect(documents.reason.pt).toContain(
      '. Também a corrigir antes de carregar: a certidão de situação tributária (Finanças), ficheiro financas.pdf',
    );
    expect(a.next.text.en).toMatch(
      /^Prepare your documents: .*Also to fix before you upload: The Finanças tax status certificate/,
    );
    expect(a.next.text.pt).toContain('Também a corrigir antes de carregar: a certidão');
    // Nothing found: nothing added.
    expect(assessCase(personAlone('none', null), DEC_1_NOON).steps.find((s) => s.id === 'documents')!.reason.en).not.toContain(
      'Also to fix',
    );
  });
});

describe('a reading blocker with every document otherwise ready', () => {
  const state = (consistency: Parameters<typeof personAlone>[1]) => personAlone('every-required-ready', consistency);

  it('keeps the documents, pre-upload and folder steps from "done" and makes the item the next action', () => {
    const ready = assessCase(state(null), DEC_1_NOON);
    const step = (a: ReturnType<typeof assessCase>, id: string) => a.steps.find((s) => s.id === id)!;
    expect(step(ready, 'documents').status).toBe('done');
    expect(step(ready, 'preUpload').status).toBe('done');

    const blocked = assessCase(state(wrongNif()), DEC_1_NOON);
    expect(step(blocked, 'documents').status).toBe('attention');
    expect(step(blocked, 'documents').reason.en).toContain(
      'The NIF on the Finanças tax status certificate is 245678913, not the NIF in your case',
    );
    expect(step(blocked, 'documents').reason.pt).toContain(
      'O NIF na certidão de situação tributária (Finanças) é 245678913, e não o NIF do seu processo (123456789).',
    );
    expect(step(blocked, 'preUpload').status).not.toBe('done');
    expect(step(blocked, 'folder').status).not.toBe('done');
    expect(blocked.next).toMatchObject({ id: 'prepare-documents', screen: SCREENS.preUpload });
    expect(blocked.next.text.en).toContain('is 245678913, not the NIF in your case (123456789)');
  });

  it('a warning alone (passport expiring within six months) does not block', () => {
    const warning = passportExpiringSoon();
    expect(warning.items.map((i) => i.severity)).toEqual(['warning']);
    expect(assessCase(state(warning), DEC_1_NOON).steps.find((s) => s.id === 'documents')!.status).toBe('done');
  });
});

describe('the documents page lists what reading found once', () => {
  it('its reason and next action, without the "Also to fix" the page lists under its own heading', () => {
    // Session 11's walk: the stale certidão's sentence in the reason, the list and the next action.
    const a = assessCase(personAlone('none', staleCertidao()), DEC_1_NOON);
    const reason = a.steps.find((s) => s.id === 'documents')!.reason;
    const found = a.blockers.filter((b) => b.step === 'documents' && b.text.en !== reason.en).map((b) => b.text);
    expect(found).toHaveLength(1);
    for (const text of [reason, a.next.text]) {
      const without = withoutAlsoToFix(text, found);
      expect(without.en).not.toContain('Also to fix');
      expect(without.en).not.toContain('financas.pdf');
      expect(without.pt).not.toContain('Também a corrigir');
      expect(without.en.length).toBeGreaterThan(0);
      expect(text.en.startsWith(without.en)).toBe(true);
    }
    // A text that does not end with it is left as it is.
    expect(withoutAlsoToFix({ en: 'Ready.', pt: 'Pronto.' }, found)).toEqual({ en: 'Ready.', pt: 'Pronto.' });
  });
});

describe('the documents page says which documents are not ready once', () => {
  it('the reason counts them when the next action, shown under it, lists them; elsewhere it stays whole', () => {
    // Session 12's walk: "Not ready yet: …" and "Get these documents ready: …" listed the same documents.
    const a = assessCase(personAlone('none', null), DEC_1_NOON);
    const notReady = a.requiredCategories.filter((c) => c.state !== 'ready');
    expect(notReady.length).toBeGreaterThan(1);
    expect(a.next.screen).toBe(SCREENS.documents);
    const beside = documentsReasonBesideNext(a);
    expect(beside).toEqual({
      en: `${notReady.length} required documents are not ready yet.`,
      pt: `${notReady.length} documentos obrigatórios ainda não estão prontos.`,
    });
    // The next action still names each one; the task list's reason (no next action beside it) is unchanged.
    expect(a.next.text.en).toContain(categoryName(notReady[0]!.categoryId, 'en'));
    expect(a.steps.find((s) => s.id === 'documents')!.reason.en).toMatch(/^Not ready yet: /);
  });

  it('one document not ready is said in the singular', () => {
    const a = assessCase(personAlone('none', null), DEC_1_NOON);
    const one = {
      ...a,
      requiredCategories: a.requiredCategories.map((c, i) => (i === 0 ? c : { ...c, state: 'ready' as const })),
    };
    expect(documentsReasonBesideNext(one)).toEqual({
      en: 'One required document is not ready yet.',
      pt: 'Um documento obrigatório ainda não está pronto.',
    });
  });

  it('with the next action on another page, the reason keeps its list', () => {
    const a = assessCase(personAlone('none', null), DEC_1_NOON);
    const elsewhere = { ...a, next: { ...a.next, screen: SCREENS.route } };
    expect(documentsReasonBesideNext(elsewhere)).toBe(a.steps.find((s) => s.id === 'documents')!.reason);
  });
});
