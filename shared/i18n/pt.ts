import { casePt, writingPt } from './case-pt';
import type { Messages } from './en';
import { agencyPt } from './agency-pt';
import { batchPt } from './batch-pt';
import { enginePt } from './engine-pt';
import { guidePt } from './guide-pt';
import { fieldsPt } from './fields-pt';
import { cliPt } from './cli-pt';
import { flattenPt } from './flatten-pt';
import { lowerQualityPt, pageToolsPt } from './pages-pt';
import { readingPt } from './reading-pt';

/** Portuguese (Portugal) UI strings. Must have exactly the keys of `en`. */
export const pt: Messages = {
  ...guidePt,
  engine: enginePt,
  batch: batchPt,
  agency: agencyPt,
  case: casePt,
  writing: writingPt,
  fields: fieldsPt,
  cli: cliPt,
  flatten: flattenPt,
  pageTools: pageToolsPt,
  lowerQuality: lowerQualityPt,
  reading: readingPt,
  app: {
    title: 'AIMA Prep',
    tagline: 'Renove a sua autorização de residência sem erros, à primeira.',
    privacy: 'Os seus documentos nunca saem deste computador.',
  },
  language: {
    label: 'Idioma',
    en: 'English',
    pt: 'Português',
  },
  disagreements: {
    link: 'Onde as fontes divergem e o que esta aplicação segue',
    title: 'Onde as fontes divergem',
    intro:
      'Em alguns pontos, as páginas da própria AIMA, a lei, a imprensa e os guias dizem coisas diferentes. Para cada um: todas as leituras com as fontes, a que esta aplicação segue e o caminho mais seguro.',
    official: 'Oficial',
    followed: 'Seguida por esta aplicação',
    uncertain: 'Incerto',
    sources: 'Fontes:',
    strictest: 'Esta aplicação segue a leitura mais exigente que se aplica ao seu caminho.',
    safeCourse: 'Caminho mais seguro:',
  },
  rules: {
    heading: 'Regras usadas por esta aplicação',
    version: 'Versão das regras {{version}}',
    checkedOn: 'Verificadas pela última vez nas fontes oficiais em {{date}}',
    loading: 'A carregar as regras…',
    staleWarning:
      'Estas regras foram verificadas pela última vez há {{days}} dias. A AIMA muda os procedimentos com frequência: confirme datas e documentos em aima.gov.pt ou atualize a aplicação.',
    errors: {
      calendarNotWritten: 'Não foi possível criar o ficheiro de calendário com os lembretes do DUC.',
      calendarAllPassed: 'Todas as datas deste DUC já passaram: não há nada a acrescentar ao calendário.',
    },
    actions: {
      addRemindersByHand: 'Acrescente à mão ao seu calendário as datas indicadas no ecrã.',
      contactAimaAboutDuc: 'Tente pagar; se a referência for recusada, contacte a AIMA com as provas (veja Algo correu mal).',
    },
  },
  errors: {
    unknownCall: 'A aplicação pediu algo que não conhece ({{call}}). Atualize a aplicação.',
    invalidInput: 'Alguns dados não estão na forma esperada. Verifique os campos assinalados e tente de novo.',
    internal: 'Ocorreu um erro na aplicação. Os seus ficheiros não foram alterados. Tente de novo.',
    fileNotFound: 'O ficheiro {{file}} não foi encontrado.',
    notAFile: '{{file}} é uma pasta, não um ficheiro.',
  },
  actions: {
    pickAgain: 'Escolha o ficheiro de novo; pode ter sido movido ou mudado de nome.',
    retry: 'Tente de novo.',
  },
  validation: {
    verdict: {
      ready: 'Pronto a carregar',
      readyWithWarnings: 'Pronto, com avisos',
      notReady: 'Não está pronto',
    },
    reasons: {
      parserFailed: 'Este PDF não pôde ser aberto por {{parser}}; o portal ou a AIMA podem também não o conseguir abrir.',
      encrypted: 'Este PDF continua protegido por palavra-passe. O portal não consegue ler ficheiros protegidos.',
      overLimit: 'Este ficheiro tem {{sizeMb}} MB, mais do que o limite de {{limitMb}} MB do portal.',
      noPages: 'Este PDF não tem páginas.',
      lowDpi: 'A página {{page}} tem apenas {{dpi}} ppp (menos de {{minDpi}}); o texto em letra pequena pode ficar ilegível.',
      blurry: 'A página {{page}} parece desfocada (fora de foco ou com o documento em movimento durante a digitalização).',
      blurryPhoto: 'A página {{page}} parece desfocada (fora de foco, ou o telemóvel mexeu-se quando a fotografia foi tirada).',
      blankPage: 'A página {{page}} parece estar em branco.',
      activeContent: 'Este PDF ainda contém {{found}}, que não podem ser enviados ao portal.',
      hiddenMetadata: 'Este PDF ainda contém dados ocultos ({{found}}) que podem identificá-lo a si ou ao programa utilizado.',
      imageDamaged: 'Uma imagem da página {{page}} está danificada e pode não ser mostrada corretamente ({{detail}}).',
      imageCheckMemory:
        'Não foi possível verificar as imagens da página {{page}}: a sua descodificação exigiu mais de {{limitMb}} MB de memória. Uma página digitalizada nunca exige tanto; o ficheiro pode estar danificado.',
      imageCheckTime:
        'Não foi possível verificar as imagens da página {{page}} em {{seconds}} segundos. Uma página digitalizada demora menos de um segundo; o ficheiro pode estar danificado.',
      streamDamaged:
        'Uma parte deste PDF está danificada (objetos {{objects}}): algumas páginas podem não ser mostradas por inteiro.',
    },
    actions: {
      reexport: 'Guarde ou digitalize o documento outra vez como um novo PDF e volte a adicioná-lo.',
      removePassword: 'Adicione o ficheiro outra vez e introduza a palavra-passe para que a aplicação a remova.',
      reduceToFit:
        'Retire dos ficheiros que adicionou as páginas de que o portal não precisa (por exemplo, versos em branco ou páginas repetidas) e prepare novamente, ou digitalize o papel outra vez a preto e branco, a 200 ou 300 ppp.',
      removePagesToFit:
        'Retire dos ficheiros que adicionou as páginas de que o portal não precisa (por exemplo, versos em branco ou páginas repetidas) e prepare novamente. As páginas já estão guardadas a preto e branco: digitalizar o papel outra vez não daria um ficheiro mais pequeno.',
      rescanHigherDpi: 'Digitalize esta página outra vez a 200 ou 300 ppp.',
      rescanSharper: 'Digitalize ou fotografe esta página outra vez, com o documento imóvel, boa iluminação e boa focagem.',
      retakeSharper:
        'Tire esta fotografia outra vez, com o telemóvel imóvel, boa iluminação e boa focagem, ou digitalize a página.',
      removeBlankPage: 'Confirme que esta página deve constar do documento; retire-a se for um verso em branco.',
      reexportClean: 'Imprima o documento para um novo PDF ("Imprimir para PDF") ou digitalize-o e adicione esse ficheiro.',
      rescan: 'Digitalize o documento outra vez, ou exporte-o de novo a partir do programa que o criou.',
    },
    compression: {
      doesNotFit: 'Mesmo na resolução legível mais baixa, este ficheiro é maior do que o portal aceita.',
    },
    errors: {
      unreadable: 'Este PDF está danificado e não pôde ser lido para compressão.',
      encrypted: 'Este PDF está protegido por palavra-passe e não pode ser comprimido até que esta seja removida.',
    },
  },
};
