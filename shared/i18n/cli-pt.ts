import type { cliEn } from './cli-en';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** What the command line prints with --lang pt. Exactly the keys of cli-en.ts. */
export const cliPt: DeepStrings<typeof cliEn> = {
  help: `aima-prep — prepara os documentos da renovação da autorização de residência para a AIMA, de um cliente ou de uma pasta inteira de clientes.

Utilização:
  aima-prep batch <pasta-de-clientes> --out <pasta> [--jobs N] [--limit-mb N] [--passwords FICHEIRO] [opções]
  aima-prep prepare <pasta-do-cliente> --out <pasta> [--limit-mb N] [--passwords FICHEIRO] [opções]
  aima-prep contact-text <client.json | pasta-do-cliente> --scenario <cenário> [--json]
  aima-prep letter <client.json | pasta-do-cliente> [--out <ficheiro.pdf|ficheiro.docx|ficheiro.txt>]
  aima-prep duc <client.json | pasta-do-cliente> [--json]

Uma pasta de clientes contém uma pasta por cliente. Na pasta de um cliente, coloque os documentos
em pastas, uma por categoria (passport/, residence-permit/, financas-no-debt/, social-security-no-debt/,
proof-of-address/, income-proof/, …) ou soltos, com um nome em que uma palavra-chave indique a categoria
("Passaporte.pdf", "extrato-bancario.pdf"; a lista está no README). Ficheiros opcionais:
client.json (a situação e os dados pessoais) e passwords.json ({"ficheiro.pdf": "palavra-passe"}).

Opções:
  --out <pasta>        Onde escrever: com batch, uma pasta por cliente, mais summary.csv e
                       summary.html; com prepare, a pasta do cliente pronta a carregar.
  --jobs <N>           Clientes preparados em paralelo (por omissão e no máximo: o número de núcleos).
  --limit-mb <N>       Limite de tamanho por documento, em MB (por omissão 1, o valor publicado pela AIMA).
  --passwords <ficheiro> Palavras-passe dos PDF do lote: {"pasta-do-cliente": {"ficheiro.pdf": "palavra-passe"}}.
                       As palavras-passe só são lidas de ficheiros, nunca da linha de comandos,
                       e nunca são escritas em nenhum resultado nem registo.
  --lang <en|pt>       Língua de tudo o que é mostrado, do resumo e dos textos, incluindo esta ajuda
                       (por omissão en).
  --force              Prepara de novo todos os clientes, mesmo que nada tenha mudado desde a última vez.
  --client-minutes <N> Interrompe um cliente que ainda esteja em curso ao fim de N minutos (por omissão 10):
                       esse cliente falha com a sua própria mensagem e o resto do lote e o resumo continuam.
  --json               Mostra o resultado em JSON na saída padrão (sem mensagens de progresso).
  --today <AAAA-MM-DD> Data que as regras usam como hoje (por omissão: hoje, em Lisboa); a hora é então
                       o meio-dia de Lisboa desse dia, salvo se --now indicar o momento.
  --now <instante ISO> O momento em que os prazos são avaliados, por exemplo 2026-12-01T11:00:00Z
                       (por omissão: agora).
  -h, --help           Mostra esta ajuda.  --version  Mostra a versão.

Códigos de saída:
  0  todos os clientes estão prontos para carregar
  1  algum cliente precisa de atenção (documentos em falta, um problema num ficheiro, um cliente que falhou)
  2  utilização errada, ou uma pasta ou um ficheiro que não foi possível ler ou escrever
`,
  seeHelp: 'Execute "aima-prep --help" para ver como se usa.',
  usage: {
    unknownOption: 'Não existe a opção {{option}}.',
    unknownCommand: 'Não existe o comando "{{command}}". Os comandos são: {{commands}}.',
    didYouMean: 'Queria dizer {{suggestion}}?',
    needsValue: 'A opção {{option}} precisa de um valor, por exemplo {{option}} {{example}}.',
    notAFlag: 'A opção {{option}} não aceita nenhum valor.',
    unexpected:
      'Argumento inesperado "{{argument}}": indique só uma pasta ou um ficheiro (ponha entre aspas um nome com espaços).',
    needsTarget: 'O comando {{command}} precisa de uma pasta ou de um ficheiro: aima-prep {{command}} <pasta>.',
    needsOut: 'O comando {{command}} precisa de --out <pasta>, onde são escritos os documentos preparados.',
    jobsForBatch: '--jobs só se usa com batch: o comando prepare trata de um só cliente.',
    positiveNumber: '{{option}} precisa de um número positivo, não "{{value}}".',
    positiveWholeNumber: '{{option}} precisa de um número inteiro positivo, não "{{value}}".',
    lang: '--lang tem de ser en ou pt, não "{{value}}".',
    today: '--today tem de ser uma data no formato AAAA-MM-DD, por exemplo 2026-12-01.',
    now: '--now tem de ser uma data e hora no formato ISO, por exemplo 2026-12-01T11:00:00Z.',
    scenario: '--scenario tem de ser um destes: {{scenarios}}.',
    outExtension: '--out tem de terminar em .pdf, .docx ou .txt.',
  },
  setup: {
    clientsFolderUnreadable: 'Não foi possível ler a pasta de clientes "{{path}}".',
    outputFolderUnwritable: 'Não foi possível escrever na pasta de saída "{{path}}".',
    outputFolderBusy: 'Outro lote já está a escrever em "{{path}}". Aguarde que termine ou escolha outra pasta em --out.',
  },
  io: {
    notFound: 'A pasta ou o ficheiro "{{path}}" não existe. Verifique o caminho.',
    notAFolder: '"{{path}}" é um ficheiro, não uma pasta.',
    noAccess: 'Não é possível abrir "{{path}}": permissão negada.',
    cannotRead: 'Não é possível ler "{{path}}" ({{reason}}).',
    cannotWrite: 'Não é possível escrever em "{{path}}" ({{reason}}).',
  },
  prepareOnClientsFolder:
    '"{{folder}}" contém pastas que não são categorias de documentos ({{examples}}): parece uma pasta de pastas de clientes. Para preparar todos os clientes, use: aima-prep batch "{{folder}}" --out <pasta>',
  clientJsonInvalid: '{{path}} não é válido:',
  evidenceInvalid: '{{path}} não é um registo de provas válido (a lista de entradas que a aplicação guarda em case.json):',
  noDuc: 'O client.json não tem duc.generatedAt: indique quando foi gerado o DUC.',
  noDucRules: 'Não há regras de DUC para esta via ({{route}}).',
  warning: 'Atenção: {{text}}',
  documents: {
    failed: 'Não foi possível preparar: {{document}}',
    notReady: 'Não está pronto: {{document}}',
    withWarnings: 'Pronto, com avisos: {{document}}',
  },
  missing: 'Em falta: {{categories}}',
  next: 'A seguir: {{action}}',
  duc: {
    generated: 'DUC gerado: {{when}}',
    tryFrom: 'Tente pagar a partir de: {{when}}',
    deadline: 'Último momento para pagar (leitura mais exigente): {{when}}',
    lisbon: '{{date}} às {{time}} (hora de Lisboa)',
    other: 'Último dia segundo {{reading}}: {{when}} — {{state}}',
    paid: 'Pago: {{when}}, segundo o registo de provas',
    paidInClientJson: 'Pago: {{when}}, segundo o client.json (duc.paidAt)',
    paidAfter: 'pago depois deste prazo',
  },
  written: 'Escrito: {{path}}',
};
