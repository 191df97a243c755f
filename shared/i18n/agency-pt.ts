import type { Messages } from './en';

/** Portuguese strings of the agency view: exactly the keys of agency-en.ts. */
export const agencyPt: Messages['agency'] = {
  nav: 'Agência: vários clientes',
  title: 'Agência: vários clientes',
  intro:
    'Prepare os documentos de vários clientes de uma só vez. Cada cliente é uma pasta dentro da pasta de clientes; cada cliente recebe a sua própria pasta pronta a carregar na pasta de saída.',
  folders: 'Pastas',
  clientsFolder: 'Pasta de clientes',
  outputFolder: 'Pasta de saída',
  notChosen: 'Por escolher',
  change: 'Alterar',
  clients: 'Clientes',
  noClients: 'Não foram encontradas pastas de clientes nesta pasta.',
  col: {
    client: 'Cliente',
    files: 'Documentos',
    status: 'Estado',
    progress: 'Progresso',
    case: 'Caso',
  },
  files: '{{files}} ({{unsorted}} por classificar)',
  waiting: 'À espera',
  clientProgress: '{{done}} de {{total}} documentos',
  overall: 'Todos os clientes',
  needFolders: 'Escolha as duas pastas para preparar os clientes.',
  summary: 'Resultado',
  totals:
    'Clientes: {{clients}}. Prontos: {{ready}}; requerem atenção: {{needsAttention}}; falharam: {{failed}}; submetidos e pagos: {{submitted}}.',
  ready: 'Prontos',
  missing: 'Em falta',
  notReady: 'Não estão prontos para carregar',
  couldNotPrepare: 'Não foi possível preparar',
  none: 'Nenhum',
  nextAction: 'Próximo passo',
  problems: 'Problemas',
  revealClient: 'Mostrar a pasta preparada de {{client}}',
  openSummary: 'Mostrar o relatório de resumo (summary.html)',
  revealFailed: 'Não foi possível mostrar a pasta no gestor de ficheiros.',
  failed: 'Não foi possível preparar os clientes.',
  openInGuide: 'Abrir no guia',
  openInGuideLabel: 'Abrir o caso de {{client}} no guia',
  opening: 'A abrir…',
  imported: 'O caso "{{title}}" está aberto. Documentos encontrados: {{documents}}; categorias: {{categories}}.',
  importProblems: 'Veja primeiro estes pontos; o guia pedirá o que falta:',
  unsortedToRead_one:
    'O ficheiro cujo nome nada indica não se perde: em «Os seus documentos», a aplicação lê-o e sugere o documento a que corresponde, para confirmar.',
  unsortedToRead_other:
    'Os {{count}} ficheiros cujos nomes nada indicam não se perdem: em «Os seus documentos», a aplicação lê-os e sugere onde fica cada um, para confirmar.',
  continueInGuide: 'Continuar no guia',
  options: 'Opções',
  force: 'Preparar de novo todos os clientes, mesmo os que não mudaram desde a última execução',
  passwordsFile: 'Ficheiro de palavras-passe',
  passwordsFileHint:
    'Opcional: um ficheiro JSON com as palavras-passe dos PDF de vários clientes, {"pasta do cliente": {"ficheiro.pdf": "palavra-passe"}}. É apenas lido e nunca é copiado para nenhuma saída.',
  pickPasswordsFile: 'Escolher um ficheiro de palavras-passe',
  clearPasswordsFile: 'Não usar ficheiro de palavras-passe',
};
