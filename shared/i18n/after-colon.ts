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
