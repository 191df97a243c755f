import type { Messages } from './en';

/** Portuguese (Portugal) strings of the document engine. Same keys as engine-en.ts. */
export const enginePt: Messages['engine'] = {
  errors: {
    fileNotFound: 'Não foi possível encontrar o ficheiro {{file}}.',
    fileUnreadable: 'Não foi possível ler o ficheiro {{file}} do disco.',
    fileEmpty: '{{file}} está vazio (0 bytes): a transferência ou a cópia não terminou.',
    fileTooLarge: '{{file}} é demasiado grande para preparar ({{megabytes}} MB).',
    officeDocument: '{{file}} é um documento de escritório ({{kind}}), não um PDF nem uma fotografia.',
    htmlPage: '{{file}} é uma página web gravada com nome de documento, não um PDF verdadeiro.',
    archive: '{{file}} é um arquivo zip; os documentos estão lá dentro.',
    notSupported: '{{file}} não é um PDF nem uma imagem que esta aplicação consiga ler ({{kind}}).',
    passwordNeeded: '{{file}} está protegido por palavra-passe.',
    wrongPassword: 'A palavra-passe de {{file}} não está correta.',
    pdfDamaged: '{{file}} está danificado e não pode ser reparado.',
    pdfNoPages: '{{file}} não tem páginas.',
    pdfStreamTooLarge:
      '{{file}} contém dados que, descompactados, ocupam mais do que as suas páginas podem precisar (mais de {{megabytes}} MB): está danificado ou foi feito para esgotar a memória, por isso não foi preparado.',
    pdfImageTooLarge:
      '{{file}} contém uma imagem de {{width}} × {{height}} píxeis, mais do que é possível verificar com segurança (no máximo {{megapixels}} milhões de píxeis).',
    pdfTooManyPages: '{{file}} tem {{pages}} páginas; um documento para a AIMA pode ter, no máximo, {{max}}.',
    imageUnreadable: 'Não é possível ler a imagem {{file}}: está danificada ou incompleta.',
    imageTooLarge:
      'A imagem {{file}} tem {{width}} × {{height}} píxeis, mais do que é possível preparar com segurança (no máximo {{megapixels}} milhões de píxeis).',
    categoryUnknown: 'Esta aplicação não conhece a categoria de documento {{category}}.',
    categoryNoUsableInput: 'Nenhum ficheiro desta categoria pôde ser preparado; por isso {{file}} não foi criado.',
    categoryMergeFailed: 'Não foi possível juntar os ficheiros desta categoria em {{file}}.',
    outputWriteFailed: 'Não foi possível gravar {{file}} na pasta de saída.',
    outputOverwritesOriginal: 'A pasta de saída já contém {{file}}, um dos ficheiros que escolheu: seria substituído.',
    engineFailed: 'Ocorreu um erro na aplicação ao preparar {{file}}. O original não foi alterado.',
    engineTimeLimit:
      'A preparação dos documentos demorou mais de {{minutes}} minutos e foi interrompida. Os seus originais não foram alterados.',
    engineMemoryLimit:
      'A preparação dos documentos precisou de mais de {{megabytes}} MB de memória e foi interrompida. Os seus originais não foram alterados.',
    engineStopped:
      'A parte da aplicação que prepara os documentos parou durante o trabalho (o computador pode ter ficado sem memória). Os seus originais não foram alterados.',
  },
  actions: {
    pickAgain: 'Escolha o ficheiro de novo; pode ter sido movido ou mudado de nome.',
    getCleanCopy:
      'Transfira o documento de novo a partir da fonte oficial, ou digitalize o documento em papel, e adicione o novo ficheiro.',
    copyLocally: 'Copie o ficheiro para este computador (não uma pasta de rede ou na nuvem) e escolha-o de novo.',
    getFileAgain: 'Transfira-o de novo, ou peça que o enviem outra vez.',
    scanAgainSmaller: 'Digitalize-o de novo a 300 dpi, ou tire uma nova fotografia com as definições normais.',
    exportAsPdf: 'Abra-o no seu programa e use "Guardar como PDF" ou "Exportar como PDF"; depois adicione o PDF.',
    printPageToPdf: 'Abra a página de novo no navegador e escolha Imprimir → "Guardar como PDF".',
    extractArchive: 'Extraia o arquivo zip e adicione os documentos que estão lá dentro.',
    useSupportedFormat: 'Adicione um PDF, ou uma fotografia ou digitalização (JPEG, PNG, HEIC, TIFF, WebP).',
    enterPassword: 'Escreva a palavra-passe para o abrir. Só é usada agora e nunca é guardada.',
    enterPasswordAgain: 'Escreva a palavra-passe de novo; verifique o idioma do teclado e as maiúsculas.',
    downloadAgain: 'Transfira ou digitalize o documento de novo.',
    keepNeededPages:
      'Guarde apenas as páginas que a AIMA pede (por exemplo com "Imprimir → Guardar como PDF" e um intervalo de páginas) e adicione esse ficheiro.',
    photographAgain: 'Tire a fotografia ou faça a digitalização de novo e adicione o novo ficheiro.',
    updateApp: 'Atualize a aplicação.',
    fixInputs: 'Corrija ou substitua os ficheiros indicados acima e prepare de novo.',
    retry: 'Tente de novo.',
    findLargeFile:
      'Procure um ficheiro muito longo ou muito grande (centenas de páginas, uma digitalização enorme), substitua-o por uma cópia mais pequena e prepare de novo.',
    retryFewerFiles:
      'Feche outros programas e tente de novo; se voltar a acontecer, prepare menos ficheiros, ou ficheiros mais pequenos, de cada vez.',
    chooseOtherFolder: 'Verifique se há espaço livre, ou escolha outra pasta de saída.',
  },
  warnings: {
    pdfRepaired: 'O PDF estava danificado (a tabela de objetos); foi reconstruído. Verifique se as páginas estão corretas.',
    pdfRecoveredWithWarnings: 'O PDF tinha pequenos erros que foram corrigidos. Verifique se as páginas estão corretas.',
    imageTruncated:
      'A imagem está incompleta (o ficheiro foi cortado): parte dela pode estar cinzenta. Considere tirá-la de novo.',
    imageFirstFrameOnly: 'A imagem é uma animação de {{frames}} imagens: só foi usada a primeira.',
    sanitizeStageFailed:
      'Não foi possível verificar se o ficheiro contém scripts, ficheiros anexos ou dados ocultos; não está pronto até ser exportado de novo.',
    compressStageFailed: 'Não foi possível reduzir o ficheiro; ficou como estava.',
    validateStageFailed: 'Não foi possível fazer a verificação final deste ficheiro.',
  },
  stages: {
    detect: 'A reconhecer o ficheiro',
    decrypt: 'A abrir o PDF',
    convert: 'A transformar a imagem em páginas',
    input: 'Ficheiro preparado',
    merge: 'A juntar os ficheiros',
    compress: 'A reduzir o tamanho',
    write: 'A gravar',
    category: 'Categoria concluída',
    done: 'Concluído',
  },
  report: {
    title: 'Os seus documentos prontos a carregar',
    createdAt: 'Preparado em {{date}} (UTC)',
    limit: 'Limite de carregamento por ficheiro: {{size}}',
    missing: 'Ainda em falta',
    detected: 'Reconhecido como {{kind}}',
    decrypted: 'Proteção por palavra-passe removida ({{method}})',
    notEncrypted: 'Sem palavra-passe',
    repaired: 'Reparado',
    converted: 'Transformado em {{pages}} página(s) PDF',
    outputSummary: '{{pages}} página(s), {{size}} (os originais: {{before}})',
    merged: '{{count}} ficheiros juntos pela ordem que indicou.',
    verdict: 'Verificação: {{verdict}}',
    notWritten: 'Não foi criado nenhum ficheiro para esta categoria.',
    file: 'Ficheiro',
    size: 'Tamanho',
    pages: 'Páginas',
    whatWasDone: 'O que foi feito',
    removed: 'Removido antes do carregamento (as páginas não mudam): {{list}}.',
    removedKinds: {
      scripts: '{{count}} script(s)',
      actions: '{{count}} ação(ões) automática(s)',
      links: '{{count}} ligação(ões) para a Internet',
      attachedFiles: '{{count}} ficheiro(s) anexo(s)',
      formFields: '{{count}} campo(s) de formulário, mantido(s) tal como aparece(m)',
      xfaForms: '{{count}} formulário(s) XFA',
      richMedia: '{{count}} elemento(s) multimédia',
      metadata: '{{count}} registo(s) de informação do documento',
      imageMetadata: 'dados da fotografia (câmara, localização) de {{count}} imagem(ns)',
    },
    status: {
      ready: 'pronto',
      partial: 'criado sem alguns ficheiros',
      'not-ready': 'não está pronto: guardado à parte na pasta {{folder}}, não o carregue',
      failed: 'não criado',
    },
  },
};
