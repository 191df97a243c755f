import { describe, expect, it } from 'vitest';
import { keyPaths, messages } from '../../shared/i18n';
import { messagesForReader, readerOverlay } from '../../shared/i18n/reader';

const lookup = (tree: object, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

/** The guide as an agency reads a client's case (session 12's walk: "Your situation" on a client's case). */
describe('the agency reader', () => {
  const en = readerOverlay('agency', 'en');
  const pt = readerOverlay('agency', 'pt');

  it('changes only keys the messages have, and Portuguese only keys English changes', () => {
    const base = new Set(keyPaths(messages.en));
    for (const key of keyPaths(en)) expect(base.has(key), key).toBe(true);
    const changed = new Set(keyPaths(en));
    for (const key of keyPaths(pt)) expect(changed.has(key), key).toBe(true);
  });

  it('says "the client", never "you/your/my"; a key left out in Portuguese already names no one there', () => {
    for (const key of keyPaths(en)) {
      const text = lookup(en, key) as string;
      expect(text, key).not.toMatch(/\b(your|my)\b/i);
    }
    const inPt = new Set(keyPaths(pt));
    for (const key of keyPaths(pt)) expect(lookup(pt, key) as string, key).not.toMatch(/\b(seus?|suas?|meus?|minhas?)\b/i);
    for (const key of keyPaths(en).filter((k) => !inPt.has(k)))
      expect(lookup(messages.pt, key) as string, key).not.toMatch(/\b(seus?|suas?|meus?|minhas?)\b/i);
  });

  it('keeps the same placeholders as the sentences it replaces', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{\w+\}\}/g)].map((m) => m[0]).sort();
    for (const [locale, overlay] of [
      ['en', en],
      ['pt', pt],
    ] as const)
      for (const key of keyPaths(overlay))
        expect(placeholders(lookup(overlay, key) as string), key).toEqual(placeholders(lookup(messages[locale], key) as string));
  });

  it('the merged messages: the overlay in place, every other sentence as it was, the applicant unchanged', () => {
    const agencyEn = messagesForReader(messages.en, 'agency', 'en');
    expect(agencyEn.tasks.names.situation).toBe('The client’s situation');
    expect(agencyEn.tasks.names.preUpload).toBe(messages.en.tasks.names.preUpload);
    expect(keyPaths(agencyEn).sort()).toEqual(keyPaths(messages.en).sort());
    expect(messagesForReader(messages.pt, 'agency', 'pt').situation.title).toBe('A situação do cliente');
    expect(messagesForReader(messages.pt, 'applicant', 'pt')).toEqual(messages.pt);
    // The base messages are not changed by a merge.
    expect(messages.en.tasks.names.situation).toBe('Your situation');
  });
});
