import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n/translate';

/**
 * The password dialog said Finanças and bank PDFs are "often protected with a password (for example your NIF)".
 * No source in the project's research (aima-facts.md) supports it, so a person could try their NIF in vain on
 * the strength of it: the dialog now says only what is true of every protected PDF.
 */
describe('the password dialog', () => {
  it('claims nothing unsourced about which password a PDF has, in either language', () => {
    for (const locale of ['en', 'pt'] as const) {
      const hint = translate(locale, 'documents.password.hint');
      expect(hint).not.toMatch(/NIF|Finanças|bank|banco/i);
      expect(hint).toMatch(locale === 'en' ? /never saves it/ : /nunca a guarda/);
    }
  });
});
