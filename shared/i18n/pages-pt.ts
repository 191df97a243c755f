import type { lowerQualityEn, pageToolsEn } from './pages-en';

/** As páginas do passo dos documentos e a escolha «ficheiro mais pequeno, menor qualidade» (issue 15). */
export const pageToolsPt: typeof pageToolsEn = {
  open: 'Editar páginas',
  close: 'Fechar a edição de páginas',
  title: 'Páginas de {{category}}',
  intro:
    'Rode, retire ou reordene as páginas que entram neste PDF. Os seus ficheiros não são alterados: a aplicação apenas guarda a sua escolha e usa-a sempre que prepara o PDF.',
  loading: 'A ler as páginas…',
  failed: 'Não foi possível ler as páginas: {{reason}}',
  noPicture: 'sem imagem',
  pageOf: '{{file}}, página {{page}}',
  position: 'Página {{position}} de {{total}}',
  rotateLeft: 'Rodar para a esquerda',
  rotateRight: 'Rodar para a direita',
  earlier: 'Antes',
  later: 'Depois',
  remove: 'Retirar',
  rotateLeftLabel: 'Rodar a página {{position}} para a esquerda',
  rotateRightLabel: 'Rodar a página {{position}} para a direita',
  earlierLabel: 'Passar a página {{position}} para antes',
  laterLabel: 'Passar a página {{position}} para depois',
  removeLabel: 'Retirar a página {{position}}',
  lastPage: 'A última página não pode ser retirada. Para deixar este documento de fora, retire o ficheiro.',
  undo: 'Anular',
  reset: 'Usar todas as páginas como foram adicionadas',
  apply: 'Preparar com estas páginas',
  edited: 'Escolheu as páginas deste PDF: {{kept}} de {{total}} páginas.',
  pending: 'As alterações às páginas foram guardadas. Prepare de novo para as ver no PDF.',
  legacyFiles: 'Para editar as páginas, os ficheiros têm de estar no seu processo. Retire este ficheiro e adicione-o de novo.',
};

export const lowerQualityPt: typeof lowerQualityEn = {
  title: 'O que a aplicação pode fazer agora',
  intro: 'Este PDF continua a ser maior do que o limite de {{limit}}. Pode:',
  preview: 'Mostrar um ficheiro mais pequeno, com menor qualidade',
  removePages: 'Retirar as páginas de que não precisa',
  working: 'A preparar a pré-visualização…',
  failed: 'Não foi possível preparar a pré-visualização: {{reason}}',
  fits: 'Com menor qualidade, este PDF teria {{size}} (limite de {{limit}}). As páginas ficariam com cerca de {{dpi}} ppp, menos nítidas do que agora. Antes de aceitar, confirme abaixo que consegue ler a página 1.',
  fitsNoDpi:
    'Com menor qualidade, este PDF teria {{size}} (limite de {{limit}}). Antes de aceitar, confirme abaixo que consegue ler a página 1.',
  stillTooLarge:
    'Mesmo com menor qualidade, este PDF teria {{size}}, mais do que o limite de {{limit}}. Retire as páginas de que a AIMA não precisa (por exemplo, versos em branco ou páginas repetidas).',
  alreadyBlackAndWhite:
    'As páginas já estão guardadas a preto e branco: digitalizar o papel outra vez não daria um ficheiro mais pequeno.',
  rescanBlackAndWhite: 'Ou digitalize o papel outra vez a preto e branco, a 200 ou 300 ppp.',
  firstPage: 'Página 1 com menor qualidade',
  accept: 'Usar o ficheiro mais pequeno',
  chosen: 'Escolheu um ficheiro mais pequeno, com menor qualidade, para este PDF.',
  chosenStillTooLarge:
    'Mesmo com menor qualidade, este PDF é maior do que o limite. Retire as páginas de que a AIMA não precisa (por exemplo, versos em branco ou páginas repetidas).',
  backToStandard: 'Voltar à qualidade normal',
};
