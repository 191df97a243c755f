import { beforeAll, describe, expect, it } from 'vitest';
import { allowList } from './allow-list';
import { doubtedWords, hunspellAvailable, misspellings, withoutNonWords } from './checker';
import { agencyRulesTexts, ducTexts, generatedTexts, localizedStrings, textModules, uiStrings, type PtText } from './sources';

/**
 * Every Portuguese string of the app and every generated text (each contact scenario, e-mail and
 * letter purpose, the DUC texts and calendar) is spelt as a pt-PT dictionary spells it.
 * Needs `hunspell` and `hunspell-pt-pt` (.ci/apt-packages.txt).
 */
const allowed = new Set(Object.keys(allowList));
let texts: PtText[] = [];

beforeAll(async () => {
  if (!hunspellAvailable())
    throw new Error('Install hunspell and hunspell-pt-pt (listed in .ci/apt-packages.txt) to run the spelling test.');
  texts = [...uiStrings(), ...localizedStrings(await textModules()), ...generatedTexts(), ...ducTexts(), ...agencyRulesTexts()];
});

const report = (found: ReturnType<typeof misspellings>) =>
  found.map((m) => `${m.word} (${m.where}; did you mean ${m.suggestions.join(', ') || '?'})`);

describe('pt-PT spelling', () => {
  it('covers the UI strings, the rules texts and the generated texts', () => {
    const where = texts.map((t) => t.where);
    expect(where.some((w) => w.startsWith('i18n '))).toBe(true);
    expect(where.some((w) => w.startsWith('rules/contact-scenarios.ts'))).toBe(true);
    expect(where.some((w) => w.startsWith('rules/troubleshooting.ts'))).toBe(true);
    expect(where.filter((w) => w.startsWith('contact form ')).length).toBeGreaterThanOrEqual(8 * 3);
    expect(new Set(where.filter((w) => w.startsWith('letter ')).map((w) => w.split(' ')[1])).size).toBeGreaterThanOrEqual(2);
    expect(where.some((w) => w.startsWith('ics '))).toBe(true);
    // The agency's words, chosen inside the rules' functions (session 14).
    expect(where.some((w) => w.startsWith('agency route '))).toBe(true);
    expect(where.some((w) => w.startsWith('agency contact form '))).toBe(true);
  });

  it('finds no misspelt word', () => {
    expect(report(misspellings(texts, allowed))).toEqual([]);
  });

  it('needs every allow-list entry, and each is a word the dictionary does not know', () => {
    const doubted = doubtedWords(texts);
    expect([...allowed].filter((word) => !doubted.has(word))).toEqual([]);
  });
});

describe('pt-PT conventions', () => {
  it('writes "e-mail", never "email", in Portuguese', () => {
    const email = /(?<![\p{L}-])emails?(?![\p{L}])/iu;
    expect(texts.filter((t) => email.test(withoutNonWords(t.text))).map((t) => `${t.where}: ${t.text}`)).toEqual([]);
  });

  it('writes decimal numbers with a comma', () => {
    const decimalPoint = /(?<![\d.])\d+\.\d+(?![\d.])\s?(?:MB|kB|GB|%|dpi|ppp)/;
    expect(texts.filter((t) => decimalPoint.test(t.text)).map((t) => `${t.where}: ${t.text}`)).toEqual([]);
  });
});

describe('the spelling test itself', () => {
  it('fails when a misspelt word is introduced into a text', () => {
    const planted = [
      ...texts,
      { where: 'planted', text: 'Venho por este meio requerer a renovaçao do meu requerimemto de residencia.' },
    ];
    expect(misspellings(planted, allowed).map((m) => m.word)).toEqual(['renovaçao', 'requerimemto', 'residencia']);
    expect(misspellings(texts, allowed)).toEqual([]);
  });

  it('flags English words, and leaves addresses, files and placeholders alone', () => {
    const found = misspellings(
      [
        {
          where: 'test',
          text: 'Envie o arquivo ao {{name}} em aima.gov.pt ou sapi@aima.gov.pt, com passaporte.pdf; o time of the request.',
        },
      ],
      allowed,
    ).map((m) => m.word);
    expect(found).toEqual(expect.arrayContaining(['time', 'request']));
    expect(found).not.toContain('aima');
    expect(found).not.toContain('passaporte');
    expect(found).not.toContain('name');
  });
});
