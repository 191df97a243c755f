import type { cliEn } from './cli-en';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** What the command line prints with --lang pt. Exactly the keys of cli-en.ts. */
export const cliPt: DeepStrings<typeof cliEn> = {
  seeHelp: 'Execute "aima-prep --help" para ver como se usa.',
  usage: {
    unknownOption: 'Não existe a opção {{option}}.',
    unknownCommand: 'Não existe o comando "{{command}}". Os comandos são: {{commands}}.',
    didYouMean: 'Queria dizer {{suggestion}}?',
    needsValue: 'A opção {{option}} precisa de um valor, por exemplo {{option}} {{example}}.',
    notAFlag: 'A opção {{option}} não leva valor.',
    unexpected:
      'Argumento inesperado "{{argument}}": indique só uma pasta ou um ficheiro (ponha entre aspas um nome com espaços).',
    needsTarget: 'O comando {{command}} precisa de uma pasta ou de um ficheiro: aima-prep {{command}} <pasta>.',
    needsOut: 'O comando {{command}} precisa de --out <pasta>, onde são escritos os documentos preparados.',
    jobsForBatch: '--jobs só se usa com batch: o comando prepare trata de um só cliente.',
    positiveNumber: '{{option}} precisa de um número positivo, não "{{value}}".',
    positiveWholeNumber: '{{option}} precisa de um número inteiro positivo, não "{{value}}".',
    lang: '--lang tem de ser en ou pt, não "{{value}}".',
    today: '--today tem de ser uma data no formato AAAA-MM-DD, por exemplo 2026-12-01.',
    scenario: '--scenario tem de ser um destes: {{scenarios}}.',
    outExtension: '--out tem de terminar em .pdf, .docx ou .txt.',
  },
  io: {
    notFound: 'A pasta ou o ficheiro "{{path}}" não existe. Verifique o caminho.',
    notAFolder: '"{{path}}" é um ficheiro, não uma pasta.',
    noAccess: 'Não é possível abrir "{{path}}": permissão negada.',
    cannotRead: 'Não é possível ler "{{path}}" ({{reason}}).',
    cannotWrite: 'Não é possível escrever "{{path}}" ({{reason}}).',
  },
  prepareOnClientsFolder:
    '"{{folder}}" contém pastas que não são categorias de documentos ({{examples}}): parece uma pasta de pastas de clientes. Para preparar todos os clientes, use: aima-prep batch "{{folder}}" --out <pasta>',
  clientJsonInvalid: '{{path}} não é válido:',
  evidenceInvalid: '{{path}} não é um registo de provas válido (a lista de entradas que a aplicação guarda em case.json):',
  noDuc: 'O client.json não tem duc.generatedAt: indique quando foi gerado o DUC.',
  noDucRules: 'Não há regras de DUC para esta via ({{route}}).',
  warning: 'Atenção: {{text}}',
  missing: 'Em falta: {{categories}}',
  next: 'A seguir: {{action}}',
  duc: {
    generated: 'DUC gerado: {{when}}',
    tryFrom: 'Tente pagar a partir de: {{when}}',
    deadline: 'Último momento para pagar (leitura mais exigente): {{when}}',
    lisbon: '{{date}} às {{time}} (hora de Lisboa)',
    other: 'Último dia segundo {{reading}}: {{when}}',
    paid: 'Pago: {{when}} (segundo o registo de provas)',
  },
  written: 'Escrito: {{path}}',
};
