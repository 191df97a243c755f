import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * The renderer's i18next runs Portuguese as pt-PT, as Node's translate() does: European plural rules
 * (0 takes the plural; plain 'pt' would pick Brazil's, where 0 is singular) and the decimal comma.
 * The stored preference stays 'pt' (what earlier versions saved), and a stored 'pt-PT' reads as 'pt'.
 */
const store = new Map<string, string>();

interface RendererI18n {
  i18n: { language: string; t: (key: string, params?: Record<string, unknown>) => string };
  setLocale: (locale: 'en' | 'pt') => Promise<unknown>;
}
// Through a variable: the renderer is type-checked with the DOM's types (tsconfig.web.json), not this Node project's.
const RENDERER_I18N = '../../../renderer/src/i18n';
const rendererI18n = () => import(/* @vite-ignore */ RENDERER_I18N) as Promise<RendererI18n>;

beforeAll(() => {
  vi.stubGlobal('window', {
    localStorage: {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
    },
  });
  vi.stubGlobal('navigator', { language: 'en-GB' });
  vi.stubGlobal('document', { documentElement: { lang: '' } });
  store.set('aima-prep.locale', 'pt');
});
afterAll(() => {
  vi.unstubAllGlobals();
});

describe('renderer i18n in Portuguese', () => {
  it('starts from a stored "pt" as pt-PT, and keeps storing "pt"', async () => {
    const { i18n, setLocale } = await rendererI18n();
    expect(i18n.language).toBe('pt-PT');
    expect((globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang).toBe(
      'pt-PT',
    );
    await setLocale('en');
    expect(store.get('aima-prep.locale')).toBe('en');
    await setLocale('pt');
    expect(i18n.language).toBe('pt-PT');
    expect(store.get('aima-prep.locale')).toBe('pt');
  });

  it.each([
    [0, 'Mova os 0 ficheiros não classificados'],
    [1, 'Mova o ficheiro não classificado'],
    [2, 'Mova os 2 ficheiros não classificados'],
  ])('%i unsorted files: the pt-PT plural form', async (count, start) => {
    const { i18n } = await rendererI18n();
    expect(i18n.t('batch.next.sortFiles', { count })).toMatch(new RegExp(`^${start}`));
  });

  it('writes a decimal with a comma', async () => {
    const { i18n } = await rendererI18n();
    expect(i18n.t('validation.reasons.overLimit', { sizeMb: 1.1, limitMb: 1 })).toBe(
      'Este ficheiro tem 1,1 MB, mais do que o limite de 1 MB do portal.',
    );
  });

  it('maps language tags to the app locale', async () => {
    const { localeOfLanguage } = await import('../../../shared/i18n');
    expect(['pt', 'pt-PT', 'pt-BR', 'en', 'en-GB', undefined].map(localeOfLanguage)).toEqual([
      'pt',
      'pt',
      'pt',
      'en',
      'en',
      'en',
    ]);
  });
});
