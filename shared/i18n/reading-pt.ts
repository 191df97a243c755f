import type { readingEn } from './reading-en';

/** O que a aplicação leu dos documentos (issue 16), em português europeu formal. */
export const readingPt: typeof readingEn = {
  suggest: {
    notSure:
      'Não sabe ao certo a que documento corresponde um ficheiro? Escolha-o aqui: a aplicação lê-o e sugere onde deve ficar.',
    notSureButton: 'Escolher ficheiros para classificar',
    confirmHint:
      'A aplicação leu cada ficheiro e sugere onde deve ficar. Verifique cada sugestão, altere-a se estiver errada e depois adicione.',
    reading: 'A ler {{file}}… {{percent}}%',
    suggested: 'Sugestão: {{document}}. O documento diz: {{words}}.',
    viaMrz: 'Sugestão: {{document}}. Tem a zona de leitura ótica de um passaporte (as duas linhas com <<< na parte inferior).',
    nothing: 'A aplicação não conseguiu perceber pelo conteúdo que documento é este ficheiro: escolha-o manualmente.',
    failed: 'Não foi possível ler este ficheiro: escolha manualmente o documento a que corresponde.',
  },
  submitOn: {
    label: 'Quando pretende submeter o pedido?',
    hint: 'As certidões e o passaporte são verificados para este dia. Se deixar o campo vazio, conta o dia de hoje.',
    invalid: 'Indique uma data válida ou deixe o campo vazio para usar o dia de hoje.',
  },
  locked: {
    needed:
      '{{file}} é um PDF protegido por palavra-passe, pelo que a aplicação não consegue ler o que diz (para sugerir o documento ou verificar as datas e os números).',
    wrong: 'A palavra-passe indicada para {{file}} não o abre, pelo que a aplicação não consegue ler o que diz.',
    action:
      'Indique a palavra-passe junto do documento, na página dos documentos (a aplicação guarda-a só em memória enquanto trabalha e nunca a grava), ou junte uma cópia sem palavra-passe, por exemplo descarregada de novo do portal que a emitiu.',
    actionSorter:
      'Escolha aqui o documento a que corresponde e junte-o; depois, no quadro desse documento, indique a palavra-passe em «Introduzir palavra-passe» (a aplicação guarda-a só em memória enquanto trabalha e nunca a grava). Em alternativa, junte uma cópia sem palavra-passe, por exemplo descarregada de novo do portal que a emitiu.',
    actionCard:
      'Indique a palavra-passe em «Introduzir palavra-passe», junto do ficheiro (a aplicação guarda-a só em memória enquanto trabalha e nunca a grava), ou junte uma cópia sem palavra-passe, por exemplo descarregada de novo do portal que a emitiu.',
  },
  certificate: {
    readAs: 'Lido como: {{document}}',
    issued: 'Emitida a {{issued}}, válida até {{until}}.',
    fresh: 'É válida se submeter até {{until}} (pretende submeter a {{submitOn}}).',
    freshToday:
      'É válida se submeter até {{until}} (verificado para hoje, {{submitOn}}: indique acima o dia em que pretende submeter).',
    soon: 'O último dia de validade é {{until}}: se submeter depois desse dia, obtenha uma nova pouco antes de submeter.',
    stale: 'Já não estará válida a {{submitOn}}, dia previsto para a submissão: obtenha uma nova.',
    staleToday: 'Já não é válida hoje ({{submitOn}}): obtenha uma nova.',
    notYet: 'A data de emissão é posterior ao dia previsto de submissão ({{submitOn}}): confirme as duas datas.',
    notYetToday: 'A data de emissão é posterior a hoje ({{submitOn}}): confirme a data no documento.',
    noIssueDate: 'Não foi possível ler a data de emissão: confirme no documento que é suficientemente recente.',
    numbers: 'Números lidos: {{numbers}}.',
    name: 'Nome lido: {{name}}.',
  },
  mrz: {
    title: 'O que diz o seu passaporte ({{file}})',
    intro:
      'Lido da zona de leitura ótica, com todos os dígitos de controlo verificados. Escolha, dado a dado, o que fica no seu processo; nada é alterado até guardar.',
    unreadable:
      'Não foi possível ler a zona de leitura ótica de {{file}} com todos os dígitos de controlo corretos, pelo que nada é sugerido. Escreva os seus dados ou junte uma digitalização mais nítida da página de identificação do passaporte.',
    field: 'Dado',
    read: 'Passaporte',
    yours: 'O seu processo',
    choice: 'O que manter',
    fields: {
      fullName: 'Nome completo',
      nationality: 'Nacionalidade',
      dateOfBirth: 'Data de nascimento',
      sex: 'Sexo',
      passportNumber: 'Número do passaporte',
      passportExpiry: 'Validade do passaporte',
    },
    sex: { M: 'Masculino', F: 'Feminino', X: 'Não especificado' },
    same: 'Igual ao seu processo',
    empty: 'Ainda não consta do seu processo',
    fill: 'Preencher com o passaporte',
    keep: 'Manter o meu ({{typed}})',
    use: 'Usar o do passaporte ({{read}})',
    differs: 'Escreveu {{typed}}; o passaporte indica {{read}}.',
    notStored: 'Apenas mostrado: o seu processo não tem campo para este dado.',
    noAdjective: 'O passaporte indica o código {{code}}: escreva a sua nacionalidade em português.',
    nameHint: 'A zona de leitura ótica não tem acentos: acrescente-os como aparecem na página de identificação do passaporte.',
    save: 'Guardar os dados escolhidos',
    saved: 'Guardado no seu processo.',
    nothingToSave: 'Nada a alterar: todos os dados ficam como estão.',
  },
  checks: {
    seeBelow: 'A leitura dos documentos encontrou algo a corrigir ou ainda não terminou: veja abaixo.',
    title: 'O que a leitura dos documentos encontrou',
    pending_one: 'Ainda está a ser lido {{count}} documento: o que diz ainda não foi verificado.',
    pending_other: 'Ainda estão a ser lidos {{count}} documentos: o que dizem ainda não foi verificado.',
    blocker: 'Impede a submissão',
    warning: 'Verificar',
    source: 'Fonte verificada a {{date}}',
  },
};
