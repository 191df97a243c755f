/**
 * The words that decided a content suggestion, as the document prints them. The scorer
 * compares text without accents ("seguranca social"); a person checks the suggestion
 * against the page, which says "Segurança Social". Word by word, from this table; a word
 * not in it is shown as compared.
 */
const PHRASES: Record<string, string> = {
  'autoridade tributaria e aduaneira': 'Autoridade Tributária e Aduaneira',
  'instituto da seguranca social': 'Instituto da Segurança Social',
};

const WRITTEN: Record<string, string> = {
  tributaria: 'tributária',
  situacao: 'situação',
  regularizada: 'regularizada',
  certidao: 'certidão',
  divida: 'dívida',
  nao: 'não',
  financas: 'Finanças',
  seguranca: 'Segurança',
  social: 'Social',
  declaracao: 'declaração',
  contributiva: 'contributiva',
  entidade: 'entidade',
  empregadora: 'empregadora',
  trabalhador: 'trabalhador',
  remuneracao: 'remuneração',
  bancario: 'bancário',
  disponivel: 'disponível',
  arrendatario: 'arrendatário',
  fatura: 'fatura',
  factura: 'factura',
};

/** Names of institutions keep their capitals; the rest of a phrase reads as in a sentence. */
export function writtenCue(phrase: string): string {
  const whole = PHRASES[phrase];
  if (whole) return whole;
  return phrase
    .split(' ')
    .map((word) => WRITTEN[word] ?? word)
    .join(' ');
}
