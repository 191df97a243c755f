/**
 * The words that decided a content suggestion, as the document prints them. The scorer
 * compares text without accents ("seguranca social"); a person checks the suggestion
 * against the page, which says "Segurança Social". Word by word, from this table; a word
 * not in it is shown as compared.
 */
const WRITTEN: Record<string, string> = {
  autoridade: 'Autoridade',
  tributaria: 'Tributária',
  aduaneira: 'Aduaneira',
  situacao: 'situação',
  regularizada: 'regularizada',
  certidao: 'certidão',
  divida: 'dívida',
  nao: 'não',
  financas: 'Finanças',
  seguranca: 'Segurança',
  social: 'Social',
  instituto: 'Instituto',
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

/** Proper names keep their capitals; the rest of a phrase reads as in a sentence. */
export function writtenCue(phrase: string): string {
  return phrase
    .split(' ')
    .map((word) => WRITTEN[word] ?? word)
    .join(' ');
}
