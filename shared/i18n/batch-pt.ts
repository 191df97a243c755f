import type { Messages } from './en';

/** Portuguese strings of batch preparation; exactly the keys of batch-en.ts. */
export const batchPt: Messages['batch'] = {
  summary: {
    title: 'Resumo do lote',
    generated: 'Preparado em {{date}}.',
    totals:
      'Clientes: {{clients}}. Prontos: {{ready}}; requerem atenção: {{needsAttention}}; falharam: {{failed}}; submetidos e pagos: {{submitted}}; sem alterações desde a última execução: {{skipped}}.',
    unchanged: 'sem alterações, não preparado de novo',
    ducPayableFrom: 'Pagável a partir de',
    ducLastDay: 'Último dia para pagar',
    deadline: 'Próximo prazo',
    deadlineState: {
      upcoming: 'a decorrer',
      'due-today': 'TERMINA HOJE',
      overdue: 'PRAZO ULTRAPASSADO',
      met: 'cumprido',
      unknown: 'data desconhecida',
    },
    status: {
      ready: 'Pronto',
      'needs-attention': 'Requer atenção',
      submitted: 'Submetido e pago',
      failed: 'Falhou',
    },
    columns: {
      client: 'Cliente',
      status: 'Estado',
      route: 'Onde pedir',
      ready: 'Prontos',
      missing: 'Em falta ou não prontos',
      warnings: 'Com avisos',
      problems: 'Problemas',
      sizes: 'Tamanho (entrada → saída)',
      nextAction: 'Próximo passo',
      duc: 'Pagamento do DUC',
      deadline: 'Próximo prazo',
      reading: 'O que dizem os documentos',
    },
    reading: {
      name: 'Nome: {{value}}',
      dateOfBirth: 'Data de nascimento: {{value}}',
      nif: 'NIF: {{value}}',
      niss: 'NISS: {{value}}',
      passport: 'Passaporte no dia desta verificação: {{value}}',
      certificates: 'Certidões no dia desta verificação: {{value}}',
      value: {
        ok: 'coincide',
        mismatch: 'não coincide',
        unknown: 'não verificado',
        unknown_dateOfBirth: 'não verificada',
        unknown_certificates: 'não verificadas',
        valid: 'válido',
        'expires-soon': 'caduca em menos de 6 meses',
        expired: 'caducado',
        fresh: 'válidas',
        stale: 'fora de validade',
        'not-accepted': 'atestado da junta de freguesia, que a AIMA não aceita',
        'stale-and-not-accepted': 'fora de validade, e um atestado da junta de freguesia, que a AIMA não aceita',
        none: 'nenhuma lida',
      },
    },
  },
  next: {
    failed: 'Nada pôde ser preparado: veja o problema, corrija-o e execute o lote de novo.',
    fixClientJson: 'Corrija o campo "{{field}}" no client.json e execute de novo.',
    fixClientJsonFile: 'Corrija o client.json para que seja um JSON válido e execute de novo.',
    fixEvidenceJson:
      'Corrija o evidence.json (veja o problema) para que o pagamento nele registado possa ser lido e execute de novo.',
    fixPassword:
      '{{file}} não abre com a palavra-passe indicada para ele: corrija-a no {{passwords}} (lido só durante a execução e nunca escrito em nenhum resultado) ou junte uma cópia sem palavra-passe e execute de novo.',
    addPassword:
      '{{file}} é um PDF protegido por palavra-passe: indique a palavra-passe no {{passwords}} (lido só durante a execução e nunca escrito em nenhum resultado) ou junte uma cópia sem palavra-passe e execute de novo.',
    overLimit:
      'O PDF preparado "{{document}}" é demasiado grande para carregar: {{sizeMb}} MB, acima do limite de {{limitMb}} MB, mesmo depois de comprimido. Na aplicação, "Abrir no guia" para este cliente mostra um ficheiro mais pequeno, de qualidade inferior, antes de o aceitar, e permite retirar as páginas de que a AIMA não precisa; ou digitalize o papel outra vez a preto e branco, a 200 ou 300 ppp. Depois, execute de novo.',
    overLimitPagesOnly:
      'O PDF preparado "{{document}}" é demasiado grande para carregar: {{sizeMb}} MB, acima do limite de {{limitMb}} MB, mesmo depois de comprimido. Na aplicação, "Abrir no guia" para este cliente mostra um ficheiro mais pequeno, de qualidade inferior, antes de o aceitar, e permite retirar as páginas de que a AIMA não precisa. As páginas já estão guardadas a preto e branco: digitalizar o papel outra vez não daria um ficheiro mais pequeno. Depois, execute de novo.',
    replaceFile: 'Substitua {{file}} por uma cópia legível (veja o problema) e execute de novo.',
    exportFileIn:
      '{{document}}: {{file}} é um documento de um programa de escritório, não um PDF: abra-o nesse programa, guarde-o como PDF ("Guardar como PDF" ou "Exportar como PDF"), coloque esse PDF no lugar dele e execute de novo.',
    replaceFileIn: '{{document}}: substitua {{file}} por uma cópia legível (veja o problema) e execute de novo.',
    submittedNote: '{{next}} A AIMA pode ainda pedir os documentos indicados como em falta ou não prontos.',
    sortFiles_one: 'Mova o ficheiro não classificado para uma pasta de categoria ou mude-lhe o nome e execute de novo.',
    sortFiles_other:
      'Mova os {{count}} ficheiros não classificados para pastas de categoria ou mude-lhes o nome e execute de novo.',
    getMissing: 'Obtenha os documentos em falta: {{documents}}.',
    fixNotReady:
      'Não estão prontos para carregar: {{documents}}. Veja o motivo no report.html (por exemplo, digitalize de novo) e volte a executar.',
    checkWarnings: 'Veja primeiro os avisos no report.html. Depois: {{next}}',
    upload: 'Carregue os ficheiros de "{{folder}}" no portal.',
    uploadOn: 'Carregue os ficheiros preparados no {{portal}} ({{url}}).',
  },
  routes: {
    'portal-renovacoes': 'Portal das Renovações',
    'mission-structure': 'Portal de serviços da AIMA, após o e-mail da AIMA',
    'cplp-services': 'Portal de serviços da AIMA (CPLP), após o e-mail da AIMA',
    'eu-family-card': 'Portal de serviços da AIMA (cartão de residência de familiar de cidadão da UE)',
    'not-covered': 'Sem via de autosserviço: contacte a AIMA',
    undecided: 'Faltam dados no client.json para decidir',
  },
  problems: {
    reading: '{{text}}',
    preparedOverLimit_one:
      'O PDF preparado a partir deste ficheiro tem {{sizeMb}} MB, mesmo comprimido: mais do que o limite de {{limitMb}} MB do portal.',
    preparedOverLimit_other:
      'O PDF preparado a partir destes ficheiros tem {{sizeMb}} MB, mesmo comprimido: mais do que o limite de {{limitMb}} MB do portal.',
    clientJsonInvalid: 'client.json: o campo "{{field}}" não é válido ({{message}}).',
    clientJsonFile: 'O client.json {{message}}.',
    evidenceJsonInvalid:
      'O evidence.json não é um registo de provas válido ({{issues}}): um pagamento nele registado só pode ser contado depois de corrigido.',
    evidenceEntrySetAside:
      'O registo {{number}} do evidence.json ("{{id}}") não é válido ({{issues}}): foi posto de parte e os restantes registos são usados. Se registar um pagamento ou uma submissão, corrija-o: até lá não é contado.',
    evidenceEntrySetAsideNoId:
      'O registo {{number}} do evidence.json não é válido ({{issues}}): foi posto de parte e os restantes registos são usados. Se registar um pagamento ou uma submissão, corrija-o: até lá não é contado.',
    evidenceWithdrawalUnclear:
      'O registo "{{id}}" do evidence.json também foi posto de parte: uma retirada que não é válida refere-o, pelo que pode ter sido retirado. Corrija a retirada: até lá o registo não é contado.',
    evidenceFileMissing:
      'O evidence.json indica o ficheiro "{{name}}", que não está na pasta do cliente: o registo foi mantido sem ele. Se tiver o ficheiro, junte-o às provas do processo.',
    evidenceFileOutside:
      'O evidence.json indica o ficheiro "{{name}}" em "{{path}}", fora da pasta do cliente: não foi copiado nem usado (um comprovativo tem de ser um ficheiro dentro da pasta do cliente, como em evidence/). O registo foi mantido sem ele.',
    evidenceFileLink:
      'O evidence.json indica "{{name}}" em "{{path}}", que é uma ligação e não um ficheiro: não foi copiado (uma ligação pode apontar para fora da pasta do cliente). Coloque o próprio ficheiro na pasta e abra de novo o cliente.',
    evidenceFileNotAFile:
      'O evidence.json indica "{{name}}" em "{{path}}", que é uma pasta ou um dispositivo e não um ficheiro: não foi copiado. O registo foi mantido sem ele.',
    evidenceFileNotAReceipt:
      'O evidence.json indica "{{name}}" em "{{path}}", que não é um PDF, uma imagem nem um e-mail guardado (.eml, .txt): não foi copiado. Guarde o comprovativo em PDF ou imagem e abra de novo o cliente.',
    evidenceFileTooLarge:
      'O evidence.json indica "{{name}}" em "{{path}}", com {{megabytes}} MB, mais do que um comprovativo pode ter ({{limit}} MB): não foi copiado. Verifique se é o ficheiro certo.',
    passwordsInvalid: 'O passwords.json não é válido: deve associar nomes de ficheiros a palavras-passe.',
    fileUnsorted: 'O nome do ficheiro não indica nenhuma categoria de documento.',
    fileSortedByContent:
      'O nome do ficheiro não indica a categoria; pelo conteúdo, foi classificado como {{document}} (palavras encontradas: {{words}}). Confirme que é o documento certo.',
    fileNotReadInTime:
      'Não foi possível ler este ficheiro em {{seconds}} s: o que nele consta (o tipo de documento, nomes, datas, números) não foi comparado com os outros documentos. Verifique-o pessoalmente ou execute o lote de novo.',
    fileAmbiguous: 'O nome do ficheiro corresponde a várias categorias ({{categories}}): coloque-o numa pasta de categoria.',
    folderUnknown:
      'A pasta onde está, {{folder}}/, não é uma categoria de documento: dê à pasta o nome de uma categoria (como proof-of-address/ ou income-proof/) ou mova o ficheiro para uma pasta de categoria.',
    fileSkippedHidden:
      'Não lido: um ficheiro oculto (o nome começa por um ponto ou por "~$"). Se for um documento, mude-lhe o nome, retirando o ponto inicial.',
    fileSkippedLinkOutside:
      'Não lido: uma ligação para um ficheiro fora da pasta deste cliente. Copie o próprio documento para a pasta.',
    fileSkippedLink: 'Não lido: uma ligação (atalho) para outro ficheiro. Coloque o próprio documento na pasta.',
    clientFailed: 'Não foi possível preparar este cliente: {{reason}}',
    clientTimeLimit:
      'A preparação deste cliente demorou mais de {{minutes}} minutos e foi interrompida; nada foi gravado para ele. Procure um ficheiro muito longo ou muito grande (a mensagem de progresso indicou qual), substitua-o e execute o lote de novo.',
    clientMemoryLimit:
      'A preparação deste cliente precisou de mais memória do que o permitido ({{megabytes}} MB para todo o lote) e foi interrompida; nada foi gravado para ele. Procure um ficheiro muito grande, substitua-o, ou execute o lote com menos --jobs.',
  },
  progress: {
    start_one: 'Clientes a preparar: {{clients}}, um de cada vez…',
    start_other: 'Clientes a preparar: {{clients}}, {{count}} de cada vez…',
    clientDone: '{{client}}: {{status}}',
    skipped: '{{client}}: sem alterações desde a última execução, ignorado',
    finished: 'Concluído em {{seconds}} s. Resumo: {{summary}}',
  },
  view: {
    heading: 'Clientes',
    pickClientsFolder: 'Escolher a pasta de clientes',
    pickOutputFolder: 'Escolher onde gravar as pastas preparadas',
    run: 'Preparar todos os clientes',
    running: 'A preparar {{done}} de {{total}} clientes…',
    lastRunNone: 'Ainda não preparado',
    lastRunOutOfDate: 'Alterado desde a última preparação',
  },
  errors: {
    clientsFolderUnreadable: 'Não foi possível ler a pasta de clientes.',
    outputFolderUnwritable: 'Não foi possível gravar na pasta de saída.',
    outputFolderBusy: 'Outro lote já está a preparar clientes nesta pasta de saída.',
    passwordsFileInvalid:
      'O ficheiro de palavras-passe {{file}} não é válido em "{{field}}": cada pasta de cliente deve associar nomes de ficheiros a palavras-passe.',
    passwordsFileNotJson: 'O ficheiro de palavras-passe {{file}} não é um JSON válido.',
    passwordsFileUnreadable: 'Não foi possível ler o ficheiro de palavras-passe {{file}}.',
  },
  actions: {
    pickClientsFolder: 'Escolha outra pasta de clientes.',
    pickOutputFolder: 'Escolha uma pasta onde possa gravar.',
    waitOrPickOutputFolder: 'Aguarde que o outro lote termine ou escolha outra pasta de saída.',
    fixPasswordsFile:
      'Corrija o ficheiro de palavras-passe: deve associar cada pasta de cliente aos nomes dos ficheiros e às respetivas palavras-passe.',
  },
};
