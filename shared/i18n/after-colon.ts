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
 * The words an English sentence of ours opens with (articles, pronouns, the imperatives of our advice, the status
 * words of our reports), lowered after a colon. As in Portuguese, only these: a word not listed keeps its capital,
 * so a person's or a file's name that opens a sentence ("Ana Costa's passport", "Contrato trabalho.pdf is …") is never
 * lowered — a capital after a colon is a matter of style, a lowered name is an error about someone.
 */
const LOWERED_EN = new Set(
  (
    'The This These That Those It Its A An No Not Nothing None Only One Some Every Each All Both Neither There Here ' +
    'If When While Before After Since Until Within Without Over Under More Less Still Already Also Even Then Once ' +
    'Your Their What Which Where How Why To For At In On By With From ' +
    'Check Renew Upload Pay Wait Put Save Scan Correct Remove Add Write Contact Update Use See Ask Replace Open Move ' +
    'Name Give Get Keep Record Fill Type Enter Choose Do Copy Download Go Compare Prepare Answer Try Say Send Attach ' +
    'Turn Submit Read Fix Change Take Apply Start Make Follow Treat Consider Settle Avoid Tell Confirm Pick Look ' +
    'Continue Select Run Restore Tick Note Needs Missing Warning Could Cannot Can Is Does Did Has Have Are Was Were ' +
    'Expired Expires Ready Prepared Paid Submitted Approved Met Due Overdue Damaged Empty Encrypted Protected Checked ' +
    'Verified Turned Removed Repaired Smaller Joined Merged Saved Written Good Fine Valid Stale Issued Unexpected ' +
    'Failed Done Changed Unreadable Unknown Too Last Next First Second Six Ten ' +
    'Entry Passport Permit Residence Phone Email Address Date Full Nationality Proof Payment Certificate Certificates ' +
    'File Files Page Pages Photo Photos Document Documents Case Client Category Text Size Reference Subject Letter'
  ).split(' '),
);

/**
 * An English sentence placed after a colon: lower case, as the Portuguese one, when it opens with one of our sentence
 * words (LOWERED_EN); acronyms (AIMA, NIF, DUC), file names, proper nouns and names keep their capital.
 */
export function afterColonEn(sentence: string): string {
  const first = /^[^\s,;:]+/.exec(sentence)?.[0] ?? '';
  return LOWERED_EN.has(first) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence;
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
