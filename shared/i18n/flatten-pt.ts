import type { Messages } from './en';

/** Portuguese (Portugal) strings of the straightened-photo preview. Same keys as flatten-en.ts. */
export const flattenPt: Messages['flatten'] = {
  show: 'Comparar a fotografia com a página endireitada',
  showFor: 'Comparar {{file}} com a página endireitada',
  hide: 'Ocultar a comparação',
  loading: 'A preparar a comparação…',
  failed: 'Não foi possível mostrar a comparação: {{message}}',
  title: 'Fotografia endireitada como uma digitalização',
  page: 'Página {{page}}',
  before: 'A sua fotografia (com o contorno da página encontrado)',
  beforePlain: 'A sua fotografia',
  after: 'O que será carregado',
  afterKept: 'O que será carregado: a sua fotografia, tal como está',
  found:
    'A página foi encontrada na fotografia: foi endireitada, a mesa à volta foi recortada e a iluminação foi uniformizada, para que se leia como uma digitalização.',
  foundPhotographic:
    'O documento foi encontrado na fotografia: foi endireitado e a mesa à volta foi recortada. As cores ficaram como estavam, porque um documento de identificação deve continuar a ser uma fotografia.',
  reason: {
    'no-outline':
      'Não foi encontrado um contorno nítido da página a toda a volta (a página ocupa a fotografia inteira, sai do enquadramento ou está sobre uma superfície tão clara como ela): a fotografia será usada tal como está.',
    'not-quadrilateral':
      'O contorno encontrado não parece uma folha plana (dobrada, tapada ou com várias páginas): a fotografia será usada tal como está.',
    'weak-edges':
      'Os limites da página não são suficientemente nítidos para a endireitar com segurança: a fotografia será usada tal como está.',
    'too-small-image': 'A fotografia é demasiado pequena para ser endireitada: será usada tal como está.',
    'kept-original': 'Optou por manter a sua fotografia tal como está.',
  },
  keep: 'Manter a minha fotografia original nesta página',
  keepHint:
    'Escolha esta opção se a página endireitada cortar alguma parte ou não estiver correta. A sua escolha aplica-se da próxima vez que os documentos forem preparados.',
  notPhoto: 'Este ficheiro não é uma fotografia: não há nada a endireitar.',
  report: {
    straightened:
      'Página {{page}}: fotografia endireitada como uma digitalização, com a mesa à volta recortada e a iluminação uniformizada',
    straightenedPhotographic:
      'Página {{page}}: fotografia endireitada e mesa à volta recortada (cores mantidas tal como estavam)',
    kept: 'Página {{page}}: fotografia mantida tal como está, por sua escolha',
  },
};
