import type { Locale } from './index';

/**
 * A Portuguese sentence placed after a colon inside another sentence ("Verifique antes de carregar: a certidão…").
 * European Portuguese writes lower case after a colon unless a proper noun follows (session 11's walk read
 * "…carregar: A certidão"). Only the words a sentence of ours opens with (articles, "Não", "Se", …) are lowered:
 * a file name, an acronym (AIMA, NIF) or a proper noun (Finanças) that opens a sentence keeps its capital.
 */
const LOWERED = new Set([
  'O',
  'A',
  'Os',
  'As',
  'Um',
  'Uma',
  'Não',
  'Se',
  'Já',
  'Ainda',
  'Este',
  'Esta',
  'Nenhum',
  'Nenhuma',
  'Aviso',
  'Confirme',
  'Obtenha',
  'Renove',
  'Verifique',
  'Carregue',
  'Submeta',
  'Pague',
  'Aguarde',
  'Prepare',
  'Corrija',
  'Digitalize',
  'Veja',
  'Pode',
  'Falta',
  'Nem',
  'Indique',
  'Descreva',
  'Preencha',
  'Registe',
  'Junte',
  'Guarde',
  'Escreva',
  'Contacte',
  'Atualize',
  'Comunique',
  'Atualização',
]);

export function afterColonPt(sentence: string): string {
  const first = /^[^\s,.;:]+/.exec(sentence)?.[0] ?? '';
  return LOWERED.has(first) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence;
}

/**
 * Proper nouns an English sentence of ours may open with, kept capitalised after a colon (acronyms, file names and
 * words with a capital inside — AIMA, passport.pdf, iPhone — are kept by their form).
 */
const PROPER_EN = new Set([
  'I',
  'Finanças',
  'Segurança',
  'Social',
  'Portugal',
  'Portuguese',
  'Lisbon',
  'English',
  'Multibanco',
  'Portal',
  'Renewals',
  'Mission',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);

/**
 * An English sentence placed after a colon: lower case, as the Portuguese one, unless it opens with a proper noun,
 * an acronym (AIMA, NIF, DUC), a file name (passport.pdf) or a word with a capital inside (iPhone).
 */
export function afterColonEn(sentence: string): string {
  const first = /^[^\s,;:]+/.exec(sentence)?.[0] ?? '';
  const word = first.replace(/[’'](s)?$/, '');
  const kept =
    word === '' || PROPER_EN.has(word) || /[.\d/_\\-]/.test(word) || /[A-Z]/.test(word.slice(1)) || !/^[A-Z]/.test(word);
  return kept ? sentence : sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

/** A sentence after a colon, in `locale`'s way (both lower case, proper nouns and acronyms kept). */
export function afterColon(sentence: string, locale: Locale): string {
  return locale === 'pt' ? afterColonPt(sentence) : afterColonEn(sentence);
}

/**
 * "label: sentence": a file, a field or a date, then what is said about it. The one way the command line, the batch's
 * problems and the reports join them (session 15: "passport.pdf: The file…" was built in several places, each with
 * its own capital).
 */
export function labelled(label: string, sentence: string, locale: Locale): string {
  return `${label}: ${afterColon(sentence, locale)}`;
}
