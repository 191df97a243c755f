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
  notChosen: 'Ainda não escolhida',
  change: 'Alterar',
  clients: 'Clientes',
  noClients: 'Não foram encontradas pastas de clientes nesta pasta.',
  col: {
    client: 'Cliente',
    files: 'Documentos',
    status: 'Estado',
    progress: 'Progresso',
  },
  files: '{{files}} ({{unsorted}} por classificar)',
  waiting: 'À espera',
  clientProgress: '{{done}} de {{total}} documentos',
  overall: 'Todos os clientes',
  needFolders: 'Escolha as duas pastas para preparar os clientes.',
  summary: 'Resultado',
  totals: '{{clients}} clientes: {{ready}} prontos, {{needsAttention}} precisam de atenção, {{failed}} falharam.',
  ready: 'Prontos',
  missing: 'Em falta',
  none: 'Nenhum',
  nextAction: 'Próximo passo',
  problems: 'Problemas',
  revealClient: 'Mostrar a pasta preparada de {{client}}',
  openSummary: 'Mostrar o relatório resumo (summary.html)',
  revealFailed: 'Não foi possível mostrar a pasta no gestor de ficheiros.',
  failed: 'Não foi possível preparar os clientes.',
};
