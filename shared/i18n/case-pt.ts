import type { Messages } from './en';

/** Portuguese strings of the case store and the writing tools; exactly the keys of case-en.ts. */
export const casePt: Messages['case'] = {
  errors: {
    originalNotFound: 'Um documento escolhido para o caso "{{id}}" já não está no caso ({{originalId}}).',
    clientFolderUnreadable: 'Não é possível ler a pasta do cliente {{folder}}.',
    changedElsewhere:
      'O caso "{{id}}" foi alterado noutra janela ou na linha de comandos enquanto trabalhava. Nada foi substituído.',
    notFound: 'O caso "{{id}}" não foi encontrado na pasta de casos.',
    corrupt: 'Não é possível ler o ficheiro do caso "{{id}}" ({{detail}}). Ficou exatamente como estava; nada foi substituído.',
    tooNew:
      'O caso "{{id}}" foi guardado por uma versão mais recente do AIMA Prep (versão do ficheiro {{version}}; esta aplicação lê até à versão {{supported}}). Não foi alterado.',
    rootUnreadable: 'Não é possível ler a pasta de casos {{root}}.',
    rootUnwritable: 'Não é possível criar um caso novo em {{root}}.',
    writeFailed: 'Não foi possível guardar o caso "{{id}}". A versão anterior mantém-se.',
    copyFailed: 'Não foi possível copiar o ficheiro {{file}} para o caso.',
    evidenceNotFound: 'Esta entrada de prova ({{entryId}}) não está no registo.',
    evidenceAlreadyRetracted: 'Esta entrada de prova ({{entryId}}) já foi retirada.',
    tooManySameName: 'Há demasiados casos com este nome. Escolha outro título.',
  },
  actions: {
    checkClientFolder: 'Confirme que a pasta do cliente ainda existe e que a pode ler; depois abra-a de novo.',
    reloadAndRetry: 'Abra de novo o caso para ver a versão mais recente e repita a alteração.',
    chooseAnotherCase: 'Escolha de novo o caso na lista; pode ter sido movido ou mudado de nome.',
    restoreBackup: 'Reponha o case.json a partir de uma cópia de segurança, ou abra-o num editor de texto para o corrigir.',
    updateApp: 'Atualize o AIMA Prep para a versão mais recente para abrir este caso.',
    chooseAnotherRoot: 'Escolha outra pasta para os seus casos, ou verifique as permissões.',
    checkDiskSpace: 'Verifique se o disco tem espaço livre e se a pasta permite escrita, e tente de novo.',
  },
};

export const writingPt: Messages['writing'] = {
  errors: {
    fontMissing: 'Falta na aplicação o tipo de letra {{font}}, necessário para a carta em PDF.',
    charactersUnsupported:
      'Alguns caracteres não podem ser impressos na carta em PDF: {{characters}}. As versões .docx e de texto mantêm-nos.',
    unknownScenario: 'A aplicação não conhece esta situação do formulário de contacto ({{scenario}}).',
  },
  purposes: {
    'portal-failure': 'Não consegui submeter a renovação (o portal falhou antes de qualquer DUC)',
    'payment-not-registered': 'Submeti o pedido: pedir o registo do pagamento ou, sem pagamento, a confirmação do DUC',
    'no-decision': 'Submeti e paguei, e não chegou nenhuma decisão',
    'card-not-received': 'A renovação foi deferida, mas o cartão nunca me chegou',
    'lapsed-renewal': 'O título caducou há mais de seis meses: pedir à AIMA que aceite a renovação',
  },
  purposeReasons: {
    submitted:
      'O seu registo de provas tem um DUC, um comprovativo de submissão ou um pagamento: a submissão foi feita, por isso esta carta afirmaria algo falso.',
    lapsed:
      'O título caducou há mais de seis meses e nada foi submetido: a carta para um título caducado diz o que se aplica ao seu caso.',
    notSubmitted:
      'O seu registo de provas não tem comprovativo de submissão, DUC nem pagamento. Registe-o primeiro (Depois de submeter, registo de provas).',
    notPaid:
      'O seu registo de provas não tem comprovativo de pagamento. Registe primeiro o pagamento (Depois de submeter, registo de provas).',
    approved: 'O seu registo de provas tem um deferimento: esta carta diria que não houve decisão.',
    notApproved: 'O seu registo de provas não tem deferimento. Registe primeiro o e-mail ou o comprovativo de deferimento.',
    notLapsed: 'O título não caducou há mais de seis meses (ou falta a data de validade).',
  },
  actions: {
    reinstall: 'Reinstale o AIMA Prep.',
    useTextOrDocx: 'Guarde a carta em .docx ou em texto, ou substitua esses caracteres.',
  },
};
