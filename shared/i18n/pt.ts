import type { Messages } from './en';
import { batchPt } from './batch-pt';
import { enginePt } from './engine-pt';
import { guidePt } from './guide-pt';

/** Portuguese (Portugal) UI strings. Must have exactly the keys of `en`. */
export const pt: Messages = {
  ...guidePt,
  engine: enginePt,
  batch: batchPt,
  app: {
    title: 'AIMA Prep',
    tagline: 'Renove a sua autorização de residência bem à primeira.',
    privacy: 'Os seus documentos nunca saem deste computador.',
  },
  language: {
    label: 'Idioma',
    en: 'English',
    pt: 'Português',
  },
  rules: {
    heading: 'Regras usadas por esta aplicação',
    version: 'Versão das regras {{version}}',
    checkedOn: 'Verificadas pela última vez nas fontes oficiais em {{date}}',
    loading: 'A carregar as regras…',
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
};
