import type { ReaderOverlay } from './reader';

/**
 * The guide's Portuguese sentences that change when an agency reads a client's case ("do cliente", as the consistency
 * items say it: shared/reading/consistency.ts `voiceOf`): keys of agency-reader-en.ts, less those whose Portuguese
 * already names no one ("A data do pagamento" for "The date you paid"; tests/unit/i18n-reader.test.ts checks that).
 */
export const agencyReaderPt = {
  app: {
    tagline: 'Renove a autorização de residência do cliente sem erros, à primeira.',
    privacy: 'Os documentos do cliente nunca saem deste computador.',
  },
  ui: {
    dateNames: {
      permitExpiry: 'A data de validade da autorização de residência do cliente',
      passportExpiry: 'A data de validade do passaporte do cliente',
      dateOfBirth: 'A data de nascimento do cliente',
    },
    backToTasks: 'Voltar às tarefas do cliente',
  },
  tasks: {
    title: 'Renove a autorização de residência do cliente',
    intro: 'Siga estes passos por ordem. As respostas e os ficheiros são guardados neste computador à medida que avança.',
    names: { situation: 'A situação do cliente', route: 'O percurso do cliente', documents: 'Os documentos do cliente' },
    hints: { situation: 'Algumas perguntas sobre a autorização do cliente.', route: 'Em que portal o cliente renova e quando.' },
  },
  situation: {
    title: 'A situação do cliente',
    questions: {
      permitKind: 'Que tipo de autorização de residência tem o cliente?',
      permitNumber: 'Qual é o número da autorização de residência do cliente?',
      permitExpiry: 'Quando caduca a autorização de residência do cliente?',
      passportExpiry: 'Quando caduca o passaporte do cliente?',
      inPortugal: 'O cliente está neste momento em Portugal?',
      hasNiss: 'O cliente tem número de identificação da Segurança Social (NISS)?',
      emailWithAimaCurrent: 'O cliente ainda tem acesso ao e-mail que a AIMA tem registado?',
      addressChangedSinceLastCard: 'O cliente mudou de morada desde que o cartão atual foi emitido?',
      biometricsOnFile: 'A AIMA (ou o SEF) recolheu a fotografia e as impressões digitais do cliente nos últimos anos?',
    },
    hints: {
      permitKind: 'Como consta do cartão do cliente ou da decisão que o concedeu.',
      permitNumber:
        'Está impresso no título de residência do cliente. Os números de 6 algarismos dos antigos títulos em papel também servem.',
    },
    errors: {
      permitKind: 'Selecione o tipo de autorização de residência que o cliente tem',
      permitNumber: 'Indique o número da autorização de residência do cliente',
      permitExpiry: 'Indique a data de validade da autorização de residência do cliente, por exemplo 31 12 2026',
      passportExpiry: 'Indique a data de validade do passaporte do cliente, por exemplo 31 12 2030',
    },
    check: { title: 'Verifique as respostas sobre o cliente', confirm: 'Confirmar e ver o percurso do cliente' },
  },
  documents: {
    title: 'Os documentos do cliente',
    assessment: { title: 'Situação dos documentos do cliente' },
    permitNotes: 'Sobre o tipo de autorização do cliente',
    copying: 'A juntar uma cópia ao processo do cliente…',
    sort: { add: 'Juntar aos documentos do cliente' },
    prepare: {
      title: 'Preparar os PDF do cliente',
      start: 'Preparar os documentos do cliente',
      waitingForAdd: 'A juntar os ficheiros ao processo do cliente… Poderá preparar quando estiverem na lista.',
      finished: 'Os documentos do cliente foram preparados. A verificação de cada ficheiro consta desta página.',
    },
  },
  route: {
    title: 'O percurso do cliente',
    yourPortal: 'Onde o cliente renova',
    noPortal: {
      notCovered: 'Nenhum portal aceita a autorização do cliente. Leia o aviso abaixo.',
      undecided: 'Precisamos de mais algumas respostas para lhe dizer onde o cliente renova.',
    },
    answerQuestions: 'Responda às perguntas sobre a situação do cliente',
    when: 'Quando o portal abre para o cliente',
    toDocuments: 'Preparar os documentos do cliente',
    timeline: 'A cronologia do cliente',
  },
  preUpload: {
    toDocuments: 'Ir para os documentos do cliente',
    toSituation: 'Ir para a situação do cliente',
    toDetails: 'Ir para os dados do cliente',
  },
  folder: {
    intro:
      'Um PDF por documento, com nomes simples que o portal aceita, e um relatório do que foi feito a cada ficheiro. Os ficheiros originais do cliente nunca são alterados.',
    where: 'Onde está a pasta do cliente',
  },
  afterSubmit: {
    waitTitle: 'Enquanto o cliente espera pela decisão',
    statusTitle: 'Em que ponto está a renovação do cliente',
    payment: {
      intro:
        'Depois de pago o DUC, registe quando foi pago (como consta do comprovativo, hora de Lisboa). O pagamento fica no registo de provas do cliente com o comprovativo e a aplicação passa a considerar o DUC pago.',
      errors: {
        'in-future': 'O pagamento não pode ter uma data futura: registe-o depois de pago',
      },
    },
    evidence: { title: 'O registo de provas do cliente' },
  },
  trouble: {
    intro:
      'Escolha o problema que o cliente encontrou. Para cada um: o que pode significar, o que pode fazer e os textos para escrever à AIMA, preenchidos a partir do processo do cliente.',
    saveText: 'Guardar o texto no processo do cliente',
    letterIntro:
      'Se nada avançar, uma carta registada expõe as tentativas do cliente por ordem de data, a partir do registo de provas do cliente. A aplicação escreve-a em PDF, Word (.docx) e texto.',
    urgencyMeans: {
      urgent: 'Está em causa uma data ou o próprio pedido do cliente: aja hoje.',
      soon: 'Isto é um obstáculo para o cliente: trate dele esta semana.',
    },
    letterPurposeHint:
      'Escolhida a partir deste problema e dos factos do processo do cliente. Não é possível escolher uma carta que não seja verdadeira para o caso do cliente.',
    purposeOverridden: 'Este problema pede normalmente outra carta, mas o caso do cliente não corresponde: {{reason}}',
    notAvailable: 'não corresponde ao caso do cliente',
  },
  details: {
    title: 'Os dados do cliente',
    intro:
      'O formulário de contacto da AIMA, o e-mail e a carta registada pedem estes dados. Ficam guardados no processo do cliente, apenas neste computador. Preencha o que puder; os textos indicam o que ainda falta.',
    fields: { fullName: 'Nome completo, como no passaporte do cliente', email: 'Endereço de e-mail que o cliente consulta' },
    errors: {
      fullName: 'Indique o nome completo do cliente',
      nationality: 'Indique a nacionalidade do cliente',
      passportNumber: 'Indique o número do passaporte do cliente',
    },
    addDetails: 'Acrescentar os dados do cliente',
  },
  reading: {
    mrz: {
      title: 'O que diz o passaporte do cliente ({{file}})',
      intro:
        'Lido da zona de leitura ótica, com todos os dígitos de controlo verificados. Escolha, dado a dado, o que fica no processo do cliente; nada é alterado até guardar.',
      unreadable:
        'Não foi possível ler a zona de leitura ótica de {{file}} com todos os dígitos de controlo corretos, pelo que nada é sugerido. Escreva os dados do cliente ou junte uma digitalização mais nítida da página de identificação do passaporte.',
      yours: 'O processo do cliente',
      same: 'Igual ao processo do cliente',
      empty: 'Ainda não consta do processo do cliente',
      keep: 'Manter o do processo ({{typed}})',
      differs: 'O processo do cliente indica {{typed}}; o passaporte indica {{read}}.',
      notStored: 'Apenas mostrado: o processo do cliente não tem campo para este dado.',
      noAdjective: 'O passaporte indica o código {{code}}: escreva a nacionalidade do cliente em português.',
      saved: 'Guardado no processo do cliente.',
    },
  },
  writing: {
    purposes: {
      'portal-failure': 'O cliente não conseguiu submeter a renovação (o portal falhou antes de qualquer DUC)',
      'payment-not-registered':
        'O cliente submeteu o pedido: pedir o registo do pagamento ou, sem pagamento, a confirmação do DUC',
      'no-decision': 'O cliente submeteu e pagou, e não chegou nenhuma decisão',
      'card-not-received': 'A renovação foi deferida, mas o cartão nunca chegou ao cliente',
    },
    purposeReasons: {
      submitted:
        'O registo de provas do cliente tem um DUC, um comprovativo de submissão ou um pagamento: a submissão foi feita, por isso esta carta afirmaria algo falso.',
      lapsed:
        'O título caducou há mais de seis meses e nada foi submetido: a carta para um título caducado diz o que se aplica ao caso do cliente.',
      notSubmitted:
        'O registo de provas do cliente não tem comprovativo de submissão, DUC nem pagamento. Registe-o primeiro (Depois de submeter, registo de provas).',
      notPaid:
        'O registo de provas do cliente não tem comprovativo de pagamento. Registe primeiro o pagamento (Depois de submeter, registo de provas).',
      approved: 'O registo de provas do cliente tem um deferimento: esta carta diria que não houve decisão.',
      notApproved:
        'O registo de provas do cliente não tem deferimento. Registe primeiro o e-mail ou o comprovativo de deferimento.',
    },
  },
} as const satisfies ReaderOverlay;
